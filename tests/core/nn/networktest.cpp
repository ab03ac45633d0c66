#include "core/error.h"
#include "core/nn/gradcheck.h"
#include "core/nn/lenet.h"
#include "core/nn/modelfile.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

TEST(Network, LeNet5ParameterCount) {
  Rng rng(1);
  Network net = networkFromJson(test::lenet5Json("relu"), rng);
  // C1 6·1·5·5 + 6 = 156; C3 16·6·5·5 + 16 = 2416; C5 400·120 + 120 = 48 120;
  // F6 120·84 + 84 = 10 164; output 84·10 + 10 = 850; total 61 706
  EXPECT_EQ(net.paramCount(), 61706);
  const std::vector<LayerSummary> rows = net.summary();
  ASSERT_EQ(rows.size(), 12u);
  EXPECT_EQ(rows[0].params, 156);
  EXPECT_EQ(rows[3].params, 2416);
  EXPECT_EQ(rows[7].params, 48120);
  EXPECT_EQ(rows[9].params, 10164);
  EXPECT_EQ(rows[11].params, 850);
  // shapes: C1 6×28×28, S2 6×14×14, C3 16×10×10, S4 16×5×5, flatten 400
  EXPECT_EQ(rows[0].outputShape, (Shape{6, 28, 28}));
  EXPECT_EQ(rows[2].outputShape, (Shape{6, 14, 14}));
  EXPECT_EQ(rows[3].outputShape, (Shape{16, 10, 10}));
  EXPECT_EQ(rows[5].outputShape, (Shape{16, 5, 5}));
  EXPECT_EQ(rows[6].outputShape, (Shape{400}));
  // MACs: C1 6·28·28·25 = 117 600; C3 16·10·10·150 = 240 000; C5 48 000; F6 10 080; out 840
  EXPECT_EQ(rows[0].macs, 117600);
  EXPECT_EQ(rows[3].macs, 240000);
  EXPECT_EQ(rows[7].macs, 48000);
  EXPECT_EQ(rows[9].macs, 10080);
  EXPECT_EQ(rows[11].macs, 840);
  EXPECT_EQ(rows[1].macs, 0);
  EXPECT_EQ(net.outputShape(), (Shape{10}));
}

TEST(Network, DenseMismatchNamesTheLayer) {
  // C5 declared for 120 inputs after a 16×5×5 = 400 feature map
  nlohmann::json model = test::lenet5Json("relu");
  model["layers"][7]["in"] = 120;
  Rng rng(1);
  try {
    networkFromJson(model, rng);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "layer 7 (dense): expects 120 inputs, got 400");
  }
}

TEST(Network, ForwardRecordsActivationsAndChecksTheInput) {
  Rng rng(2);
  Network net = networkFromJson(test::lenet5Json("tanh"), rng);
  const Tensor y = net.forward(randomTensor({3, 1, 28, 28}, rng), false);
  EXPECT_EQ(y.shape(), (Shape{3, 10}));
  ASSERT_EQ(net.activations().size(), 12u);
  EXPECT_EQ(net.activations()[3].shape(), (Shape{3, 16, 10, 10}));
  EXPECT_EQ(net.activations().back(), y);
  try {
    net.forward(Tensor({3, 1, 27, 28}), false);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "input has shape [3, 1, 27, 28], expected [N, 1, 28, 28]");
  }
}

TEST(Network, WholeNetworkGradients) {
  const nlohmann::json model = {
      {"input", {1, 6, 6}},
      {"layers",
       {{{"type", "conv2d"}, {"out_channels", 2}, {"kernel", 3}, {"padding", "same"}},
        {{"type", "batchnorm"}},
        {{"type", "elu"}},
        {{"type", "avgpool2d"}, {"kernel", 2}},
        {{"type", "flatten"}},
        {{"type", "dense"}, {"out", 4}},
        {{"type", "sigmoid"}},
        {{"type", "dense"}, {"out", 3}},
        {{"type", "softmax"}}}}};
  for (bool training : {true, false}) {
    Rng rng(3);
    Network net = networkFromJson(model, rng);
    net.forward(randomTensor({4, 1, 6, 6}, rng), true); // running statistics for eval
    EXPECT_EQ(checkGradients(targetOf(net, training), randomTensor({3, 1, 6, 6}, rng), rng, 1e-2,
                             2e-2, 1e-3),
              0);
  }
}

TEST(Network, ParamsInFixedOrder) {
  Rng rng(4);
  Network net = networkFromJson(test::lenet5Json("relu"), rng);
  const std::vector<Param*> params = net.params();
  ASSERT_EQ(params.size(), 10u);
  EXPECT_EQ(params[0]->name, "weight");
  EXPECT_EQ(params[0]->value.shape(), (Shape{6, 1, 5, 5}));
  EXPECT_EQ(params[1]->name, "bias");
  EXPECT_EQ(params[9]->value.shape(), (Shape{10}));
}

TEST(Network, CopyIsDeep) {
  Rng rng(5);
  Network net = networkFromJson(test::lenet5Json("relu"), rng);
  Network copy = net;
  copy.params()[0]->value[0] += 1.0f;
  EXPECT_NE(copy.params()[0]->value[0], net.params()[0]->value[0]);
  Network assigned;
  assigned = net;
  EXPECT_EQ(assigned.toJson(), net.toJson());
}

TEST(Network, SameSeedSameInitialisation) {
  Rng a(6), b(6), c(7);
  EXPECT_EQ(networkFromJson(test::lenet5Json("relu"), a).toJson(),
            networkFromJson(test::lenet5Json("relu"), b).toJson());
  Rng d(6);
  EXPECT_NE(networkFromJson(test::lenet5Json("relu"), c).toJson(),
            networkFromJson(test::lenet5Json("relu"), d).toJson());
}

TEST(Network, SkippingTheInputGradientKeepsParameterGradients) {
  Rng rng(8);
  Network net = networkFromJson(test::lenet5Json("relu"), rng);
  const Tensor x = randomTensor({2, 1, 28, 28}, rng);
  const Tensor g = randomTensor({2, 10}, rng);
  net.forward(x, true);
  EXPECT_EQ(net.backward(g).shape(), (Shape{2, 1, 28, 28}));
  std::vector<Tensor> grads;
  for (const Param* p : net.params())
    grads.push_back(p->grad);
  net.setInputGradientNeeded(false);
  Network copy = net; // the setting travels with a copy
  copy.forward(x, true);
  EXPECT_TRUE(copy.backward(g).empty());
  for (std::size_t i = 0; i < grads.size(); ++i)
    EXPECT_EQ(copy.params()[i]->grad, grads[i]);
}
