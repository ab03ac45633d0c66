#include "core/nn/layers/avgpool2d.h"
#include "core/nn/gradcheck.h"
#include "core/nn/refdata.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

namespace {

AvgPool2d makePool(int kernel, int stride, int padding) {
  Pool2dOptions o;
  o.kernelH = o.kernelW = kernel;
  o.strideH = o.strideW = stride;
  o.padding = PaddingSpec::uniform(padding);
  return AvgPool2d(o);
}

} // namespace

TEST(AvgPool2d, PaddingCountsAsPyTorch) {
  // x = seq(50,7,11,5,4).reshape(2,2,5,5);
  // torch.nn.functional.avg_pool2d(x, 3, stride=2, padding=1)  (count_include_pad=True)
  AvgPool2d p = makePool(3, 2, 1);
  EXPECT_EQ(p.build({2, 5, 5}), (Shape{2, 3, 3}));
  expectNear(p.forward(seq({2, 2, 5, 5}, 7, 11, 5, 4), false),
             {-0.0555555560f, 0.1388888955f,  0.1388888955f,  -0.1944444478f, -0.1111111119f,
              -0.0555555560f, 0.0f,           -0.0833333358f, -0.1111111119f, 0.1388888955f,
              -0.0277777780f, 0.0277777780f,  -0.0555555560f, -0.0555555560f, -0.2222222239f,
              -0.1111111119f, 0.0555555560f,  -0.2222222239f, 0.0277777780f,  0.1111111119f,
              0.2222222239f,  -0.2222222239f, 0.0f,           0.2222222239f,  -0.2222222239f,
              -0.1111111119f, -0.0277777780f, 0.2222222239f,  -0.0555555560f, 0.1111111119f,
              0.2222222239f,  0.0555555560f,  0.0555555560f,  -0.0277777780f, 0.0277777780f,
              -0.1388888955f},
             1e-6f);
}

TEST(AvgPool2d, StrideOneMatchesPyTorch) {
  // avg_pool2d(x, 2, stride=1).flatten()[:12]
  AvgPool2d p = makePool(2, 1, 0);
  EXPECT_EQ(p.build({2, 5, 5}), (Shape{2, 4, 4}));
  const Tensor y = p.forward(seq({2, 2, 5, 5}, 7, 11, 5, 4), false);
  const std::vector<float> head = {-0.125f, 0.25f,  -0.0625f, 0.3125f, -0.3125f, 0.0625f,
                                   -0.25f,  0.125f, -0.5f,    -0.125f, 0.25f,    -0.0625f};
  for (std::size_t i = 0; i < head.size(); ++i)
    EXPECT_FLOAT_EQ(y[i], head[i]);
}

TEST(AvgPool2d, BackwardSharesEqually) {
  // ∂y/∂x = 1/4 for each cell of a 2×2 window
  AvgPool2d p = makePool(2, 0, 0);
  p.build({1, 2, 2});
  p.forward(Tensor({1, 1, 2, 2}, {1, 2, 3, 4}), true);
  expectNear(p.backward(Tensor({1, 1, 1, 1}, {8})), {2, 2, 2, 2}, 0);
}

TEST(AvgPool2d, GradientsMatchFiniteDifferences) {
  for (int padding : {0, 1}) {
    for (bool training : {true, false}) {
      AvgPool2d p = makePool(3, 2, padding);
      p.build({2, 5, 6});
      Rng rng(8);
      EXPECT_EQ(checkGradients(targetOf(p, training), randomTensor({2, 2, 5, 6}, rng), rng), 0);
    }
  }
}
