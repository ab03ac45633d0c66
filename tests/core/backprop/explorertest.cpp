// The explorer's scalar functions: known values, derivatives against central differences, and
// the facts the course states (σ' ≤ 0.25 with the maximum at 0, relu' = 1 for z > 0, 0 below).
#include "core/backprop/explorer.h"
#include "core/error.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace gs::backprop;

TEST(Explorer, KnownActivationValues) {
  EXPECT_DOUBLE_EQ(activate(ActivationKind::Sigmoid, 0), 0.5);
  // σ(2) = 1/(1+e^−2) = 0.8807970779778823
  EXPECT_NEAR(activate(ActivationKind::Sigmoid, 2), 0.8807970779778823, 1e-15);
  // no overflow far out: σ(−800) is 0 (not NaN), σ(800) is 1
  EXPECT_EQ(activate(ActivationKind::Sigmoid, -800), 0.0);
  EXPECT_EQ(activate(ActivationKind::Sigmoid, 800), 1.0);
  EXPECT_NEAR(activate(ActivationKind::Tanh, 1), 0.7615941559557649, 1e-15);
  EXPECT_EQ(activate(ActivationKind::Relu, -2), 0.0);
  EXPECT_EQ(activate(ActivationKind::LeakyRelu, -2), -0.02); // torch slope 0.01
  // elu(−1) = e^−1 − 1 = −0.6321205588285577
  EXPECT_NEAR(activate(ActivationKind::Elu, -1), -0.6321205588285577, 1e-15);
  // softplus(0) = log 2; softplus(100) = 100 (+ 3.7e-44), no overflow
  EXPECT_NEAR(activate(ActivationKind::Softplus, 0), std::log(2.0), 1e-15);
  EXPECT_DOUBLE_EQ(activate(ActivationKind::Softplus, 1000), 1000);
}

TEST(Explorer, DerivativesAgreeWithCentralDifferences) {
  const double h = 1e-6;
  for (ActivationKind k : allActivations())
    for (double z = -4.05; z <= 4; z += 0.1) { // steps avoid the kink at 0
      const double numeric = (activate(k, z + h) - activate(k, z - h)) / (2 * h);
      EXPECT_NEAR(activateDerivative(k, z), numeric, 1e-8) << activationName(k) << " z=" << z;
    }
}

TEST(Explorer, CourseFacts) {
  // σ'(z) = σ(1−σ) ≤ 0.25, equal at z = 0: why deep sigmoid nets lose their gradient
  EXPECT_DOUBLE_EQ(activateDerivative(ActivationKind::Sigmoid, 0), 0.25);
  for (double z = -6; z <= 6; z += 0.37)
    EXPECT_LE(activateDerivative(ActivationKind::Sigmoid, z), 0.25);
  EXPECT_EQ(activateDerivative(ActivationKind::Relu, 3.5), 1.0);
  EXPECT_EQ(activateDerivative(ActivationKind::Relu, -0.5), 0.0); // the dead zone
  EXPECT_EQ(activateDerivative(ActivationKind::Relu, 0), 0.0);    // torch's choice at the kink
  EXPECT_EQ(activateDerivative(ActivationKind::LeakyRelu, -3), 0.01);
}

TEST(Explorer, SoftmaxAndItsJacobian) {
  // softmax(1, 2, 3) = e^k / (e + e² + e³) = (0.09003057, 0.24472847, 0.66524096)
  const std::vector<double> s = softmax({1, 2, 3});
  EXPECT_NEAR(s[0], 0.09003057317038046, 1e-15);
  EXPECT_NEAR(s[2], 0.6652409557748219, 1e-15);
  // shifted by max z: huge logits do not overflow
  const std::vector<double> big = softmax({1000, 1000});
  EXPECT_DOUBLE_EQ(big[0], 0.5);
  const std::vector<double> z = {0.3, -1.2, 2.0, 0.5};
  const auto jac = softmaxJacobian(z);
  const double h = 1e-6;
  for (std::size_t c = 0; c < z.size(); ++c) {
    std::vector<double> zp = z, zm = z;
    zp[c] += h;
    zm[c] -= h;
    const auto sp = softmax(zp), sm = softmax(zm);
    for (std::size_t r = 0; r < z.size(); ++r)
      EXPECT_NEAR(jac[r][c], (sp[r] - sm[r]) / (2 * h), 1e-9);
  }
}

TEST(Explorer, KnownLossValues) {
  EXPECT_DOUBLE_EQ(lossAt(LossKind::Mse, 3, 1).value, 4);
  EXPECT_DOUBLE_EQ(lossAt(LossKind::Mse, 3, 1).gradient, 4);
  EXPECT_DOUBLE_EQ(lossAt(LossKind::Mae, 3, 1).gradient, 1);
  EXPECT_DOUBLE_EQ(lossAt(LossKind::Mae, 1, 1).gradient, 0);
  // huber, delta 1: |d| = 0.5 → ½·0.25 = 0.125; |d| = 3 → 3 − ½ = 2.5, gradient clipped to 1
  EXPECT_DOUBLE_EQ(lossAt(LossKind::Huber, 1.5, 1).value, 0.125);
  EXPECT_DOUBLE_EQ(lossAt(LossKind::Huber, 4, 1).value, 2.5);
  EXPECT_DOUBLE_EQ(lossAt(LossKind::Huber, 4, 1).gradient, 1);
  // msle: (log 4 − log 2)² = log² 2
  EXPECT_NEAR(lossAt(LossKind::Msle, 3, 1).value, std::log(2.0) * std::log(2.0), 1e-15);
  // mape: 100·|3 − 2| / 2 = 50
  EXPECT_DOUBLE_EQ(lossAt(LossKind::Mape, 3, 2).value, 50);
  // bce(p = 0.8, y = 1) = −log 0.8 = 0.2231435513142097
  EXPECT_NEAR(lossAt(LossKind::Bce, 0.8, 1).value, 0.2231435513142097, 1e-15);
  EXPECT_NEAR(lossAt(LossKind::CrossEntropy, 0.25, 1).value, std::log(4.0), 1e-15);
  EXPECT_DOUBLE_EQ(lossAt(LossKind::Hinge, 0.5, 1).value, 0.5);
  EXPECT_DOUBLE_EQ(lossAt(LossKind::Hinge, 2, 1).value, 0);
  EXPECT_DOUBLE_EQ(lossAt(LossKind::Exponential, 0, -1).value, 1);
}

TEST(Explorer, LossGradientsAgreeWithCentralDifferences) {
  const double h = 1e-6;
  const std::pair<LossKind, double> cases[] = {
      {LossKind::Mse, 0.7},        {LossKind::Mae, 0.7},  {LossKind::Huber, 0.7},
      {LossKind::Msle, 0.7},       {LossKind::Mape, 0.7}, {LossKind::Bce, 0.3},
      {LossKind::CrossEntropy, 1}, {LossKind::Hinge, -1}, {LossKind::Exponential, 1}};
  for (const auto& [kind, y] : cases) {
    const Range r = lossPlotRange(kind, y);
    for (int s = 1; s < 40; ++s) {
      const double p = r.lo + (r.hi - r.lo) * (s + 0.013) / 40; // off the kinks
      const double numeric =
          (lossAt(kind, p + h, y).value - lossAt(kind, p - h, y).value) / (2 * h);
      EXPECT_NEAR(lossAt(kind, p, y).gradient, numeric, 1e-5 * std::max(1.0, std::fabs(numeric)))
          << lossName(kind) << " p=" << p;
    }
  }
}

TEST(Explorer, PairingsGiveTheGradientAMinusY) {
  // sigmoid + BCE: dℓ/dz = dℓ/dp · σ'(z) = (p − y)/(p(1−p)) · p(1−p) = p − y
  for (double z = -3; z <= 3; z += 0.5) {
    const double p = activate(ActivationKind::Sigmoid, z);
    EXPECT_NEAR(lossAt(LossKind::Bce, p, 1).gradient *
                    activateDerivative(ActivationKind::Sigmoid, z),
                p - 1, 1e-12);
  }
  // softmax + cross-entropy: Σ_i dℓ/dp_i · ∂p_i/∂z_j = p_j − y_j (y one-hot on class 1)
  const std::vector<double> z = {0.2, 1.5, -0.7};
  const auto p = softmax(z);
  const auto jac = softmaxJacobian(z);
  for (std::size_t j = 0; j < z.size(); ++j) {
    const double dz = lossAt(LossKind::CrossEntropy, p[1], 1).gradient * jac[1][j];
    EXPECT_NEAR(dz, p[j] - (j == 1 ? 1 : 0), 1e-12);
  }
}

TEST(Explorer, NamesRoundTripAndUnknownNamesAreInputErrors) {
  for (ActivationKind k : allActivations())
    EXPECT_EQ(activationFromName(activationName(k)), k);
  for (LossKind k : allLosses())
    EXPECT_EQ(lossFromName(lossName(k)), k);
  EXPECT_THROW(activationFromName("swish"), gs::InputError);
  EXPECT_THROW(lossFromName("kl"), gs::InputError);
}
