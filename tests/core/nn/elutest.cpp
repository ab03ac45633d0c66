#include "core/nn/layers/elu.h"
#include "core/nn/activationsreference.h"
#include "core/nn/gradcheck.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

TEST(Elu, MatchesPyTorch) {
  // torch.nn.functional.elu(seq(12,5,13,6,8).reshape(3,4))  (torch 1.13)
  Elu e;
  e.build({4});
  expectNear(e.forward(activationInput(), false),
             {-0.5276334286f, -0.1175031066f, 0.5f, -0.3934693336f, 0.125f, 0.75f, -0.2211992145f,
              0.375f, -0.4647385478f, 0.0f, 0.625f, -0.3127107024f},
             1e-6f);
}

TEST(Elu, AlphaMatchesPyTorch) {
  // torch.nn.functional.elu(x1, alpha=0.5)
  Elu e(0.5);
  e.build({4});
  expectNear(e.forward(activationInput(), false),
             {-0.2638167143f, -0.0587515533f, 0.5f, -0.1967346668f, 0.125f, 0.75f, -0.1105996072f,
              0.375f, -0.2323692739f, 0.0f, 0.625f, -0.1563553512f},
             1e-6f);
}

TEST(Elu, GradientsMatchFiniteDifferences) {
  for (bool training : {true, false}) {
    Elu e(1.5);
    e.build({3, 4});
    Rng rng(11);
    EXPECT_EQ(checkGradients(targetOf(e, training), awayFromZero({2, 3, 4}, rng), rng), 0);
  }
}
