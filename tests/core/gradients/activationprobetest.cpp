// Per-layer probes: statistics with hand-computed values.
#include "core/gradients/activationprobe.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

namespace gs {
namespace {

TEST(ActivationProbe, MomentsAndQuartiles) {
  // Values 1..8 over 2 samples × 4 units: mean 4.5, population variance (n²−1)/12 = 63/12,
  // quartiles by linear interpolation at positions 1.75, 3.5, 5.25 of the sorted list.
  const Tensor t({2, 4}, {8, 1, 7, 2, 6, 3, 5, 4});
  const ActivationStats s = activationStats(t, "");
  EXPECT_DOUBLE_EQ(s.mean, 4.5);
  EXPECT_NEAR(s.std, std::sqrt(63.0 / 12.0), 1e-12);
  EXPECT_DOUBLE_EQ(s.min, 1);
  EXPECT_DOUBLE_EQ(s.q1, 2.75);
  EXPECT_DOUBLE_EQ(s.median, 4.5);
  EXPECT_DOUBLE_EQ(s.q3, 6.25);
  EXPECT_DOUBLE_EQ(s.max, 8);
  EXPECT_EQ(s.saturated, 0.0);
}

TEST(ActivationProbe, SaturatedTails) {
  // sigmoid: 0.005 and 0.995 are in the tails, 0.01 and 0.5 are not -> 2 of 4.
  EXPECT_DOUBLE_EQ(
      activationStats(Tensor({1, 4}, {0.005f, 0.995f, 0.011f, 0.5f}), "sigmoid").saturated, 0.5);
  // tanh: |v| > 0.99 -> -0.999 only.
  EXPECT_DOUBLE_EQ(activationStats(Tensor({1, 4}, {-0.999f, 0.98f, 0.0f, 0.5f}), "tanh").saturated,
                   0.25);
}

TEST(ActivationProbe, DeadUnitsAreZeroForEverySample) {
  // 3 samples × 3 units; unit 0 is 0 everywhere (dead), unit 1 is positive once, unit 2 is
  // positive twice: 1 of 3 units dead, although 5 of 9 values are 0.
  const Tensor t({3, 3}, {0, 0, 1, 0, 2, 0, 0, 0, 3});
  EXPECT_DOUBLE_EQ(activationStats(t, "relu").saturated, 1.0 / 3.0);
}

TEST(ActivationProbe, Norms) {
  const Tensor a({2, 2}, {3, 0, 0, 4});
  const Tensor b({2, 2}, {0, 0, 0, 0});
  EXPECT_DOUBLE_EQ(frobeniusNorm(a), 5.0);
  EXPECT_DOUBLE_EQ(differenceNorm(a, b), 5.0);
  EXPECT_TRUE(allFinite(a));
  Tensor c = a;
  c[1] = std::numeric_limits<float>::quiet_NaN();
  EXPECT_FALSE(allFinite(c));
}

} // namespace
} // namespace gs
