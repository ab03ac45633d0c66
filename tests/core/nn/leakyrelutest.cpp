#include "core/nn/layers/leakyrelu.h"
#include "core/nn/activationsreference.h"
#include "core/nn/gradcheck.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

TEST(LeakyRelu, MatchesPyTorch) {
  // torch.nn.functional.leaky_relu(seq(12,5,13,6,8).reshape(3,4), 0.2)  (torch 1.13)
  LeakyRelu l(0.2);
  l.build({4});
  expectNear(
      l.forward(activationInput(), false),
      {-0.15f, -0.025f, 0.5f, -0.1f, 0.125f, 0.75f, -0.05f, 0.375f, -0.125f, 0.0f, 0.625f, -0.075f},
      1e-7f);
}

TEST(LeakyRelu, DefaultSlopeIsPyTorchs) {
  LeakyRelu l;
  l.build({1});
  EXPECT_FLOAT_EQ(l.forward(Tensor({1, 1}, {-3.0f}), false)[0], -0.03f);
}

TEST(LeakyRelu, GradientsMatchFiniteDifferences) {
  for (bool training : {true, false}) {
    LeakyRelu l(0.1);
    l.build({6});
    Rng rng(14);
    EXPECT_EQ(checkGradients(targetOf(l, training), awayFromZero({3, 6}, rng), rng), 0);
  }
}
