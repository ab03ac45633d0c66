// The physics of issue 5, pinned on the core: depth 20, width 32, the built-in spiral, step 1,
// r = ‖∂L/∂W₂‖ / ‖∂L/∂W₁₉‖ (the first and last hidden 32 × 32 layers).
// PyTorch (issue 5) gives over seeds: sigmoid + xavier ≈ 2e-11; relu + kaiming 0.3–2;
// sigmoid + residual ≈ 0.2; sigmoid + BatchNorm 12–30; tanh + normal(0, 3) ≈ 4e5–6e7.
// Our runs for seeds 0–3 (gradscope-cli gradients, 2026-11-22): 6e-12–3e-11; 0.48–1.1;
// 0.16–0.23; 7.7–56; 7e5–8e6. The bounds below are the issue's.
#include "core/gradients/deepnet.h"
#include "core/error.h"
#include "core/gradients/activationprobe.h"

#include <cmath>
#include <gtest/gtest.h>

namespace gs {
namespace {

DeepNetConfig physics(const std::string& activation, const std::string& init, std::uint64_t seed) {
  DeepNetConfig c;
  c.depth = 20;
  c.width = 32;
  c.activation = activation;
  c.init = init;
  c.data = "synthetic:spiral";
  c.seed = seed;
  return c;
}

double ratioAtStep1(const DeepNetConfig& c) {
  DeepNet net(c);
  const GradientStep s = net.step();
  EXPECT_EQ(s.gradNorm.size(), 20u);
  return s.gradNorm[1] / s.gradNorm[18];
}

class Physics : public ::testing::TestWithParam<std::uint64_t> {};

TEST_P(Physics, SigmoidXavierVanishes) {
  EXPECT_LT(ratioAtStep1(physics("sigmoid", "xavier_normal", GetParam())), 1e-3);
}

TEST_P(Physics, ReluKaimingIsHealthy) {
  const double r = ratioAtStep1(physics("relu", "kaiming_normal", GetParam()));
  EXPECT_GE(r, 1e-2);
  EXPECT_LE(r, 1e2);
}

TEST_P(Physics, SigmoidResidualIsHealthy) {
  DeepNetConfig c = physics("sigmoid", "xavier_normal", GetParam());
  c.residual = true;
  const double r = ratioAtStep1(c);
  EXPECT_GE(r, 1e-2);
  EXPECT_LE(r, 1e2);
}

TEST_P(Physics, SigmoidBatchNormIsHealthy) {
  DeepNetConfig c = physics("sigmoid", "xavier_normal", GetParam());
  c.batchNorm = true;
  const double r = ratioAtStep1(c);
  EXPECT_GE(r, 1e-2);
  EXPECT_LE(r, 1e2);
}

TEST_P(Physics, TanhLargeNormalExplodesTowardTheInput) {
  EXPECT_GT(ratioAtStep1(physics("tanh", "normal:3", GetParam())), 1e3);
}

INSTANTIATE_TEST_SUITE_P(Seeds, Physics, ::testing::Values(0u, 1u, 2u));

TEST(DeepNet, ClippingByNormBoundsEveryStep) {
  DeepNetConfig c = physics("tanh", "normal:3", 0);
  c.clip = "norm";
  c.clipThreshold = 1.0;
  DeepNet net(c);
  for (int k = 0; k < 10; ++k) {
    const GradientStep s = net.step();
    // The raw gradient is far above the threshold (≈1e7 at step 1), so clipping acts...
    EXPECT_GT(s.globalNorm, 10.0) << "step " << s.step;
    // ...and the applied gradient has norm ≤ 1: torch scales by 1 / (total + 1e-6); the
    // float32 gradients leave a rounding error of a few 1e-8.
    EXPECT_LE(s.clippedNorm, 1.0 + 1e-6) << "step " << s.step;
  }
}

TEST(DeepNet, ClippingBelowTheNormChangesNothing) {
  // relu + kaiming has global norms of order 1; a threshold of 1e9 never acts, so every
  // number of every step must be identical to the run without clipping.
  const DeepNetConfig plain = physics("relu", "kaiming_normal", 1);
  DeepNetConfig clipped = plain;
  clipped.clip = "norm";
  clipped.clipThreshold = 1e9;
  DeepNet a(plain), b(clipped);
  for (int k = 0; k < 5; ++k) {
    const GradientStep sa = a.step(), sb = b.step();
    ASSERT_LT(sa.globalNorm, 1e9);
    EXPECT_EQ(sa.loss, sb.loss);
    EXPECT_EQ(sa.gradNorm, sb.gradNorm);
    EXPECT_EQ(sa.updateRatio, sb.updateRatio);
    EXPECT_EQ(sa.actStd, sb.actStd);
    EXPECT_EQ(sb.clippedNorm, sb.globalNorm);
  }
}

TEST(DeepNet, SameSeedSameRun) {
  const DeepNetConfig c = physics("tanh", "xavier_normal", 7);
  DeepNet a(c), b(c);
  for (int k = 0; k < 3; ++k) {
    const GradientStep sa = a.step(), sb = b.step();
    EXPECT_EQ(sa.loss, sb.loss);
    EXPECT_EQ(sa.gradNorm, sb.gradNorm);
  }
}

TEST(DeepNet, UpdateRatioOfSgdIsLrTimesGradientOverWeight) {
  // Plain SGD: ΔW = −lr·∂L/∂W, so ‖ΔW‖/‖W‖ = lr·‖∂L/∂W‖/‖W‖ with W before the update.
  DeepNetConfig c = physics("tanh", "xavier_normal", 3);
  c.depth = 5;
  c.lr = 0.05;
  DeepNet net(c);
  Network before = net.network();
  std::vector<double> weightNorms;
  for (Param* p : before.params())
    if (p->value.rank() == 2)
      weightNorms.push_back(frobeniusNorm(p->value));
  const GradientStep s = net.step();
  ASSERT_EQ(weightNorms.size(), 5u);
  for (std::size_t l = 0; l < 5; ++l)
    EXPECT_NEAR(s.updateRatio[l], 0.05 * s.gradNorm[l] / weightNorms[l], 1e-5 * s.updateRatio[l])
        << "layer " << l + 1;
}

TEST(DeepNet, LastActivationStdIsTheLogitsStd) {
  DeepNet net(physics("relu", "kaiming_normal", 0));
  const GradientStep s = net.step();
  const Tensor& logits = net.network().activations().back();
  double mean = 0;
  for (float v : logits.values())
    mean += v;
  mean /= static_cast<double>(logits.size());
  double var = 0;
  for (float v : logits.values())
    var += (v - mean) * (v - mean);
  EXPECT_NEAR(s.actStd.back(), std::sqrt(var / static_cast<double>(logits.size())), 1e-9);
  EXPECT_EQ(s.activations.size(), 20u);
}

TEST(DeepNet, DivergenceNamesTheFirstNonFiniteLayer) {
  // relu + N(0, 3²), width 32: each layer multiplies the activations' scale by about
  // 3·√(32/2) = 12, so float32 (max 3.4e38) overflows after about 38/log10(12) ≈ 35 layers.
  DeepNetConfig c = physics("relu", "normal:3", 0);
  c.depth = 50;
  DeepNet net(c);
  const GradientStep s = net.step();
  ASSERT_GE(s.nonFiniteLayer, 30);
  EXPECT_LE(s.nonFiniteLayer, 40);
  for (int l = 0; l < s.nonFiniteLayer - 1; ++l)
    EXPECT_TRUE(std::isfinite(s.actStd[static_cast<std::size_t>(l)])) << "layer " << l + 1;
}

TEST(DeepNet, ResidualBlocksWrapTheHiddenLayers) {
  DeepNetConfig c = physics("sigmoid", "normal:0.5", 0);
  c.depth = 4;
  c.width = 8;
  c.residual = true;
  c.batchNorm = true;
  const nlohmann::json model = deepNetModel(c, {2}, 3);
  const nlohmann::json& layers = model["layers"];
  // dense, batchnorm, sigmoid, residual(dense, batchnorm, sigmoid) × 2, dense
  ASSERT_EQ(layers.size(), 6u);
  EXPECT_EQ(layers[0]["type"], "dense");
  EXPECT_EQ(layers[0]["init"], (nlohmann::json{{"name", "normal"}, {"std", 0.5}}));
  EXPECT_EQ(layers[3]["type"], "residual");
  EXPECT_EQ(layers[3]["layers"].size(), 3u);
  EXPECT_EQ(layers[4]["type"], "residual");
  EXPECT_EQ(layers[5]["out"], 3);
  // A depth-1 network is a single dense layer from the input to the classes.
  c.depth = 1;
  EXPECT_EQ(deepNetModel(c, {2}, 3)["layers"].size(), 1u);
}

TEST(DeepNet, BadSettingsAreNamed) {
  const auto fails = [](auto change, const std::string& word) {
    DeepNetConfig c = physics("relu", "kaiming_normal", 0);
    change(c);
    try {
      validateDeepNetConfig(c);
      ADD_FAILURE() << "no error for " << word;
    } catch (const InputError& e) {
      EXPECT_NE(std::string(e.what()).find(word), std::string::npos) << e.what();
    }
  };
  fails([](DeepNetConfig& c) { c.depth = 0; }, "--depth");
  fails([](DeepNetConfig& c) { c.depth = 101; }, "--depth");
  fails([](DeepNetConfig& c) { c.width = 0; }, "--width");
  fails([](DeepNetConfig& c) { c.activation = "softsign"; }, "--activation");
  fails([](DeepNetConfig& c) { c.init = "gauss"; }, "--init");
  fails([](DeepNetConfig& c) { c.init = "normal:-1"; }, "--init");
  fails([](DeepNetConfig& c) { c.init = "uniform:x"; }, "--init");
  fails([](DeepNetConfig& c) { c.clip = "sometimes"; }, "clipping");
  fails([](DeepNetConfig& c) { c.optimizer = "adamm"; }, "adamm");
  DeepNetConfig badData = physics("relu", "kaiming_normal", 0);
  badData.data = "synthetic:nope";
  EXPECT_THROW(DeepNet{badData}, InputError);
}

TEST(DeepNet, ChainUsesTheInitialiser) {
  // too_large = N(0, 3²) for every link; with 40 tanh links at x = 1 the slopes are small
  // where |z| is large, but some factors |w·tanh'(z)| exceed 1.
  DeepNetConfig c = physics("tanh", "too_large", 0);
  c.depth = 40;
  const ChainRule chain = deepNetChain(c);
  ASSERT_EQ(chain.links.size(), 40u);
  int above = 0;
  for (const ChainLink& link : chain.links)
    above += std::fabs(link.factor) > 1.0;
  EXPECT_GT(above, 0);
  c.init = "xavier_normal";
  c.activation = "sigmoid";
  // Xavier on a 1 → 1 layer: std 1, so |w|·σ' ≤ 0.25·|w| and the product over 40 links is tiny.
  EXPECT_LT(std::fabs(deepNetChain(c).dInput), 1e-10);
}

} // namespace
} // namespace gs
