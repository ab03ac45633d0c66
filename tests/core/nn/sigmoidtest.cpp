#include "core/nn/layers/sigmoid.h"
#include "core/nn/gradcheck.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

TEST(Sigmoid, HandValues) {
  // σ(0) = 1/2, σ(ln 3) = 3/4, σ(−ln 3) = 1/4; σ(−200) underflows to 0 without NaN
  Sigmoid s;
  s.build({4});
  const Tensor y =
      s.forward(Tensor({1, 4}, {0.0f, std::log(3.0f), -std::log(3.0f), -200.0f}), true);
  expectNear(y, {0.5f, 0.75f, 0.25f, 0.0f}, 1e-6f);
  // ∂σ/∂x = σ·(1 − σ): 1/4, 3/16, 3/16, 0
  expectNear(s.backward(Tensor({1, 4}, {1, 1, 1, 1})), {0.25f, 0.1875f, 0.1875f, 0.0f}, 1e-6f);
}

TEST(Sigmoid, GradientsMatchFiniteDifferences) {
  for (bool training : {true, false}) {
    Sigmoid s;
    s.build({2, 3});
    Rng rng(15);
    EXPECT_EQ(checkGradients(targetOf(s, training), randomTensor({2, 2, 3}, rng, -3, 3), rng), 0);
  }
}
