#include "core/nn/layers/dropout.h"
#include "core/nn/gradcheck.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

TEST(Dropout, ScalesKeptValuesAndDropsAboutP) {
  Dropout d(0.25);
  d.build({1000});
  d.setSeed(3);
  const Tensor y = d.forward(Tensor({10, 1000}, 2.0f), true);
  int dropped = 0;
  for (float v : y.values()) {
    // kept values are x/(1 − p) = 2/0.75
    if (v == 0.0f)
      ++dropped;
    else
      EXPECT_FLOAT_EQ(v, 2.0f / 0.75f);
  }
  // 10 000 Bernoulli(0.25) draws: mean 2500, sd ≈ 43; 5 sd either side
  EXPECT_NEAR(dropped, 2500, 220);
}

TEST(Dropout, IdentityInEval) {
  Dropout d(0.9);
  d.build({5});
  Rng rng(4);
  const Tensor x = randomTensor({3, 5}, rng);
  EXPECT_EQ(d.forward(x, false), x);
  EXPECT_EQ(d.backward(x), x);
}

TEST(Dropout, SameSeedSameMask) {
  Dropout a(0.5), b(0.5);
  a.build({50});
  b.build({50});
  a.setSeed(9);
  b.setSeed(9);
  const Tensor x({4, 50}, 1.0f);
  const Tensor first = a.forward(x, true);
  EXPECT_EQ(first, b.forward(x, true));
  // the next mask differs, and resetting the seed replays the first one
  EXPECT_NE(a.forward(x, true), first);
  a.setSeed(9);
  EXPECT_EQ(a.forward(x, true), first);
  // a clone continues the same sequence
  auto c = a.clone();
  EXPECT_EQ(c->forward(x, true), a.forward(x, true));
}

TEST(Dropout, InitializeSeedsFromTheNetworkRng) {
  Dropout a(0.5), b(0.5);
  a.build({20});
  b.build({20});
  Rng r1(5), r2(5);
  a.initialize(r1);
  b.initialize(r2);
  EXPECT_EQ(a.seed(), b.seed());
  EXPECT_EQ(a.forward(Tensor({2, 20}, 1.0f), true), b.forward(Tensor({2, 20}, 1.0f), true));
}

TEST(Dropout, GradientsMatchFiniteDifferences) {
  for (bool training : {true, false}) {
    Dropout d(0.3);
    d.build({4, 3});
    Rng rng(6);
    // the mask must be the same in every forward of the difference quotient
    EXPECT_EQ(checkGradients(targetOf(d, training, [&d] { d.setSeed(17); }),
                             randomTensor({3, 4, 3}, rng), rng),
              0);
  }
}

TEST(Dropout, BackwardUsesTheForwardMask) {
  Dropout d(0.5);
  d.build({100});
  d.setSeed(1);
  d.forward(Tensor({1, 100}, 1.0f), true);
  const Tensor dx = d.backward(Tensor({1, 100}, 3.0f));
  for (std::size_t i = 0; i < 100; ++i)
    EXPECT_FLOAT_EQ(dx[i], 3.0f * d.mask()[i]);
}
