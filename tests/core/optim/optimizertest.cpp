// First updates of every optimizer on the `quadratic` surface f = ½·(x² + 10·y²), gradient
// (x, 10·y), from (1, 1) (so the first gradient is (1, 10)), against values worked out by hand
// in the comments and written as arithmetic. The third step is checked against torch.optim
// (torch 1.13, float64, same start and hyperparameters; /usr/bin/python3, values pasted).
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "core/error.h"
#include "core/optim/optimizer.h"

namespace {

struct XY {
  double x, y;
};

// Runs `steps` updates of `config` on the quadratic from (1, 1); returns the point after each.
std::vector<XY> run(const gs::OptimizerConfig& config, int steps) {
  auto opt = gs::makeOptimizer<double>(config);
  double x = 1, y = 1;
  std::vector<XY> out;
  for (int k = 0; k < steps; ++k) {
    double gx = x, gy = 10 * y;
    opt->step({{&x, &gx, 1}, {&y, &gy, 1}});
    out.push_back({x, y});
  }
  return out;
}

gs::OptimizerConfig config(const std::string& name, double lr) {
  gs::OptimizerConfig c;
  c.name = name;
  c.lr = lr;
  return c;
}

void expectPoint(const XY& got, double x, double y, double tol = 1e-12) {
  EXPECT_NEAR(got.x, x, tol);
  EXPECT_NEAR(got.y, y, tol);
}

TEST(Optimizer, SgdPlain) {
  // θ ← θ − 0.1·g: (1, 1) − 0.1·(1, 10) = (0.9, 0); then g = (0.9, 0): (0.81, 0).
  const auto p = run(config("sgd", 0.1), 3);
  expectPoint(p[0], 0.9, 0);
  expectPoint(p[1], 0.81, 0);
  expectPoint(p[2], 0.729, 0); // torch: 0.72900000000000009
}

TEST(Optimizer, SgdMomentumStartsVelocityAtGradient) {
  auto c = config("sgd", 0.1);
  c.momentum = 0.9;
  const auto p = run(c, 3);
  // v₁ = g = (1, 10):          θ = (1 − 0.1, 1 − 1) = (0.9, 0)
  expectPoint(p[0], 0.9, 0);
  // g = (0.9, 0), v₂ = 0.9·(1, 10) + (0.9, 0) = (1.8, 9): θ = (0.9 − 0.18, 0 − 0.9)
  expectPoint(p[1], 0.9 - 0.18, -0.9);
  // g = (0.72, −9), v₃ = 0.9·(1.8, 9) + g = (2.34, −0.9): θ = (0.72 − 0.234, −0.9 + 0.09)
  expectPoint(p[2], 0.486, -0.81); // torch: (0.48599999999999999, -0.80999999999999994)
}

TEST(Optimizer, SgdDampeningLeavesFirstVelocityUndamped) {
  auto c = config("sgd", 0.1);
  c.momentum = 0.9;
  c.dampening = 0.5;
  const auto p = run(c, 3);
  // v₁ = g = (1, 10) (not (1 − 0.5)·g): θ = (0.9, 0)
  expectPoint(p[0], 0.9, 0);
  // v₂ = 0.9·(1, 10) + 0.5·(0.9, 0) = (1.35, 9): θ = (0.9 − 0.135, −0.9)
  expectPoint(p[1], 0.765, -0.9);
  expectPoint(p[2], 0.60524999999999995, -1.26); // torch
}

TEST(Optimizer, SgdNesterov) {
  auto c = config("sgd", 0.1);
  c.momentum = 0.9;
  c.nesterov = true;
  const auto p = run(c, 3);
  // v₁ = (1, 10), step g + 0.9·v = (1.9, 19): θ = (1 − 0.19, 1 − 1.9) = (0.81, −0.9)
  expectPoint(p[0], 0.81, -0.9);
  // g = (0.81, −9), v₂ = 0.9·(1, 10) + g = (1.71, 0), step g + 0.9·v = (2.349, −9):
  // θ = (0.81 − 0.2349, −0.9 + 0.9)
  expectPoint(p[1], 0.5751, 0);
  expectPoint(p[2], 0.32732100000000003, 0); // torch
}

TEST(Optimizer, SgdWeightDecay) {
  auto c = config("sgd", 0.1);
  c.weightDecay = 0.1;
  const auto p = run(c, 2);
  // g = ∇ + 0.1·θ = (1.1, 10.1): θ = (1 − 0.11, 1 − 1.01) = (0.89, −0.01)
  expectPoint(p[0], 0.89, -0.01);
  // g = (0.89 + 0.089, −0.1 − 0.001) = (0.979, −0.101): θ = (0.89 − 0.0979, −0.01 + 0.0101)
  expectPoint(p[1], 0.7921, 0.0001);
}

TEST(Optimizer, Adagrad) {
  const auto p = run(config("adagrad", 0.1), 3);
  // s = g² = (1, 100): θ = 1 − 0.1·1/(√1 + 1e-10), 1 − 0.1·10/(√100 + 1e-10)
  expectPoint(p[0], 1 - 0.1 / (1 + 1e-10), 1 - 1 / (10 + 1e-10));
  // x: g = 0.9, s = 1 + 0.81 = 1.81: x = 0.9 − 0.1·0.9/√1.81
  const double x1 = 1 - 0.1 / (1 + 1e-10), y1 = 1 - 1 / (10 + 1e-10);
  EXPECT_NEAR(p[1].x, x1 - 0.1 * x1 / (std::sqrt(1 + x1 * x1) + 1e-10), 1e-15);
  // y: g = 10·y₁ ≈ 9, s = 100 + 81: y = 0.9 − 0.1·9/√181
  EXPECT_NEAR(p[1].y, y1 - 0.1 * 10 * y1 / (std::sqrt(100 + 100 * y1 * y1) + 1e-10), 1e-15);
  expectPoint(p[2], 0.78045618136551631, 0.78045618134984474); // torch
}

TEST(Optimizer, AdagradLearningRateDecay) {
  auto c = config("adagrad", 0.1);
  c.lrDecay = 0.5;
  const auto p = run(c, 3);
  // step 1 is undecayed: clr = 0.1/(1 + 0·0.5)
  expectPoint(p[0], 0.90000000001000002, 0.900000000001);
  // step 2: clr = 0.1/(1 + 1·0.5) = 0.0667; x = x₁ − clr·x₁/√(1 + x₁²)
  const double x1 = p[0].x;
  EXPECT_NEAR(p[1].x, x1 - 0.1 / 1.5 * x1 / (std::sqrt(1 + x1 * x1) + 1e-10), 1e-15);
  expectPoint(p[2], 0.82857503842471025, 0.82857503841163538); // torch
}

TEST(Optimizer, AdadeltaDefaults) {
  // lr 1.0, ρ 0.9, ε 1e-6 (torch's defaults, lr left at -1 = default)
  const auto p = run(config("adadelta", -1), 3);
  // x: E[g²] = 0.1·1 = 0.1, Δ = √(0 + 1e-6)/√(0.1 + 1e-6)·1, x = 1 − Δ
  const double d1 = std::sqrt(1e-6) / std::sqrt(0.1 + 1e-6);
  EXPECT_NEAR(p[0].x, 1 - d1, 1e-15);
  // y: E[g²] = 0.1·100 = 10, Δ = √1e-6/√(10 + 1e-6)·10
  EXPECT_NEAR(p[0].y, 1 - std::sqrt(1e-6) / std::sqrt(10 + 1e-6) * 10, 1e-15);
  // x, step 2: g = x₁, E[g²] = 0.09 + 0.1·x₁², E[Δ²] = 0.1·Δ₁², Δ = √(E[Δ²]+ε)/√(E[g²]+ε)·x₁
  const double x1 = 1 - d1;
  const double d2 = std::sqrt(0.1 * d1 * d1 + 1e-6) / std::sqrt(0.09 + 0.1 * x1 * x1 + 1e-6) * x1;
  EXPECT_NEAR(p[1].x, x1 - d2, 1e-15);
  expectPoint(p[2], 0.99030908280083763, 0.99030903377227952); // torch
}

TEST(Optimizer, Rmsprop) {
  const auto p = run(config("rmsprop", 0.01), 3);
  // x: v = 0.01·1, θ = 1 − 0.01·1/(√0.01 + 1e-8) ≈ 0.9
  EXPECT_NEAR(p[0].x, 1 - 0.01 / (0.1 + 1e-8), 1e-15);
  // x, step 2: v = 0.99·0.01 + 0.01·x₁², θ = x₁ − 0.01·x₁/(√v + 1e-8)
  const double x1 = p[0].x;
  EXPECT_NEAR(p[1].x, x1 - 0.01 * x1 / (std::sqrt(0.0099 + 0.01 * x1 * x1) + 1e-8), 1e-15);
  expectPoint(p[2], 0.77998228198235409, 0.77998226625265932); // torch
}

TEST(Optimizer, RmspropCentered) {
  auto c = config("rmsprop", 0.01);
  c.centered = true;
  const auto p = run(c, 3);
  // x: v = 0.01, ḡ = 0.01, avg = √(0.01 − 0.0001) + 1e-8: θ = 1 − 0.01/avg = 0.899496...
  EXPECT_NEAR(p[0].x, 1 - 0.01 / (std::sqrt(0.0099) + 1e-8), 1e-15);
  expectPoint(p[2], 0.7780684196313441, 0.77806840365106422); // torch
}

TEST(Optimizer, RmspropMomentum) {
  auto c = config("rmsprop", 0.01);
  c.momentum = 0.9;
  const auto p = run(c, 3);
  // x: b = 0 + 1/(0.1 + 1e-8) ≈ 10, θ = 1 − 0.01·b ≈ 0.9
  const double b1 = 1 / (0.1 + 1e-8);
  EXPECT_NEAR(p[0].x, 1 - 0.01 * b1, 1e-15);
  // step 2: b = 0.9·b₁ + x₁/(√(0.0099 + 0.01·x₁²) + 1e-8) ≈ 9 + 6.708, θ ≈ 0.9 − 0.157
  const double x1 = p[0].x;
  const double b2 = 0.9 * b1 + x1 / (std::sqrt(0.0099 + 0.01 * x1 * x1) + 1e-8);
  EXPECT_NEAR(p[1].x, x1 - 0.01 * b2, 1e-15);
  expectPoint(p[2], 0.55291495323440787, 0.55291491902460499); // torch
}

TEST(Optimizer, Adam) {
  const auto p = run(config("adam", 0.1), 3);
  // m̂ = g, v̂ = g² after bias correction: θ = 1 − 0.1·g/(|g| + 1e-8) ≈ 0.9
  EXPECT_NEAR(p[0].x, 1 - 0.1 * 1 / (1 + 1e-8), 1e-15);
  EXPECT_NEAR(p[0].y, 1 - 0.1 * 10 / (10 + 1e-8), 1e-15);
  // x, step 2: g = x₁, m = 0.09 + 0.1·x₁, v = 0.000999 + 0.001·x₁²,
  // θ = x₁ − 0.1·(m/0.19)/(√v/√0.001999 + 1e-8) ≈ 0.9 − 0.1·0.947368/0.951289
  const double x1 = p[0].x;
  const double m = 0.09 + 0.1 * x1, v = 0.000999 + 0.001 * x1 * x1;
  EXPECT_NEAR(p[1].x, x1 - 0.1 / 0.19 * m / (std::sqrt(v) / std::sqrt(1 - 0.999 * 0.999) + 1e-8),
              1e-14);
  expectPoint(p[2], 0.70158627450441502, 0.70158627169932264); // torch
}

TEST(Optimizer, AmsgradKeepsTheLargestSecondMoment) {
  // lr 1 takes x to ≈ 0 in one step, so the second gradient ≈ 0 and v shrinks:
  // v₂ = 0.999·0.001 = 0.000999 < v₁ = 0.001. Adam uses v₂, AMSGrad keeps 0.001.
  auto c = config("adam", 1.0);
  const auto adam = run(c, 3);
  c.amsgrad = true;
  const auto ams = run(c, 3);
  // Adam: x ≈ 0 − (0.09/0.19)/(√(0.000999/0.001999)) = −0.4737/0.70693 = −0.67006
  EXPECT_NEAR(adam[1].x, -0.67005824210320464, 1e-12); // torch
  // AMSGrad: x ≈ 0 − (0.09/0.19)/(√(0.001/0.001999)) = −0.4737/0.70728 = −0.66972
  EXPECT_NEAR(ams[1].x, -0.66972312918270471, 1e-12); // torch
  EXPECT_NEAR(ams[2].x, -0.74423003209426009, 1e-12); // torch
}

TEST(Optimizer, AdamwDecaysBeforeTheUpdate) {
  auto c = config("adamw", 0.1);
  c.weightDecay = 0.1;
  const auto p = run(c, 3);
  // θ ← θ·(1 − 0.1·0.1) = 0.99, then − 0.1·g/(|g| + 1e-8): 0.89 (the gradient is taken at 1)
  EXPECT_NEAR(p[0].x, 0.99 - 0.1 / (1 + 1e-8), 1e-15);
  expectPoint(p[1], 0.78157185695416098, 0.78157185512237992, 1e-14); // torch
  expectPoint(p[2], 0.67510122318920063, 0.67510122040076503, 1e-14); // torch
}

TEST(Optimizer, AdamwDefaultWeightDecay) {
  EXPECT_DOUBLE_EQ(gs::resolveDefaults(config("adamw", -1)).weightDecay, 1e-2);
  EXPECT_DOUBLE_EQ(gs::resolveDefaults(config("adam", -1)).weightDecay, 0);
}

TEST(Optimizer, Adamax) {
  const auto p = run(config("adamax", 0.1), 3);
  // m = 0.1·1, u = max(0, 1 + 1e-8), clr = 0.1/(1 − 0.9) = 1: x = 1 − 0.1/(1 + 1e-8)
  EXPECT_NEAR(p[0].x, 1 - 0.1 / (1 + 1e-8), 1e-15);
  // step 2: m = 0.09 + 0.1·x₁, u = max(0.999·(1 + 1e-8), x₁ + 1e-8), clr = 0.1/0.19
  const double x1 = p[0].x;
  const double u = std::max(0.999 * (1 + 1e-8), x1 + 1e-8);
  EXPECT_NEAR(p[1].x, x1 - 0.1 / 0.19 * (0.09 + 0.1 * x1) / u, 1e-15);
  expectPoint(p[2], 0.71549947473680553, 0.71549947231674649); // torch
}

TEST(Optimizer, Nadam) {
  const auto p = run(config("nadam", 0.1), 3);
  // μ₁ = 0.9·(1 − ½·0.96^0.004), μ₂ = 0.9·(1 − ½·0.96^0.008), Π₁ = μ₁
  const double mu1 = 0.9 * (1 - 0.5 * std::pow(0.96, 0.004));
  const double mu2 = 0.9 * (1 - 0.5 * std::pow(0.96, 0.008));
  // m = 0.1, v = 0.001, denom = √(0.001/0.001) + 1e-8, and torch 1.13's Π_next = Π₁·μ₁·μ₂:
  // x = 1 − 0.1·(1 − μ₁)/(1 − μ₁)·1/denom − 0.1·μ₂/(1 − μ₁²μ₂)·0.1/denom
  const double denom = 1 + 1e-8;
  EXPECT_NEAR(p[0].x, 1 - 0.1 / denom - 0.1 * mu2 / (1 - mu1 * mu1 * mu2) * 0.1 / denom, 1e-15);
  EXPECT_NEAR(p[0].x, 0.89504688408860933, 1e-15);                    // torch
  expectPoint(p[1], 0.82112695387436552, 0.82112695226731214, 1e-14); // torch
  expectPoint(p[2], 0.75412951931012417, 0.75412951710002407, 1e-14); // torch
}

TEST(Optimizer, InspectNamesTheState) {
  auto opt = gs::makeOptimizer<double>(config("adam", 0.1));
  EXPECT_TRUE(opt->inspect(0, 0).empty()); // nothing before step 1
  double x = 1, g = 2;
  opt->step({{&x, &g, 1}});
  const auto s = opt->inspect(0, 0);
  // m = 0.1·2, v = 0.001·4; bias-corrected: m̂ = 0.2/0.1 = 2, v̂ = 0.004/0.001 = 4
  EXPECT_NEAR(s.at("exp_avg"), 0.2, 1e-15);
  EXPECT_NEAR(s.at("exp_avg_sq"), 0.004, 1e-15);
  EXPECT_NEAR(s.at("exp_avg_hat"), 2, 1e-12);
  EXPECT_NEAR(s.at("exp_avg_sq_hat"), 4, 1e-12);
  EXPECT_EQ(s.at("step"), 1);
  EXPECT_TRUE(opt->inspect(1, 0).empty()); // no parameter 1

  auto sgd = gs::makeOptimizer<double>(gs::presetConfig("momentum"));
  sgd->step({{&x, &g, 1}});
  EXPECT_EQ(sgd->inspect(0, 0).at("velocity"), 2); // v₁ = g
}

TEST(Optimizer, ResetAndCloneReplayTheSameRun) {
  auto c = config("nadam", 0.05);
  auto opt = gs::makeOptimizer<double>(c);
  auto stepOnce = [](gs::Optimizer<double>& o, double& x) {
    double g = 3 * x - 1;
    o.step({{&x, &g, 1}});
  };
  double a = 2;
  stepOnce(*opt, a);
  auto copy = opt->clone();
  double b = a;
  stepOnce(*opt, a);
  stepOnce(*copy, b);
  EXPECT_EQ(a, b); // the clone carries the moments and the step count
  opt->reset();
  EXPECT_TRUE(opt->inspect(0, 0).empty());
  double fresh = 2, again = 2;
  auto other = gs::makeOptimizer<double>(c);
  stepOnce(*opt, again);
  stepOnce(*other, fresh);
  EXPECT_EQ(again, fresh);
}

TEST(Optimizer, PresetsOfTheCourse) {
  EXPECT_EQ(gs::courseOptimizerNames().size(), 10u);
  const auto m = gs::presetConfig("momentum");
  EXPECT_EQ(m.name, "sgd");
  EXPECT_EQ(m.momentum, 0.9);
  EXPECT_FALSE(m.nesterov);
  EXPECT_EQ(m.lr, 0.01);
  EXPECT_TRUE(gs::presetConfig("nesterov").nesterov);
  EXPECT_EQ(gs::presetConfig("adadelta").lr, 1.0);
  EXPECT_EQ(gs::presetConfig("adadelta").eps, 1e-6);
  EXPECT_EQ(gs::presetConfig("adagrad").eps, 1e-10);
  EXPECT_EQ(gs::presetConfig("adamax").lr, 2e-3);
  EXPECT_EQ(gs::presetConfig("adam").lr, 1e-3);
  EXPECT_THROW(gs::presetConfig("lbfgs"), gs::InputError);
  for (const std::string& n : gs::courseOptimizerNames())
    EXPECT_NO_THROW(gs::makeOptimizer<float>(gs::presetConfig(n))) << n;
}

// The message of the InputError makeOptimizer throws for `c` (empty when none).
std::string errorOf(const gs::OptimizerConfig& c) {
  try {
    gs::makeOptimizer<float>(c);
  } catch (const gs::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(Optimizer, RejectsBadHyperparametersNamingThem) {
  EXPECT_NE(errorOf(config("lbfgs", 0.1)).find("unknown optimizer 'lbfgs'"), std::string::npos);
  EXPECT_NE(errorOf(config("sgd", 0)).find("learning rate"), std::string::npos);
  EXPECT_NE(errorOf(config("adam", std::nan(""))).find("learning rate"), std::string::npos);
  auto c = config("adam", 0.1);
  c.beta1 = 1.0;
  EXPECT_NE(errorOf(c).find("beta1"), std::string::npos);
  c = config("nadam", 0.1);
  c.beta2 = std::nan("");
  EXPECT_NE(errorOf(c).find("beta2"), std::string::npos);
  c = config("sgd", 0.1);
  c.nesterov = true;
  EXPECT_NE(errorOf(c).find("nesterov needs momentum"), std::string::npos);
  c.momentum = 0.9;
  c.dampening = 0.1;
  EXPECT_NE(errorOf(c).find("dampening 0"), std::string::npos);
  c = config("rmsprop", 0.1);
  c.momentum = std::nan("");
  EXPECT_NE(errorOf(c).find("momentum"), std::string::npos);
  c = config("adadelta", 0.1);
  c.rho = 1.5;
  EXPECT_NE(errorOf(c).find("rho"), std::string::npos);
  c = config("adam", 0.1);
  c.eps = std::numeric_limits<double>::infinity();
  EXPECT_NE(errorOf(c).find("eps"), std::string::npos);
  c = config("adagrad", 0.1);
  c.lrDecay = -1;
  EXPECT_NE(errorOf(c).find("lr decay"), std::string::npos);
}

TEST(Optimizer, StateNamesAreWhatInspectReports) {
  // The state the brief lists for the hover readout, per optimizer (plus "step").
  const std::map<std::string, std::vector<std::string>> expected{
      {"sgd", {}},
      {"momentum", {"velocity", "step"}},
      {"nesterov", {"velocity", "step"}},
      {"adagrad", {"sum", "step"}},
      {"adadelta", {"square_avg", "acc_delta", "step"}},
      {"rmsprop", {"square_avg", "step"}},
      {"adam", {"exp_avg", "exp_avg_sq", "exp_avg_hat", "exp_avg_sq_hat", "step"}},
      {"adamw", {"exp_avg", "exp_avg_sq", "exp_avg_hat", "exp_avg_sq_hat", "step"}},
      {"adamax", {"exp_avg", "exp_inf", "exp_avg_hat", "step"}},
      {"nadam", {"exp_avg", "exp_avg_sq", "exp_avg_sq_hat", "mu_product", "step"}}};
  for (const auto& [course, names] : expected) {
    auto opt = gs::makeOptimizer<double>(gs::presetConfig(course));
    EXPECT_EQ(opt->stateNames(), names) << course;
    double x = 1, g = 0.5;
    opt->step({{&x, &g, 1}});
    const auto inspected = opt->inspect(0, 0);
    EXPECT_EQ(inspected.size(), names.size()) << course;
    for (const std::string& n : names)
      EXPECT_EQ(inspected.count(n), 1u) << course << " " << n;
  }
  auto c = gs::presetConfig("rmsprop");
  c.centered = true;
  c.momentum = 0.5;
  EXPECT_EQ(gs::makeOptimizer<float>(c)->stateNames(),
            (std::vector<std::string>{"square_avg", "grad_avg", "velocity", "step"}));
  c = gs::presetConfig("adam");
  c.amsgrad = true;
  EXPECT_EQ(gs::makeOptimizer<float>(c)->stateNames().at(4), "max_exp_avg_sq");
}

} // namespace
