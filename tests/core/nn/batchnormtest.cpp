#include "core/nn/layers/batchnorm.h"
#include "core/error.h"
#include "core/nn/gradcheck.h"
#include "core/nn/refdata.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::test;

// Reference (torch 1.13):
//   bn = torch.nn.BatchNorm1d(4); bn.weight.data = seq(4,3,7,2,2); bn.bias.data = seq(4,1,5,1,4)
//   y1 = bn(seq(12,5,13,6,8).reshape(3,4)); y2 = bn(seq(12,7,11,5,4).reshape(3,4))
//   bn.running_mean, bn.running_var; bn.eval(); bn(seq(12,5,13,6,8).reshape(3,4))
// Column 3 of the first input is constant (−0.75 each row... every row equal), so its
// normalised value is 0 and y = β = 0.5.

namespace {

BatchNorm makeBn1d() {
  BatchNorm bn;
  bn.build({4});
  bn.params()[0]->value = seq({4}, 3, 7, 2, 2);
  bn.params()[1]->value = seq({4}, 1, 5, 1, 4);
  return bn;
}

/// x[:, :, r0:r0+2, c0:c0+3] · scale of x = seq(50,7,11,5,4).reshape(2,2,5,5)
Tensor crop(int r0, int c0, float scale) {
  const Tensor x = seq({2, 2, 5, 5}, 7, 11, 5, 4);
  Tensor out({2, 2, 2, 3});
  for (int n = 0; n < 2; ++n)
    for (int c = 0; c < 2; ++c)
      for (int i = 0; i < 2; ++i)
        for (int j = 0; j < 3; ++j)
          out.at(n, c, i, j) = x.at(n, c, r0 + i, c0 + j) * scale;
  return out;
}

} // namespace

TEST(BatchNorm, OneDimensionalTrainingMatchesPyTorch) {
  BatchNorm bn = makeBn1d();
  expectNear(bn.forward(seq({3, 4}, 5, 13, 6, 8), true),
             {0.6126332879f, -0.4313166738f, 1.3282917738f, 0.5f, -1.6517791748f, 0.7008895874f,
              -2.5535583496f, 0.5f, 0.2891457975f, -0.2695729136f, 1.9752668142f, 0.5f},
             2e-6f);
  expectNear(bn.forward(seq({3, 4}, 7, 11, 5, 4), true),
             {0.6389905214f, 0.2539972961f, -1.5279811621f, 0.5f, -1.6469852924f, -0.6984925866f,
              3.0439703465f, 0.5f, 0.2579945326f, 0.4444952607f, -0.7659892440f, 0.5f},
             2e-6f);
  // running statistics after 2 steps (momentum 0.1, unbiased variance)
  expectNear(bn.runningMean(), {-0.1041666716f, 0.0354166701f, 0.0345833339f, -0.0150000006f},
             1e-7f);
  expectNear(bn.runningVar(), {0.8947395682f, 0.8947395682f, 0.8947395682f, 0.9864062071f}, 1e-6f);
  // eval uses the running statistics
  expectNear(bn.forward(seq({3, 4}, 5, 13, 6, 8), false),
             {0.4327625632f, -0.0847947076f, 1.2340590954f, 0.5f, -0.4922705889f, 0.3777218759f,
              -0.3517120481f, 0.5f, 0.3006149530f, -0.0187209118f, 1.4983543158f, 0.5f},
             2e-6f);
}

TEST(BatchNorm, TwoDimensionalMatchesPyTorch) {
  // bn2 = torch.nn.BatchNorm2d(2), weight seq(2,3,7,2,2), bias seq(2,1,5,1,4);
  // z1 = bn2(x[:, :, :2, :3]); bn2(x[:, :, 1:3, 2:5]*2); bn2.eval(); bn2(x[:, :, :2, :3])
  BatchNorm bn;
  bn.build({2, 2, 3});
  bn.params()[0]->value = seq({2}, 3, 7, 2, 2);
  bn.params()[1]->value = seq({2}, 1, 5, 1, 4);
  const Tensor z1 = bn.forward(crop(0, 0, 1), true);
  expectNear(z1, {1.1154615879f,  -1.1335339546f, 0.1516063213f,  0.4728913903f,  -1.7761040926f,
                  -0.4909638166f, 0.7442703247f,  0.1387622803f,  -0.4667457938f, -0.6181228757f,
                  0.4415163398f,  -0.1639917791f, -1.7761040926f, -0.4909638166f, 0.7941764593f,
                  1.1154615879f,  -1.1335339546f, 0.1516063213f,  0.4415163398f,  -0.1639917791f,
                  -0.7694998980f, 0.7442703247f,  0.1387622803f,  -0.4667457938f},
             2e-6f);
  bn.forward(crop(1, 2, 2), true);
  expectNear(bn.runningMean(), {0.0122916661f, -0.0189583339f}, 1e-7f);
  expectNear(bn.runningVar(), {1.1169838905f, 1.1244839430f}, 1e-6f);
  expectNear(bn.forward(crop(0, 0, 1), false),
             {0.9443573952f,  -0.7114607692f, 0.2347210646f,  0.4712665081f,  -1.1845517159f,
              -0.2383698523f, 0.5983272791f,  0.1268167049f,  -0.3446938992f, -0.4625715315f,
              0.3625719845f,  -0.1089385971f, -1.1845517159f, -0.2383698523f, 0.7078120112f,
              0.9443573952f,  -0.7114607692f, 0.2347210646f,  0.3625719845f,  -0.1089385971f,
              -0.5804491639f, 0.5983272791f,  0.1268167049f,  -0.3446938992f},
             2e-6f);
}

TEST(BatchNorm, GradientsMatchFiniteDifferencesInTrainAndEval) {
  for (bool training : {true, false}) {
    for (const Shape& shape : {Shape{5}, Shape{3, 2, 3}}) {
      BatchNorm bn;
      bn.build(shape);
      Rng rng(21);
      bn.params()[0]->value = randomTensor({shape[0]}, rng, 0.5, 1.5);
      bn.params()[1]->value = randomTensor({shape[0]}, rng);
      // eval: running statistics away from the defaults
      bn.forward(randomTensor(shape.size() == 1 ? Shape{4, 5} : Shape{2, 3, 2, 3}, rng, -2, 3),
                 true);
      Shape batch = shape;
      batch.insert(batch.begin(), 4);
      SCOPED_TRACE(std::string(training ? "train " : "eval ") + shapeString(shape));
      EXPECT_EQ(checkGradients(targetOf(bn, training), randomTensor(batch, rng, -2, 2), rng, 1e-2,
                               2e-2, 2e-3),
                0);
    }
  }
}

TEST(BatchNorm, OneValuePerChannelInTrainingIsAnError) {
  BatchNorm bn;
  bn.build({3});
  EXPECT_THROW(bn.forward(Tensor({1, 3}), true), InputError);
  EXPECT_NO_THROW(bn.forward(Tensor({1, 3}), false));
}

TEST(BatchNorm, LoadedShapesAreChecked) {
  const nlohmann::json j = {{"type", "batchnorm"}, {"running_var", {1, 1}}};
  LayerSpec spec(j);
  auto bn = BatchNorm::fromJson(spec);
  try {
    bn->build({3});
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "running_var has shape [2], expected [3]");
  }
}
