#include "core/nn/layers/dense.h"
#include "core/error.h"
#include "core/nn/gradcheck.h"
#include "core/nn/refdata.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

namespace {

Dense makeDense(int in, int out, std::uint64_t seed) {
  Dense d(out);
  d.build({in});
  Rng rng(seed);
  d.initialize(rng);
  return d;
}

} // namespace

TEST(Dense, ForwardMatchesPyTorch) {
  Dense d(3);
  d.build({4});
  d.params()[0]->value = seq({3, 4}, 5, 13, 6, 8);
  d.params()[1]->value = seq({3}, 1, 100, 1, 2);
  // torch.nn.functional.linear(seq(8,7,11,5,4).reshape(2,4), seq(12,5,13,6,8).reshape(3,4),
  //                            seq(3,1,100,1,2))  (torch 1.13)
  expectNear(d.forward(seq({2, 4}, 7, 11, 5, 4), false),
             {-0.5f, 0.8125f, 0.5f, -0.09375f, -0.78125f, 0.96875f}, 1e-6f);
}

TEST(Dense, HandComputedOneByTwo) {
  // y = w·x + b = 2·3 + (−1)·4 + 0.5 = 2.5; ∂L/∂w = g·x, ∂L/∂b = g, ∂L/∂x = g·w with g = 2.
  Dense d(1);
  d.build({2});
  d.params()[0]->value = Tensor({1, 2}, {2.0f, -1.0f});
  d.params()[1]->value = Tensor({1}, {0.5f});
  EXPECT_FLOAT_EQ(d.forward(Tensor({1, 2}, {3.0f, 4.0f}), true)[0], 2.5f);
  const Tensor dx = d.backward(Tensor({1, 1}, {2.0f}));
  expectNear(dx, {4.0f, -2.0f}, 0);
  expectNear(d.params()[0]->grad, {6.0f, 8.0f}, 0);
  expectNear(d.params()[1]->grad, {2.0f}, 0);
}

TEST(Dense, GradientsMatchFiniteDifferences) {
  for (bool training : {true, false}) {
    Dense d = makeDense(5, 4, 1);
    Rng rng(2);
    EXPECT_EQ(checkGradients(targetOf(d, training), randomTensor({3, 5}, rng), rng), 0);
  }
}

TEST(Dense, MacsAndParams) {
  Dense d = makeDense(400, 120, 3);
  EXPECT_EQ(d.macs(), 48000);
  // 400·120 weights + 120 biases
  EXPECT_EQ(d.params()[0]->value.size() + d.params()[1]->value.size(), 48120u);
}

TEST(Dense, RejectsImageInput) {
  Dense d(10);
  try {
    d.build({6, 5, 5});
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("flatten"), std::string::npos) << e.what();
  }
}

TEST(Dense, DefaultInitIsPyTorchBound) {
  // nn.Linear's default: every weight and bias in U(−1/√fan_in, 1/√fan_in), fan_in = 16.
  Dense d = makeDense(16, 32, 4);
  float lo = 1, hi = -1;
  for (const Param* p : d.params())
    for (float v : p->value.values()) {
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  EXPECT_GE(lo, -0.25f);
  EXPECT_LE(hi, 0.25f);
  EXPECT_LT(lo, -0.2f); // 544 draws reach close to the bound
  EXPECT_GT(hi, 0.2f);
}
