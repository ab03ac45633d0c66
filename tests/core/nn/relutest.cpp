#include "core/nn/layers/relu.h"
#include "core/nn/gradcheck.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

TEST(Relu, ForwardAndBackwardByHand) {
  Relu r;
  r.build({4});
  // y = max(0, x); ∂y/∂x = 1 for x > 0, 0 otherwise (also at 0, as PyTorch)
  expectNear(r.forward(Tensor({1, 4}, {-2.0f, 0.0f, 0.5f, 3.0f}), true), {0, 0, 0.5f, 3.0f}, 0);
  expectNear(r.backward(Tensor({1, 4}, {1, 2, 3, 4})), {0, 0, 3, 4}, 0);
}

TEST(Relu, GradientsMatchFiniteDifferences) {
  for (bool training : {true, false}) {
    Relu r;
    r.build({2, 3, 3});
    Rng rng(5);
    // Inputs at least 0.1 away from the kink at 0, where the difference quotient would straddle it.
    Tensor x = randomTensor({2, 2, 3, 3}, rng, 0.1, 1.0);
    for (std::size_t i = 0; i < x.size(); i += 2)
      x[i] = -x[i];
    EXPECT_EQ(checkGradients(targetOf(r, training), x, rng), 0);
  }
}
