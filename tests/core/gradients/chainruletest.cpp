// The chain-rule view: the running product of σ'(z_l)·w_l equals the gradient of the
// one-neuron chain, checked by central finite differences in double.
#include "core/gradients/chainrule.h"
#include "core/error.h"

#include <cmath>
#include <gtest/gtest.h>

namespace gs {
namespace {

struct Case {
  std::string activation;
  bool residual;
};

double lossAt(const Case& c, std::vector<double> w, std::vector<double> b, double x) {
  return evaluateChain(c.activation, w, b, x, 0.3, c.residual).loss;
}

class ChainRuleGradient : public ::testing::TestWithParam<Case> {};

TEST_P(ChainRuleGradient, ProductEqualsFiniteDifferences) {
  const Case c = GetParam();
  const std::vector<double> w{0.8, -1.3, 0.6, 1.7, -0.4, 0.9};
  const std::vector<double> b{0.1, 0.2, -0.3, 0.05, 0.4, -0.2};
  const double x = 0.7, h = 1e-6;
  const ChainRule chain = evaluateChain(c.activation, w, b, x, 0.3, c.residual);

  // ∂C/∂x and ∂C/∂a_{l−1} are the running products; the chain's input to link l is a_{l−1},
  // so perturbing x checks links[0].product, and perturbing b_l checks gradB.
  const double dx = (lossAt(c, w, b, x + h) - lossAt(c, w, b, x - h)) / (2 * h);
  EXPECT_NEAR(chain.dInput, dx, 1e-7 * std::max(1.0, std::fabs(dx)));
  EXPECT_EQ(chain.dInput, chain.links[0].product);
  for (std::size_t l = 0; l < w.size(); ++l) {
    auto bp = b, bm = b, wp = w, wm = w;
    bp[l] += h;
    bm[l] -= h;
    wp[l] += h;
    wm[l] -= h;
    const double db = (lossAt(c, w, bp, x) - lossAt(c, w, bm, x)) / (2 * h);
    const double dw = (lossAt(c, wp, b, x) - lossAt(c, wm, b, x)) / (2 * h);
    EXPECT_NEAR(chain.links[l].gradB, db, 1e-7) << "link " << l + 1;
    EXPECT_NEAR(chain.links[l].gradW, dw, 1e-7) << "link " << l + 1;
  }
}

INSTANTIATE_TEST_SUITE_P(Activations, ChainRuleGradient,
                         ::testing::Values(Case{"sigmoid", false}, Case{"tanh", false},
                                           Case{"relu", false}, Case{"leaky_relu", false},
                                           Case{"elu", false}, Case{"sigmoid", true},
                                           Case{"tanh", true}));

TEST(ChainRule, ProductIsTheProductOfTheFactors) {
  const std::vector<double> w{1.0, 2.0, 0.5}, b{0.0, 0.0, 0.0};
  const ChainRule chain = evaluateChain("sigmoid", w, b, 0.0, 1.0);
  // z_1 = 0: σ'(0) = 0.25 exactly, the bound.
  EXPECT_DOUBLE_EQ(chain.links[0].slope, 0.25);
  EXPECT_DOUBLE_EQ(chain.links[0].factor, 0.25);
  // ∂C/∂a_{l−1} = (a_L − y) · Π_{k ≥ l} σ'(z_k) w_k
  double product = chain.dOutput;
  for (std::size_t l = w.size(); l-- > 0;) {
    product *= chain.links[l].slope * w[l];
    EXPECT_DOUBLE_EQ(chain.links[l].product, product);
  }
}

TEST(ChainRule, SigmoidSlopeNeverExceedsTheBound) {
  EXPECT_EQ(slopeBound("sigmoid"), 0.25);
  EXPECT_EQ(slopeBound("tanh"), 1.0);
  std::vector<double> w(30, 1.0), b(30, 0.0);
  for (std::size_t l = 0; l < w.size(); ++l)
    b[l] = -3.0 + 0.2 * static_cast<double>(l);
  const ChainRule chain = evaluateChain("sigmoid", w, b, 0.5, 0.0);
  for (const ChainLink& link : chain.links)
    EXPECT_LE(link.slope, 0.25);
  // With |w| = 1 every factor is ≤ 0.25, so 30 links shrink the product by ≥ 4^30 ≈ 1e18.
  EXPECT_LT(std::fabs(chain.dInput), std::fabs(chain.dOutput) * std::pow(0.25, 30));
}

TEST(ChainRule, BadInputIsNamed) {
  EXPECT_THROW(evaluateChain("softplus", {1.0}, {0.0}, 0, 0), InputError);
  EXPECT_THROW(evaluateChain("sigmoid", {1.0, 2.0}, {0.0}, 0, 0), InputError);
  EXPECT_THROW(evaluateChain("sigmoid", {}, {}, 0, 0), InputError);
}

} // namespace
} // namespace gs
