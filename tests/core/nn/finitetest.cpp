#include "core/nn/finite.h"
#include "core/nn/modelfile.h"

#include <gtest/gtest.h>
#include <limits>

using namespace gs;

namespace {

Network twoDense() {
  const nlohmann::json model = {
      {"input", {3}},
      {"layers",
       {{{"type", "dense"}, {"out", 4}}, {{"type", "relu"}}, {{"type", "dense"}, {"out", 2}}}}};
  Rng rng(1);
  return networkFromJson(model, rng);
}

} // namespace

TEST(Finite, AllFiniteIsNothing) {
  Network net = twoDense();
  net.forward(Tensor({2, 3}, 0.5f), true);
  net.backward(Tensor({2, 2}, 1.0f));
  EXPECT_EQ(findNonFinite(net), std::nullopt);
}

TEST(Finite, NamesTheLayerAndQuantity) {
  Network net = twoDense();
  net.forward(Tensor({2, 3}, 0.5f), true);
  net.backward(Tensor({2, 2}, 1.0f));
  net.params()[3]->grad[1] = std::numeric_limits<float>::infinity();
  EXPECT_EQ(findNonFinite(net), "gradient of layer 2 (dense) bias is inf");
  net.params()[2]->value[0] = std::numeric_limits<float>::quiet_NaN();
  EXPECT_EQ(findNonFinite(net), "layer 2 (dense) weight is nan");
  // a NaN input shows up first in the activation of layer 0
  net.forward(Tensor({2, 3}, std::numeric_limits<float>::quiet_NaN()), true);
  EXPECT_EQ(findNonFinite(net), "activation of layer 0 (dense) is nan");
}

TEST(Finite, TensorKind) {
  EXPECT_EQ(nonFiniteKind(Tensor({2}, {1.0f, -std::numeric_limits<float>::infinity()})), "inf");
  EXPECT_EQ(nonFiniteKind(Tensor({2}, {1.0f, 2.0f})), std::nullopt);
}
