// Preset models build, and their parameter counts and per-layer table match the formulas
// (params of conv = N·C·kh·kw + N, of dense = out·in + out; MACs of conv = N·Ho·Wo·C·kh·kw).
#include "core/train/presets.h"
#include "core/error.h"
#include "core/nn/modelfile.h"

#include <gtest/gtest.h>

namespace {

gs::Network build(const std::string& name, const gs::PresetOptions& o) {
  gs::Rng rng(0);
  return gs::networkFromJson(gs::presetModel(name, o), rng);
}

} // namespace

TEST(Presets, LeNet5HasThePublishedShapeAndCount) {
  const gs::Network n = build("lenet5", {});
  // C1 6·1·25+6 = 156, C3 16·6·25+16 = 2416, C5 120·16·25+120 = 48120,
  // F6 84·120+84 = 10164, output 10·84+10 = 850: 61,706 in all.
  EXPECT_EQ(n.paramCount(), 61706);
  const std::vector<gs::LayerSummary> rows = n.summary();
  ASSERT_EQ(rows.size(), 12u);
  EXPECT_EQ(rows[0].outputShape, (gs::Shape{6, 28, 28})); // padding 2 keeps 28×28
  EXPECT_EQ(rows[2].outputShape, (gs::Shape{6, 14, 14}));
  EXPECT_EQ(rows[3].outputShape, (gs::Shape{16, 10, 10}));
  EXPECT_EQ(rows[5].outputShape, (gs::Shape{16, 5, 5}));
  EXPECT_EQ(rows[6].outputShape, (gs::Shape{120, 1, 1}));
  EXPECT_EQ(rows[11].outputShape, (gs::Shape{10}));
  EXPECT_EQ(rows[0].macs, 6LL * 28 * 28 * 1 * 25);  // 117,600
  EXPECT_EQ(rows[3].macs, 16LL * 10 * 10 * 6 * 25); // 240,000
  EXPECT_EQ(rows[6].macs, 120LL * 16 * 25);         // 48,000
  EXPECT_EQ(rows[9].macs, 120LL * 84);
  EXPECT_EQ(rows[6].params, 48120);
}

TEST(Presets, ParameterCountsOfTheOthers) {
  EXPECT_EQ(build("logistic_regression", {}).paramCount(), 784 * 10 + 10);
  gs::PresetOptions twoD;
  twoD.input = {2};
  twoD.classes = 3;
  // 2·64+64 + 64·64+64 + 64·3+3
  EXPECT_EQ(build("mlp", twoD).paramCount(), 192 + 4160 + 195);
  // conv 1→16: 160, 16→16: 2320, 16→32: 4640, 32→32: 9248; two 2×2 pools leave 32·7·7 =
  // 1568 features; dense 1568→64: 100,416; 64→10: 650.
  EXPECT_EQ(build("vgg_small", {}).paramCount(), 160 + 2320 + 4640 + 9248 + 100416 + 650);
  gs::PresetOptions deep;
  deep.input = {2};
  deep.classes = 2;
  deep.width = 16;
  deep.depth = 8;
  // 2→16 (48), six 16→16 (272 each), 16→2 (34)
  const gs::Network d = build("deep_mlp", deep);
  EXPECT_EQ(d.paramCount(), 48 + 6 * 272 + 34);
  EXPECT_EQ(d.size(), 15u); // 7 × (dense, act) + output dense
  deep.depth = 3;
  // 2→16, three blocks of two 16→16, 16→2
  const gs::Network r = build("residual_mlp", deep);
  EXPECT_EQ(r.paramCount(), 48 + 3 * 2 * 272 + 34);
  EXPECT_EQ(r.layer(2).type(), "residual");
}

TEST(Presets, RejectsWhatDoesNotFit) {
  gs::PresetOptions o;
  o.input = {3, 32, 32};
  EXPECT_THROW(gs::presetModel("lenet5", o), gs::InputError);
  EXPECT_THROW(gs::presetModel("alexnet", {}), gs::InputError);
  o.input = {2};
  EXPECT_THROW(gs::presetModel("vgg_small", o), gs::InputError);
  EXPECT_EQ(gs::presetNames().size(), 6u);
}
