// Gradient clipping as torch.nn.utils.clip_grad_norm_ / clip_grad_value_.
#include <gtest/gtest.h>

#include <cmath>

#include "core/error.h"
#include "core/optim/clipping.h"

namespace {

TEST(Clipping, GlobalNormScalesEveryGradient) {
  // total = √(3² + 4² + 12²) = 13 over both arrays; scale = 6.5/(13 + 1e-6).
  // torch: clip_grad_norm_([a, b], 6.5) returns 13 and leaves a.grad = [1.49999988, −1.99999988],
  // b.grad = [5.99999952] (float32).
  std::vector<float> a{3, -4}, b{12};
  const double total = gs::clipGradNorm({{a.data(), 2}, {b.data(), 1}}, 6.5);
  EXPECT_DOUBLE_EQ(total, 13);
  EXPECT_FLOAT_EQ(a[0], 1.4999998807907104f);
  EXPECT_FLOAT_EQ(a[1], -1.9999998807907104f);
  EXPECT_FLOAT_EQ(b[0], 5.999999523162842f);
  // the clipped norm is at most the threshold
  EXPECT_LE(std::sqrt(a[0] * a[0] + a[1] * a[1] + b[0] * b[0]), 6.5f);
}

TEST(Clipping, BelowTheThresholdNothingChanges) {
  std::vector<float> a{0.3f, -0.4f};
  EXPECT_NEAR(gs::clipGradNorm({{a.data(), 2}}, 1.0), 0.5, 1e-7);
  EXPECT_EQ(a[0], 0.3f);
  EXPECT_EQ(a[1], -0.4f);
}

TEST(Clipping, ByValueClamps) {
  std::vector<float> a{0.3f, -2.5f, 7}, b{-0.1f};
  gs::clipGradValue({{a.data(), 3}, {b.data(), 1}}, 1.0);
  EXPECT_EQ(a, (std::vector<float>{0.3f, -1, 1}));
  EXPECT_EQ(b[0], -0.1f);
}

TEST(Clipping, RejectsBadThresholds) {
  std::vector<float> a{1};
  EXPECT_THROW(gs::clipGradNorm({{a.data(), 1}}, 0), gs::InputError);
  EXPECT_THROW(gs::clipGradNorm({{a.data(), 1}}, std::nan("")), gs::InputError);
  EXPECT_THROW(gs::clipGradValue({{a.data(), 1}}, -1), gs::InputError);
}

} // namespace
