// The float path (training): three steps of every optimizer on two parameter arrays at once
// (sizes 3 and 2) against torch.optim in float32. Reference produced with /usr/bin/python3 and
// torch 1.13 (single-tensor path, the CPU default): p1 = [0.5, −1.2, 2.0], p2 = [0.3, −0.7],
// loss = Σ ½·c·p² + d·p with c1 = [1, 2, 0.5], d1 = [0.1, −0.2, 0.3], c2 = [3, 0.25],
// d2 = [−0.5, 0.05], so the gradient is c·p + d; printed with "%.9g" after three steps.
#include <gtest/gtest.h>

#include <cmath>

#include "core/optim/optimizer.h"

namespace {

struct Case {
  const char* label;
  gs::OptimizerConfig config;
  std::vector<float> expected; // p1 then p2 after three steps
};

gs::OptimizerConfig make(const std::string& name, double lr) {
  gs::OptimizerConfig c;
  c.name = name;
  c.lr = lr;
  return c;
}

std::vector<Case> cases() {
  std::vector<Case> out;
  auto sgd = make("sgd", 0.1);
  sgd.momentum = 0.9;
  sgd.dampening = 0.1;
  sgd.weightDecay = 0.01;
  out.push_back(
      {"sgd", sgd, {0.203487515f, -0.0239483286f, 1.32595837f, 0.133957669f, -0.63122046f}});
  auto nesterov = make("sgd", 0.1);
  nesterov.momentum = 0.9;
  nesterov.nesterov = true;
  out.push_back({"nesterov",
                 nesterov,
                 {0.0963926017f, 0.240857631f, 1.04180288f, 0.120243594f, -0.603680193f}});
  auto adagrad = make("adagrad", 0.1);
  adagrad.lrDecay = 0.01;
  adagrad.weightDecay = 0.01;
  out.push_back({"adagrad",
                 adagrad,
                 {0.288805366f, -0.979979098f, 1.77659118f, 0.168912709f, -0.492032766f}});
  auto adadelta = make("adadelta", -1);
  adadelta.weightDecay = 0.01;
  out.push_back({"adadelta",
                 adadelta,
                 {0.490320295f, -1.19030523f, 1.99029899f, 0.290418565f, -0.690328002f}});
  auto rmsprop = make("rmsprop", 0.01);
  rmsprop.momentum = 0.5;
  rmsprop.centered = true;
  rmsprop.weightDecay = 0.01;
  out.push_back({"rmsprop",
                 rmsprop,
                 {0.181830809f, -0.867882609f, 1.66266632f, 0.116462685f, -0.387049913f}});
  auto adam = make("adam", 0.01);
  adam.amsgrad = true;
  adam.weightDecay = 0.01;
  out.push_back(
      {"adam", adam, {0.470017493f, -1.17000771f, 1.97000384f, 0.270105183f, -0.670020938f}});
  out.push_back({"adamw",
                 make("adamw", 0.01),
                 {0.469870538f, -1.16965079f, 1.96940684f, 0.270019203f, -0.669814467f}});
  auto adamax = make("adamax", 0.01);
  adamax.weightDecay = 0.01;
  out.push_back(
      {"adamax", adamax, {0.47023645f, -1.17009294f, 1.97003174f, 0.271153748f, -0.670284271f}});
  auto nadam = make("nadam", 0.01);
  nadam.weightDecay = 0.01;
  out.push_back(
      {"nadam", nadam, {0.474576414f, -1.17449391f, 1.97445893f, 0.275144756f, -0.674604356f}});
  return out;
}

TEST(OptimizerFloat, ThreeStepsMatchTorchFloat32) {
  const std::vector<float> c1{1, 2, 0.5f}, d1{0.1f, -0.2f, 0.3f}, c2{3, 0.25f}, d2{-0.5f, 0.05f};
  for (const Case& tc : cases()) {
    auto opt = gs::makeOptimizer<float>(tc.config);
    std::vector<float> p1{0.5f, -1.2f, 2.0f}, p2{0.3f, -0.7f}, g1(3), g2(2);
    for (int step = 0; step < 3; ++step) {
      for (std::size_t k = 0; k < 3; ++k)
        g1[k] = c1[k] * p1[k] + d1[k];
      for (std::size_t k = 0; k < 2; ++k)
        g2[k] = c2[k] * p2[k] + d2[k];
      opt->step({{p1.data(), g1.data(), 3}, {p2.data(), g2.data(), 2}});
    }
    const std::vector<float> got{p1[0], p1[1], p1[2], p2[0], p2[1]};
    for (std::size_t k = 0; k < got.size(); ++k)
      EXPECT_NEAR(got[k], tc.expected[k], 1e-6 * std::max(1.0f, std::abs(tc.expected[k])))
          << tc.label << " element " << k;
  }
}

} // namespace
