#include "core/nn/layers/maxpool2d.h"
#include "core/error.h"
#include "core/nn/gradcheck.h"
#include "core/nn/refdata.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace gs;
using namespace gs::test;

namespace {

MaxPool2d makePool(int kernel, int stride, int padding) {
  Pool2dOptions o;
  o.kernelH = o.kernelW = kernel;
  o.strideH = o.strideW = stride;
  o.padding = PaddingSpec::uniform(padding);
  return MaxPool2d(o);
}

} // namespace

TEST(MaxPool2d, MatchesPyTorch) {
  // x = seq(50,7,11,5,4).reshape(2,2,5,5); torch.nn.functional.max_pool2d(x, 2)  (torch 1.13)
  MaxPool2d p = makePool(2, 0, 0);
  EXPECT_EQ(p.build({2, 5, 5}), (Shape{2, 2, 2}));
  expectNear(p.forward(seq({2, 2, 5, 5}, 7, 11, 5, 4), false),
             {1.0f, 1.25f, 0.25f, 1.0f, 1.25f, 1.0f, 1.25f, 0.75f, 1.0f, 1.25f, 1.0f, 0.5f, 1.25f,
              1.0f, 1.25f, 0.25f},
             0);
}

TEST(MaxPool2d, PaddingMatchesPyTorch) {
  // max_pool2d(x, 3, stride=2, padding=1)
  MaxPool2d p = makePool(3, 2, 1);
  EXPECT_EQ(p.build({2, 5, 5}), (Shape{2, 3, 3}));
  expectNear(p.forward(seq({2, 2, 5, 5}, 7, 11, 5, 4), false),
             {1.0f,  1.25f, 1.25f, 1.0f,  1.0f,  1.25f, 0.75f, 1.0f,  0.5f,  1.25f, 1.0f,  1.0f,
              1.25f, 1.25f, 1.0f,  0.5f,  1.25f, 0.25f, 1.0f,  1.25f, 1.25f, 1.0f,  1.25f, 1.25f,
              0.25f, 1.0f,  1.25f, 1.25f, 1.0f,  1.0f,  1.25f, 1.25f, 1.0f,  1.25f, 1.25f, 1.0f},
             0);
}

TEST(MaxPool2d, BackwardRoutesToTheWinner) {
  // One 2×2 window: the gradient goes to the 5 (the max), the others get 0.
  MaxPool2d p = makePool(2, 0, 0);
  p.build({1, 2, 2});
  p.forward(Tensor({1, 1, 2, 2}, {1, 5, 3, -2}), true);
  expectNear(p.backward(Tensor({1, 1, 1, 1}, {7})), {0, 7, 0, 0}, 0);
}

TEST(MaxPool2d, NanPropagates) {
  MaxPool2d p = makePool(2, 0, 0);
  p.build({1, 2, 2});
  const float nan = std::numeric_limits<float>::quiet_NaN();
  EXPECT_TRUE(std::isnan(p.forward(Tensor({1, 1, 2, 2}, {1, nan, 3, 2}), false)[0]));
}

TEST(MaxPool2d, GradientsMatchFiniteDifferences) {
  for (int padding : {0, 1}) {
    for (bool training : {true, false}) {
      MaxPool2d p = makePool(3, 2, padding);
      p.build({2, 5, 6});
      Rng rng(7);
      // Distinct values far apart (a permutation scaled by 0.1), so that no window has a tie
      // within the finite-difference step.
      Tensor x({2, 2, 5, 6});
      for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = static_cast<float>((i * 37) % x.size()) * 0.1f - 5.0f;
      EXPECT_EQ(checkGradients(targetOf(p, training), x, rng, 1e-2), 0);
    }
  }
}

TEST(MaxPool2d, PaddingOverHalfTheKernelIsAnError) {
  MaxPool2d p = makePool(2, 2, 2);
  EXPECT_THROW(p.build({1, 6, 6}), InputError);
}
