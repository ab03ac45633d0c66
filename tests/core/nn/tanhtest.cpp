#include "core/nn/layers/tanh.h"
#include "core/nn/gradcheck.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

TEST(Tanh, HandValues) {
  // tanh(0) = 0, tanh(ln 2) = (4 − 1)/(4 + 1) = 0.6, tanh(±20) = ±1
  Tanh t;
  t.build({4});
  const Tensor y = t.forward(Tensor({1, 4}, {0.0f, std::log(2.0f), 20.0f, -20.0f}), true);
  expectNear(y, {0.0f, 0.6f, 1.0f, -1.0f}, 1e-6f);
  // ∂tanh/∂x = 1 − y²: 1, 0.64, 0, 0
  expectNear(t.backward(Tensor({1, 4}, {1, 1, 1, 1})), {1.0f, 0.64f, 0.0f, 0.0f}, 1e-6f);
}

TEST(Tanh, GradientsMatchFiniteDifferences) {
  for (bool training : {true, false}) {
    Tanh t;
    t.build({7});
    Rng rng(16);
    EXPECT_EQ(checkGradients(targetOf(t, training), randomTensor({3, 7}, rng, -2, 2), rng), 0);
  }
}
