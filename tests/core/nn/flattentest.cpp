#include "core/nn/layers/flatten.h"
#include "core/nn/gradcheck.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

TEST(Flatten, OrderIsChannelRowColumn) {
  Flatten f;
  EXPECT_EQ(f.build({2, 2, 3}), (Shape{12}));
  Tensor x({1, 2, 2, 3});
  for (std::size_t i = 0; i < x.size(); ++i)
    x[i] = static_cast<float>(i);
  const Tensor y = f.forward(x, true);
  EXPECT_EQ(y.shape(), (Shape{1, 12}));
  // y[c·6 + h·3 + w] = x[c][h][w]
  EXPECT_EQ(y[1 * 6 + 1 * 3 + 2], x.at(0, 1, 1, 2));
  EXPECT_EQ(f.backward(y).shape(), (Shape{1, 2, 2, 3}));
}

TEST(Flatten, GradientsMatchFiniteDifferences) {
  Flatten f;
  f.build({2, 3, 2});
  Rng rng(3);
  EXPECT_EQ(checkGradients(targetOf(f, true), randomTensor({2, 2, 3, 2}, rng), rng), 0);
}
