#include "core/nn/layers/softmax.h"
#include "core/nn/activationsreference.h"
#include "core/nn/gradcheck.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

TEST(Softmax, MatchesPyTorch) {
  // torch.nn.functional.softmax(seq(12,5,13,6,8).reshape(3,4), dim=1)  (torch 1.13)
  Softmax s;
  s.build({4});
  expectNear(s.forward(activationInput(), false),
             {0.1308452785f, 0.2444511652f, 0.4566948712f, 0.1680086553f, 0.2066303492f,
              0.3860363066f, 0.1420148313f, 0.2653186321f, 0.1308452785f, 0.2444511652f,
              0.4566948712f, 0.1680086553f},
             1e-6f);
}

TEST(Softmax, LargeLogitsDoNotOverflow) {
  // e^1000 overflows; subtracting the max gives [e^−1, 1] / (1 + e^−1)
  Softmax s;
  s.build({2});
  const Tensor y = s.forward(Tensor({1, 2}, {999.0f, 1000.0f}), false);
  EXPECT_NEAR(y[0], 0.2689414f, 1e-6f);
  EXPECT_NEAR(y[1], 0.7310586f, 1e-6f);
}

TEST(Softmax, GradientsMatchFiniteDifferences) {
  for (bool training : {true, false}) {
    Softmax s;
    s.build({5});
    Rng rng(12);
    EXPECT_EQ(checkGradients(targetOf(s, training), randomTensor({3, 5}, rng, -2, 2), rng), 0);
  }
}

TEST(Softmax, OverChannelsOfAnImage) {
  Softmax s;
  s.build({3, 2, 2});
  Rng rng(13);
  const Tensor y = s.forward(randomTensor({2, 3, 2, 2}, rng), false);
  // at every sample and position the three channel values sum to 1
  for (int n = 0; n < 2; ++n)
    for (int p = 0; p < 4; ++p)
      EXPECT_NEAR(y.at(n, 0, p / 2, p % 2) + y.at(n, 1, p / 2, p % 2) + y.at(n, 2, p / 2, p % 2),
                  1.0f, 1e-6f);
  EXPECT_EQ(checkGradients(targetOf(s, true), randomTensor({2, 3, 2, 2}, rng), rng), 0);
}
