// Backprop through one conv layer: the kernel gradient (valid cross-correlation of the input
// with the output gradient) and the input gradient (full convolution of the output gradient
// with the kernel) computed by the Lab's engine, against the defining sums written out here and
// against the training engine's Conv2d layer.
#include "core/backprop/convbackprop.h"
#include "core/error.h"
#include "core/nn/layers/conv2d.h"
#include "core/rng.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::backprop;

namespace {

Tensor randomMatrix(Rng& rng, int h, int w) {
  Tensor t({h, w});
  for (float& v : t.values())
    v = static_cast<float>(std::round(rng.uniform(-3, 3) * 4) / 4); // quarters: exact in float
  return t;
}

float at(const Tensor& t, int r, int c) {
  return t[static_cast<std::size_t>(r * t.dim(1) + c)];
}
float out(const ConvResult& r, int i, int j) {
  return r.output[static_cast<std::size_t>(i * r.output.dim(2) + j)];
}

} // namespace

TEST(ConvBackprop, GradientsEqualTheDefiningSums) {
  Rng rng(3);
  for (int trial = 0; trial < 60; ++trial) {
    const int k = 2 + static_cast<int>(rng.below(2));
    const int h = k + static_cast<int>(rng.below(7 - k)),
              w = k + static_cast<int>(rng.below(7 - k));
    const Tensor x = randomMatrix(rng, h, w), kern = randomMatrix(rng, k, k);
    const Tensor g = randomMatrix(rng, h - k + 1, w - k + 1);
    const ConvBackprop r = convBackprop(x, kern, g);
    ASSERT_EQ(r.kernelGrad.output.shape(), (Shape{1, k, k}));
    ASSERT_EQ(r.inputGrad.output.shape(), (Shape{1, h, w}));
    // Y[i][j] = Σ_mn X[i+m][j+n] K[m][n]; C = Σ_ij G[i][j] Y[i][j], so
    // ∂C/∂K[m][n] = Σ_ij G[i][j] X[i+m][j+n] and ∂C/∂X[p][q] = Σ_{ij: 0≤p−i<k, 0≤q−j<k}
    // G[i][j] K[p−i][q−j]
    for (int m = 0; m < k; ++m)
      for (int n = 0; n < k; ++n) {
        double s = 0;
        for (int i = 0; i < h - k + 1; ++i)
          for (int j = 0; j < w - k + 1; ++j)
            s += at(g, i, j) * at(x, i + m, j + n);
        EXPECT_NEAR(out(r.kernelGrad, m, n), s, 1e-4) << trial;
      }
    for (int p = 0; p < h; ++p)
      for (int q = 0; q < w; ++q) {
        double s = 0;
        for (int i = 0; i < h - k + 1; ++i)
          for (int j = 0; j < w - k + 1; ++j)
            if (p - i >= 0 && p - i < k && q - j >= 0 && q - j < k)
              s += at(g, i, j) * at(kern, p - i, q - j);
        EXPECT_NEAR(out(r.inputGrad, p, q), s, 1e-4) << trial;
      }
    // one trace step per output cell, so the page can animate every window
    EXPECT_EQ(r.kernelGrad.trace.size(), static_cast<std::size_t>(k * k));
    EXPECT_EQ(r.inputGrad.trace.size(), static_cast<std::size_t>(h * w));
  }
}

TEST(ConvBackprop, HandExample) {
  // X = [1 2 3; 4 5 6; 7 8 9], K = [1 0; 0 −1], G = ∂C/∂Y = [1 2; 3 4]
  const Tensor x({3, 3}, {1, 2, 3, 4, 5, 6, 7, 8, 9});
  const Tensor k({2, 2}, {1, 0, 0, -1});
  const Tensor g({2, 2}, {1, 2, 3, 4});
  const ConvBackprop r = convBackprop(x, k, g);
  // Y = [1−5, 2−6; 4−8, 5−9] = [−4 −4; −4 −4]
  EXPECT_EQ(r.forward.output.toVector(), (std::vector<float>{-4, -4, -4, -4}));
  // ∂C/∂K[0][0] = 1·1 + 2·2 + 3·4 + 4·5 = 37; [0][1] = 1·2+2·3+3·5+4·6 = 47;
  // [1][0] = 1·4+2·5+3·7+4·8 = 67; [1][1] = 1·5+2·6+3·8+4·9 = 77
  EXPECT_EQ(r.kernelGrad.output.toVector(), (std::vector<float>{37, 47, 67, 77}));
  // full convolution of G with K: G padded by 1, K rotated to [−1 0; 0 1]:
  // [1 2 0; 3 4−1 −2; 0 −3 −4] = [1 2 0; 3 3 −2; 0 −3 −4]
  EXPECT_EQ(r.inputGrad.output.toVector(), (std::vector<float>{1, 2, 0, 3, 3, -2, 0, -3, -4}));
  // the Lab's equation for the first input-gradient window: padding zeros, then G[0][0] × 1
  EXPECT_EQ(traceEquation(r.inputGrad.trace[0]), "(-1)×0 + 0×0 + 0×0 + 1×1 = 1");
}

TEST(ConvBackprop, SizesOutOfRangeAreInputErrors) {
  EXPECT_THROW(convBackprop(Tensor({7, 3}), Tensor({2, 2}), Tensor({6, 2})), InputError);
  EXPECT_THROW(convBackprop(Tensor({4, 4}), Tensor({4, 4}), Tensor({1, 1})), InputError);
  EXPECT_THROW(convBackprop(Tensor({2, 4}), Tensor({3, 3}), Tensor({1, 2})), InputError);
  EXPECT_THROW(convBackprop(Tensor({4, 4}), Tensor({2, 3}), Tensor({3, 2})), InputError);
  try {
    convBackprop(Tensor({4, 4}), Tensor({3, 3}), Tensor({3, 3}));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("must be 2×2"), std::string::npos) << e.what();
  }
}

TEST(ConvBackprop, EqualsTheConv2dLayersBackward) {
  // the training engine's Conv2d (im2col + GEMM, torch semantics) gives the same gradients
  Rng rng(11);
  for (int trial = 0; trial < 20; ++trial) {
    const int k = 2 + static_cast<int>(rng.below(2));
    const int h = k + static_cast<int>(rng.below(7 - k)),
              w = k + static_cast<int>(rng.below(7 - k));
    const Tensor x = randomMatrix(rng, h, w), kern = randomMatrix(rng, k, k);
    const Tensor g = randomMatrix(rng, h - k + 1, w - k + 1);
    const ConvBackprop r = convBackprop(x, kern, g);
    Conv2dOptions options;
    options.kernelH = options.kernelW = k;
    Conv2d layer(options);
    layer.build({1, h, w});
    std::vector<Param*> p = layer.params();
    p[0]->value.values() = kern.values();
    p[1]->value.fill(0);
    const Tensor y = layer.forward(x.reshaped({1, 1, h, w}), true);
    EXPECT_EQ(y.values(), r.forward.output.values()) << trial;
    const Tensor dx = layer.backward(g.reshaped({1, 1, h - k + 1, w - k + 1}));
    for (std::size_t i = 0; i < dx.size(); ++i)
      EXPECT_NEAR(dx[i], r.inputGrad.output[i], 1e-4) << trial;
    for (std::size_t i = 0; i < p[0]->grad.size(); ++i)
      EXPECT_NEAR(p[0]->grad[i], r.kernelGrad.output[i], 1e-4) << trial;
  }
}
