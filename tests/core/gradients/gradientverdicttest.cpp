// The verdict line: thresholds of core/gradients/gradientverdict.h on hand-made histories.
#include "core/gradients/gradientverdict.h"

#include <cmath>
#include <gtest/gtest.h>

namespace gs {
namespace {

GradientStep stepWith(int step, std::vector<double> norms, double global) {
  GradientStep s;
  s.step = step;
  s.gradNorm = std::move(norms);
  s.globalNorm = global;
  s.clippedNorm = global;
  return s;
}

/// 20 layers whose norms fall geometrically from layer 20 (1.0) toward layer 1:
/// g_l = q^(20 − l).
std::vector<double> geometric(double q) {
  std::vector<double> norms(20);
  for (int l = 1; l <= 20; ++l)
    norms[static_cast<std::size_t>(l - 1)] = std::pow(q, 20 - l);
  return norms;
}

TEST(GradientVerdict, EmptyHistoryHasNoVerdict) {
  EXPECT_EQ(judgeGradients({}).regime, GradientRegime::None);
  EXPECT_EQ(describeVerdict(judgeGradients({})), "no step yet");
}

TEST(GradientVerdict, VanishingUsesTheFirstAndLastHiddenLayers) {
  // q = 0.5: r = g_2 / g_19 = 0.5^18 / 0.5^1 = 0.5^17 ≈ 7.6e-6 < 1e-3.
  const GradientVerdict v = judgeGradients({stepWith(1, geometric(0.5), 1.0)});
  EXPECT_EQ(v.regime, GradientRegime::Vanishing);
  EXPECT_EQ(v.lowLayer, 2);
  EXPECT_EQ(v.highLayer, 19);
  EXPECT_NEAR(v.ratio, std::pow(0.5, 17), 1e-12);
  EXPECT_EQ(describeVerdict(v), "vanishing: layer 2 gets 8e-06 of layer 19's gradient");
}

TEST(GradientVerdict, ThresholdsAreStrict) {
  // q chosen so that r = q^17 sits just inside / outside 1e-3 and 1e3.
  const double inside = std::pow(1.01e-3, 1.0 / 17), outside = std::pow(0.99e-3, 1.0 / 17);
  EXPECT_EQ(judgeGradients({stepWith(1, geometric(inside), 1)}).regime, GradientRegime::Healthy);
  EXPECT_EQ(judgeGradients({stepWith(1, geometric(outside), 1)}).regime, GradientRegime::Vanishing);
  const double big = std::pow(1.01e3, 1.0 / 17), fine = std::pow(0.99e3, 1.0 / 17);
  EXPECT_EQ(judgeGradients({stepWith(1, geometric(big), 1)}).regime, GradientRegime::Exploding);
  EXPECT_EQ(judgeGradients({stepWith(1, geometric(fine), 1)}).regime, GradientRegime::Healthy);
}

TEST(GradientVerdict, ExplodingTowardTheInput) {
  // q = 2: r = 2^17 = 131072 > 1e3.
  const GradientVerdict v = judgeGradients({stepWith(1, geometric(2.0), 1.0)});
  EXPECT_EQ(v.regime, GradientRegime::Exploding);
  EXPECT_FALSE(v.byGrowth);
  EXPECT_EQ(describeVerdict(v), "exploding: layer 2 gets 1e+05 of layer 19's gradient");
}

TEST(GradientVerdict, AnExplosionStaysForTheWindow) {
  // Step 1 explodes (r = 2^17); steps 2.. are dead (all 0, r = 0): steps 2–6 still say
  // exploding at step 1, step 7 no longer sees step 1 in its 5-step window.
  std::vector<GradientStep> history{stepWith(1, geometric(2.0), 1.0)};
  for (int k = 2; k <= 7; ++k) {
    history.push_back(stepWith(k, std::vector<double>(20, 0.0), 1.0));
    const GradientVerdict v = judgeGradients(history);
    if (k <= 6) {
      EXPECT_EQ(v.regime, GradientRegime::Exploding) << "step " << k;
      EXPECT_EQ(v.ratioStep, 1);
      EXPECT_EQ(describeVerdict(v),
                "exploding at step 1: layer 2 gets 1e+05 of layer 19's gradient");
    } else {
      EXPECT_EQ(v.regime, GradientRegime::Vanishing) << "step " << k;
    }
  }
}

TEST(GradientVerdict, ExplodingOverSteps) {
  // Equal norms across layers (r = 1) but the global norm grows 10^k: after step 6 it is
  // 1e5 / 1 within the 5-step window, i.e. grew 1e5 in 5 steps.
  std::vector<GradientStep> history;
  for (int k = 1; k <= 6; ++k)
    history.push_back(stepWith(k, std::vector<double>(20, 1.0), std::pow(10.0, k - 1)));
  const GradientVerdict v = judgeGradients(history);
  EXPECT_EQ(v.regime, GradientRegime::Exploding);
  EXPECT_TRUE(v.byGrowth);
  EXPECT_DOUBLE_EQ(v.growth, 1e5);
  EXPECT_EQ(v.growthSteps, 5);
  EXPECT_EQ(describeVerdict(v), "exploding: gradient norm grew 1e+05 in 5 steps");
}

TEST(GradientVerdict, SlowGrowthOutsideTheWindowIsHealthy) {
  // ×3 per step: within any 5 steps at most 3^5 = 243 < 1e3, although 3^9 overall.
  std::vector<GradientStep> history;
  for (int k = 1; k <= 10; ++k)
    history.push_back(stepWith(k, std::vector<double>(20, 1.0), std::pow(3.0, k - 1)));
  const GradientVerdict v = judgeGradients(history);
  EXPECT_EQ(v.regime, GradientRegime::Healthy);
  EXPECT_DOUBLE_EQ(v.growth, 243.0);
}

TEST(GradientVerdict, DivergedNamesTheFirstNonFiniteStepAndLayer) {
  std::vector<GradientStep> history{stepWith(1, geometric(1), 1), stepWith(2, geometric(1), 1),
                                    stepWith(3, geometric(1), 1)};
  history[1].nonFiniteLayer = 7;
  history[2].nonFiniteLayer = 1;
  const GradientVerdict v = judgeGradients(history);
  EXPECT_EQ(v.regime, GradientRegime::Diverged);
  EXPECT_EQ(v.step, 2);
  EXPECT_EQ(v.layer, 7);
  EXPECT_EQ(describeVerdict(v), "diverged at step 2: layer 7 is not finite");
}

TEST(GradientVerdict, ShallowNetsCompareFirstAndLastLayer) {
  const GradientVerdict v = judgeGradients({stepWith(1, {1e-4, 1.0, 0.5}, 1)});
  EXPECT_EQ(v.lowLayer, 1);
  EXPECT_EQ(v.highLayer, 3);
  EXPECT_DOUBLE_EQ(v.ratio, 2e-4);
  EXPECT_EQ(v.regime, GradientRegime::Vanishing);
  // One layer: nothing to compare, healthy unless the norm grows.
  EXPECT_EQ(describeVerdict(judgeGradients({stepWith(1, {0.3}, 0.3)})), "healthy");
}

TEST(GradientVerdict, DeadNetworkCountsAsVanishing) {
  // Every gradient 0 (all units dead): nothing reaches the input.
  const GradientVerdict v = judgeGradients({stepWith(1, std::vector<double>(20, 0.0), 0)});
  EXPECT_EQ(v.regime, GradientRegime::Vanishing);
  EXPECT_EQ(v.ratio, 0.0);
}

TEST(GradientVerdict, ClippingIsMentioned) {
  GradientStep s = stepWith(1, geometric(1.0), 5e4);
  s.clippedNorm = 1.0;
  const GradientVerdict v = judgeGradients({s});
  EXPECT_TRUE(v.clipped);
  EXPECT_EQ(describeVerdict(v), "healthy: layer 2 gets 1 of layer 19's gradient "
                                "(clipped from 5e+04 to 1)");
}

TEST(GradientVerdict, ShortNumbers) {
  EXPECT_EQ(shortNumber(3.2e-7), "3e-07");
  EXPECT_EQ(shortNumber(0.25), "0.25");
  EXPECT_EQ(shortNumber(12.0), "12");
  EXPECT_EQ(shortNumber(1.2e12), "1e+12");
  EXPECT_EQ(shortNumber(0.0), "0");
  EXPECT_EQ(shortNumber(std::nan("")), "NaN");
}

} // namespace
} // namespace gs
