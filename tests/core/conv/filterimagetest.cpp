// filterImage(): the image mode's direct loop must give exactly what convolve() gives in "same"
// mode (the page shows one and the tests of the other cover the maths).
#include "core/conv/filterimage.h"

#include "core/conv/convolution.h"
#include "core/rng.h"

#include <gtest/gtest.h>

namespace gs {
namespace {

Tensor randomTensor(Shape shape, Rng& rng) {
  Tensor t(std::move(shape));
  for (float& v : t.values())
    v = static_cast<float>(rng.uniform(-1, 1));
  return t;
}

TEST(FilterImage, EqualsConvolveSameForOddAndEvenKernelsWithAndWithoutFlip) {
  Rng rng(7);
  const Tensor image = randomTensor({37, 53}, rng);
  for (const Shape& ks : {Shape{3, 3}, Shape{7, 7}, Shape{2, 4}, Shape{1, 1}, Shape{5, 2}}) {
    const Tensor k = randomTensor(ks, rng);
    for (bool flip : {false, true}) {
      ConvSpec spec;
      spec.padding = PaddingSpec::same();
      spec.flip = flip;
      const Tensor want = convolve(image, k, {}, spec, false).output;
      const Tensor got = filterImage(image, k, flip);
      ASSERT_EQ(got.shape(), (Shape{37, 53}));
      for (std::size_t i = 0; i < got.size(); ++i)
        ASSERT_NEAR(got[i], want[i], 1e-5)
            << "kernel " << shapeString(ks) << " flip " << flip << " index " << i;
    }
  }
}

TEST(FilterImage, SobelXOnARampIsConstantInside) {
  // Sobel x [[−1,0,1],[−2,0,2],[−1,0,1]] (cross-correlation) on x[i][j] = j: each row gives
  // (j+1) − (j−1) = 2, weighted 1 + 2 + 1 → 8 in the interior. At column 0 the left
  // neighbour is padding (0), not −1: (1 − 0)·4 = 4.
  Tensor ramp({6, 6});
  for (int i = 0; i < 6; ++i)
    for (int j = 0; j < 6; ++j)
      ramp[static_cast<std::size_t>(i * 6 + j)] = static_cast<float>(j);
  const Tensor sobel({3, 3}, {-1, 0, 1, -2, 0, 2, -1, 0, 1});
  const Tensor out = filterImage(ramp, sobel, false);
  EXPECT_FLOAT_EQ(out[2 * 6 + 3], 8.0f);
  EXPECT_FLOAT_EQ(out[2 * 6 + 0], 4.0f);
  // flip negates an antisymmetric kernel: −8
  EXPECT_FLOAT_EQ(filterImage(ramp, sobel, true)[2 * 6 + 3], -8.0f);
}

TEST(FilterImage, RejectsWhatItCannotFilter) {
  EXPECT_THROW(filterImage(Tensor({3, 3, 3}), Tensor({3, 3}), false), InputError);
  EXPECT_THROW(filterImage(Tensor({3, 3}), Tensor({3}), false), InputError);
  EXPECT_THROW(filterImage(Tensor({4097, 2}), Tensor({3, 3}), false), InputError);
  EXPECT_THROW(filterImage(Tensor({0, 2}), Tensor({3, 3}), false), InputError);
}

} // namespace
} // namespace gs
