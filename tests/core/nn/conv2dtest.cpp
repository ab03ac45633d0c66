#include "core/nn/layers/conv2d.h"
#include "core/error.h"
#include "core/nn/gradcheck.h"
#include "core/nn/refdata.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

namespace {

// x = seq(50,7,11,5,4).reshape(2,2,5,5), W = seq(54,5,13,6,8).reshape(3,2,3,3), b =
// seq(3,1,100,1,2)
Conv2d referenceConv(int strideH, int strideW, int dilation, PaddingSpec padding) {
  Conv2dOptions o;
  o.outChannels = 3;
  o.kernelH = o.kernelW = 3;
  o.strideH = strideH;
  o.strideW = strideW;
  o.dilationH = o.dilationW = dilation;
  o.padding = padding;
  Conv2d c(o);
  c.build({2, 5, 5});
  c.params()[0]->value = seq({3, 2, 3, 3}, 5, 13, 6, 8);
  c.params()[1]->value = seq({3}, 1, 100, 1, 2);
  return c;
}

Tensor referenceInput() {
  return seq({2, 2, 5, 5}, 7, 11, 5, 4);
}

void expectGradients(Conv2dOptions o, const Shape& input, std::uint64_t seed) {
  for (bool training : {true, false}) {
    Conv2d c(o);
    c.build(input);
    Rng rng(seed);
    c.initialize(rng);
    Shape batch = input;
    batch.insert(batch.begin(), 2);
    EXPECT_EQ(checkGradients(targetOf(c, training), randomTensor(batch, rng), rng), 0);
  }
}

} // namespace

TEST(Conv2d, StrideTwoPaddingOneMatchesPyTorch) {
  Conv2d c = referenceConv(2, 2, 1, PaddingSpec::uniform(1));
  // torch.nn.functional.conv2d(x, W, b, stride=2, padding=1)  (torch 1.13)
  const Tensor y = c.forward(referenceInput(), false);
  EXPECT_EQ(y.shape(), (Shape{2, 3, 3, 3}));
  expectNear(y,
             {-1.5625f,  1.34375f,  -1.1875f, -1.125f,   -1.25f,    0.0625f,   -0.9375f, -0.25f,
              -0.84375f, 0.875f,    0.5f,     -0.875f,   -1.15625f, 1.46875f,  0.875f,   0.5f,
              1.09375f,  -1.1875f,  2.90625f, -0.75f,    -0.5625f,  -1.59375f, 2.15625f, 1.6875f,
              1.125f,    1.625f,    -0.3125f, -2.28125f, 0.28125f,  -0.125f,   3.0f,     -0.53125f,
              -1.84375f, -2.28125f, 0.28125f, 1.09375f,  -0.84375f, -1.3125f,  -0.8125f, 1.875f,
              0.3125f,   1.1875f,   -1.5f,    0.0625f,   -1.0625f,  0.1875f,   1.15625f, -0.6875f,
              0.34375f,  -0.0625f,  1.375f,   -0.71875f, 0.65625f,  -0.375f},
             1e-5f);
}

TEST(Conv2d, DilationTwoPaddingTwoMatchesPyTorch) {
  Conv2d c = referenceConv(1, 1, 2, PaddingSpec::uniform(2));
  // torch.nn.functional.conv2d(x, W, b, stride=1, padding=2, dilation=2): first and last
  // eight of the 2·3·5·5 values
  const Tensor y = c.forward(referenceInput(), false);
  ASSERT_EQ(y.shape(), (Shape{2, 3, 5, 5}));
  const std::vector<float> head = {-2.0f,    -0.6875f, 0.34375f,  -0.15625f,
                                   -0.4375f, -0.25f,   -1.34375f, 0.71875f};
  const std::vector<float> tail = {1.65625f, 1.0625f, -0.09375f, 1.1875f,
                                   0.375f,   0.75f,   0.5f,      0.1875f};
  for (std::size_t i = 0; i < 8; ++i) {
    EXPECT_NEAR(y[i], head[i], 1e-5f);
    EXPECT_NEAR(y[y.size() - 10 + i], tail[i], 1e-5f);
  }
  EXPECT_NEAR(y[y.size() - 2], 1.25f, 1e-5f);
  EXPECT_NEAR(y[y.size() - 1], -0.9375f, 1e-5f);
}

TEST(Conv2d, SidesPaddingAndUnequalStrideMatchPyTorch) {
  // padding [T, B, L, R] = [1, 0, 0, 1], stride (1, 2):
  // conv2d(F.pad(x, (0, 1, 1, 0)), W, b, stride=(1, 2))
  Conv2d c = referenceConv(1, 2, 1, PaddingSpec::sides(1, 0, 0, 1));
  const Tensor y = c.forward(referenceInput(), false);
  EXPECT_EQ(y.shape(), (Shape{2, 3, 4, 2}));
  expectNear(y,
             {-0.3125f, -1.125f,   -1.28125f, 1.25f,     -0.625f,   0.875f,    3.125f,  -0.53125f,
              0.6875f,  1.0f,      -1.5f,     -1.3125f,  0.6875f,   0.1875f,   1.5f,    0.3125f,
              1.28125f, 2.71875f,  -0.09375f, 1.0f,      2.8125f,   -0.90625f, -0.125f, -0.0625f,
              0.0f,     -1.15625f, -1.25f,    -0.09375f, -1.28125f, 1.25f,     -0.625f, 0.875f,
              0.25f,    0.21875f,  1.46875f,  0.625f,    -1.5f,     -1.3125f,  0.6875f, 0.1875f,
              0.09375f, 1.1875f,   2.15625f,  2.5625f,   -0.09375f, 1.0f,      2.8125f, -0.90625f},
             1e-5f);
}

TEST(Conv2d, SameAndFullShapes) {
  Conv2dOptions o;
  o.outChannels = 2;
  o.kernelH = o.kernelW = 4;
  o.padding = PaddingSpec::same();
  o.strideH = o.strideW = 2;
  Conv2d same(o);
  // same: out = ceil(7 / 2) = 4
  EXPECT_EQ(same.build({1, 7, 7}), (Shape{2, 4, 4}));
  o.padding = PaddingSpec::full();
  o.strideH = o.strideW = 1;
  Conv2d full(o);
  // full: out = 7 + 4 − 1 = 10
  EXPECT_EQ(full.build({1, 7, 7}), (Shape{2, 10, 10}));
}

TEST(Conv2d, GradientsWithStrideDilationAndEveryPaddingMode) {
  Conv2dOptions o;
  o.outChannels = 2;
  o.kernelH = 3;
  o.kernelW = 2;
  for (PaddingSpec p : {PaddingSpec::valid(), PaddingSpec::same(), PaddingSpec::full(),
                        PaddingSpec::uniform(1), PaddingSpec::sides(2, 0, 1, 3)}) {
    for (int stride : {1, 2}) {
      for (int dilation : {1, 2}) {
        o.padding = p;
        o.strideH = stride;
        o.strideW = 3 - stride;
        o.dilationH = o.dilationW = dilation;
        SCOPED_TRACE("pad mode " + padModeName(p.mode) + " stride " + std::to_string(stride) +
                     " dilation " + std::to_string(dilation));
        expectGradients(o, {2, 6, 5}, 10 + stride * 3 + dilation);
      }
    }
  }
}

TEST(Conv2d, KernelLargerThanPaddedInputIsAnError) {
  Conv2dOptions o;
  o.kernelH = o.kernelW = 5;
  o.padding = PaddingSpec::uniform(1);
  Conv2d c(o);
  EXPECT_THROW(c.build({1, 2, 2}), InputError);
}

TEST(Conv2d, MacsAreTheCourseFormula) {
  Conv2dOptions o;
  o.outChannels = 6;
  o.kernelH = o.kernelW = 5;
  o.padding = PaddingSpec::uniform(2);
  Conv2d c(o);
  c.build({1, 28, 28});
  // MACs = N·Ho·Wo·C·kh·kw = 6·28·28·1·25
  EXPECT_EQ(c.macs(), 6LL * 28 * 28 * 25);
}
