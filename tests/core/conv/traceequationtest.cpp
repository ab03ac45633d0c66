// traceEquation() and formatNumber(): the worked equation the page shows and the CLI prints.
#include "core/conv/convolution.h"

#include <gtest/gtest.h>

namespace gs {
namespace {

TraceStep step(std::vector<std::pair<double, double>> wx, double bias, double value,
               Activation a = Activation::None) {
  TraceStep s;
  for (auto [w, x] : wx) {
    TraceTerm t;
    t.w = w;
    t.x = x;
    s.terms.push_back(t);
    s.sum += w * x;
  }
  s.bias = bias;
  s.value = value;
  s.activation = a;
  return s;
}

TEST(TraceEquation, NumbersAreWrittenCompactly) {
  EXPECT_EQ(formatNumber(3), "3"); // integers without decimals
  EXPECT_EQ(formatNumber(-12), "-12");
  EXPECT_EQ(formatNumber(-12, true), "(-12)"); // negatives in parentheses inside a sum
  EXPECT_EQ(formatNumber(0.5), "0.5");         // trailing zeros dropped
  EXPECT_EQ(formatNumber(1.0 / 3), "0.3333");  // at most 4 decimals
  EXPECT_EQ(formatNumber(-2.0 / 3, true), "(-0.6667)");
  EXPECT_EQ(formatNumber(0.1f), "0.1");        // the float 0.100000001 reads as typed
  EXPECT_EQ(formatNumber(2.99999f), "3");      // rounds to an integer at 4 decimals
  EXPECT_EQ(formatNumber(-0.0), "0");          // no "-0"
  EXPECT_EQ(formatNumber(-0.00004), "-4e-05"); // rounds to 0 at 4 decimals, so kept exact
  EXPECT_EQ(formatNumber(2.5e-5), "2.5e-05");  // too small for 4 decimals: significant digits
  EXPECT_EQ(formatNumber(-1.23456e-6, true), "(-1.235e-06)");
  EXPECT_EQ(formatNumber(1234567), "1234567");
  EXPECT_EQ(formatNumber(1e20), "1e+20");
}

TEST(TraceEquation, CourseExampleFormat) {
  // weight×input for each term, then the bias, then "= value"
  const TraceStep s =
      step({{-1, 1}, {0, 0}, {1, 2}, {-1, 5}, {0, 4}, {1, 2}, {-1, 3}, {0, 4}, {1, 5}}, 1, 1);
  EXPECT_EQ(traceEquation(s),
            "(-1)×1 + 0×0 + 1×2 + (-1)×5 + 0×4 + 1×2 + (-1)×3 + 0×4 + 1×5 + 1 = 1");
}

TEST(TraceEquation, ZeroBiasIsLeftOutNegativeBiasIsParenthesized) {
  EXPECT_EQ(traceEquation(step({{2, 3}, {0.5, -4}}, 0, 4)), "2×3 + 0.5×(-4) = 4");
  EXPECT_EQ(traceEquation(step({{2, 3}}, -1.5, 4.5)), "2×3 + (-1.5) = 4.5");
}

TEST(TraceEquation, ActivationShowsThePreActivationValue) {
  // 2×(−3) + 1 = −5, relu(−5) = 0
  EXPECT_EQ(traceEquation(step({{2, -3}}, 1, 0, Activation::Relu)),
            "2×(-3) + 1 = -5, relu(-5) = 0");
  // 1×0 = 0, sigmoid(0) = 0.5
  EXPECT_EQ(traceEquation(step({{1, 0}}, 0, 0.5, Activation::Sigmoid)),
            "1×0 = 0, sigmoid(0) = 0.5");
}

TEST(TraceEquation, MultiChannelTermsComeChannelByChannel) {
  // Two channels of a 1×2 kernel on a 1×2 input: x = [[1, 2], [3, 4]], w = [[5, 6], [7, 8]]:
  // 5·1 + 6·2 + 7·3 + 8·4 = 70
  const Tensor x({2, 1, 2}, {1, 2, 3, 4});
  const Tensor w({2, 1, 2}, {5, 6, 7, 8});
  const ConvResult r = convolve(x, w, {}, ConvSpec{}, true);
  ASSERT_EQ(r.trace.size(), 1u);
  EXPECT_EQ(traceEquation(r.trace[0]), "5×1 + 6×2 + 7×3 + 8×4 = 70");
}

} // namespace
} // namespace gs
