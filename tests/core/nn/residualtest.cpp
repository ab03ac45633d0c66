#include "core/nn/layers/residual.h"
#include "core/error.h"
#include "core/nn/gradcheck.h"
#include "core/nn/layerfactory.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

namespace {

std::unique_ptr<Layer> residualFrom(const nlohmann::json& j, const Shape& input,
                                    std::uint64_t seed) {
  auto layer = layerFromJson(j);
  layer->build(input);
  Rng rng(seed);
  layer->initialize(rng);
  return layer;
}

} // namespace

TEST(Residual, IdentityShortcutAddsTheInput) {
  // inner = dense with W = 2·I, b = 0: y = 2x + x = 3x; ∂L/∂x = 2g + g = 3g
  auto r = residualFrom(
      {{"type", "residual"},
       {"layers",
        {{{"type", "dense"}, {"out", 2}, {"weight", {{2, 0}, {0, 2}}}, {"bias", {0, 0}}}}}},
      {2}, 1);
  expectNear(r->forward(Tensor({1, 2}, {1, -2}), true), {3, -6}, 0);
  expectNear(r->backward(Tensor({1, 2}, {1, 1})), {3, 3}, 0);
  EXPECT_EQ(r->params()[0]->name, "layers.0.weight");
}

TEST(Residual, GradientsWithIdentityShortcut) {
  for (bool training : {true, false}) {
    auto r = residualFrom(
        {{"type", "residual"},
         {"layers",
          {{{"type", "conv2d"}, {"out_channels", 2}, {"kernel", 3}, {"padding", "same"}},
           {{"type", "tanh"}},
           {{"type", "conv2d"}, {"out_channels", 2}, {"kernel", 3}, {"padding", 1}}}}},
        {2, 4, 4}, 2);
    Rng rng(3);
    EXPECT_EQ(checkGradients(targetOf(*r, training), randomTensor({2, 2, 4, 4}, rng), rng), 0);
  }
}

TEST(Residual, GradientsWithProjection) {
  for (bool training : {true, false}) {
    auto r = residualFrom(
        {{"type", "residual"},
         {"layers",
          {{{"type", "conv2d"}, {"out_channels", 3}, {"kernel", 3}, {"stride", 2}, {"padding", 1}},
           {{"type", "batchnorm"}}}},
         {"projection", {{"type", "conv2d"}, {"out_channels", 3}, {"kernel", 1}, {"stride", 2}}}},
        {2, 4, 4}, 4);
    EXPECT_EQ(r->params().back()->name, "projection.bias");
    Rng rng(5);
    EXPECT_EQ(checkGradients(targetOf(*r, training), randomTensor({3, 2, 4, 4}, rng), rng, 1e-2,
                             2e-2, 2e-3),
              0);
  }
}

TEST(Residual, ShapeChangeWithoutProjectionIsAnError) {
  auto r = layerFromJson({{"type", "residual"}, {"layers", {{{"type", "dense"}, {"out", 3}}}}});
  try {
    r->build({4});
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("projection"), std::string::npos) << e.what();
  }
}

TEST(Residual, MacsAndCloneAreDeep) {
  auto r = residualFrom({{"type", "residual"},
                         {"layers", {{{"type", "dense"}, {"out", 3}}}},
                         {"projection", {{"type", "dense"}, {"out", 3}}}},
                        {4}, 6);
  EXPECT_EQ(r->macs(), 12 + 12);
  auto copy = r->clone();
  copy->params()[0]->value[0] += 1.0f;
  EXPECT_NE(copy->params()[0]->value[0], r->params()[0]->value[0]);
}
