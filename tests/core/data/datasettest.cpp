// Dataset views: batches, subsets, the seeded train/validation split, shuffling, JSON data
// and the DATA spec strings.
#include "core/data/datafile.h"
#include "core/data/dataspec.h"
#include "core/data/synthetic.h"
#include "core/error.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace {

gs::Dataset tenSamples() {
  // x_i = (i, -i), y_i = i mod 2
  nlohmann::json x = nlohmann::json::array(), y = nlohmann::json::array();
  for (int i = 0; i < 10; ++i) {
    x.push_back({i, -i});
    y.push_back(i % 2);
  }
  return gs::datasetFromJson({{"x", x}, {"y", y}}, "ten");
}

std::string message(const std::function<void()>& f) {
  try {
    f();
  } catch (const gs::InputError& e) {
    return e.what();
  }
  return "no error";
}

} // namespace

TEST(Dataset, BatchesGatherTheAskedSamples) {
  const gs::Dataset d = tenSamples();
  EXPECT_TRUE(d.hasLabels());
  EXPECT_TRUE(d.hasTargets());
  EXPECT_EQ(d.classes(), 2);
  const gs::Batch b = d.batch({7, 2});
  EXPECT_EQ(b.x, gs::Tensor({2, 2}, {7, -7, 2, -2}));
  EXPECT_EQ(b.labels, (std::vector<int>{1, 0}));
  EXPECT_EQ(b.targets, gs::Tensor({2, 1}, {1, 0}));
  EXPECT_EQ(d.slice(8, 10).x, gs::Tensor({2, 2}, {8, -8, 9, -9}));
  const gs::Dataset s = d.subset({9, 3, 5});
  EXPECT_EQ(s.size(), 3u);
  EXPECT_EQ(s.slice(1, 2).x, gs::Tensor({1, 2}, {3, -3}));
}

TEST(Dataset, SplitIsSeededDisjointAndKeepsOrder) {
  const gs::Dataset d = tenSamples();
  auto [train, validation] = d.split(0.3, 5);
  ASSERT_EQ(train.size(), 7u);
  ASSERT_EQ(validation.size(), 3u);
  std::set<float> seen;
  float last = -1;
  for (std::size_t i = 0; i < train.size(); ++i) {
    const float v = train.sample(i)[0];
    EXPECT_GT(v, last); // data order kept
    last = v;
    seen.insert(v);
  }
  for (std::size_t i = 0; i < validation.size(); ++i)
    seen.insert(validation.sample(i)[0]);
  EXPECT_EQ(seen.size(), 10u); // disjoint and complete
  auto [train2, validation2] = d.split(0.3, 5);
  EXPECT_EQ(validation2.slice(0, 3).x, validation.slice(0, 3).x);
  auto [train3, validation3] = d.split(0.3, 6);
  EXPECT_EQ(train3.size(), 7u);
  EXPECT_THROW(d.split(1.0, 0), gs::InputError);
}

TEST(Dataset, ShuffleIsAPermutationFixedBySeed) {
  gs::Rng a(11), b(11);
  const std::vector<std::size_t> p = gs::shuffledIndices(50, a);
  EXPECT_EQ(p, gs::shuffledIndices(50, b));
  std::vector<std::size_t> sorted = p;
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 0; i < 50; ++i)
    EXPECT_EQ(sorted[i], i);
  EXPECT_NE(p, sorted);
}

TEST(Dataset, JsonDataErrors) {
  EXPECT_EQ(message([] {
              gs::datasetFromJson({{"x", {{1, 2}, {3, 4}}}, {"y", {0}}}, "d.json");
            }),
            "d.json: x holds 2 samples but y holds 1");
  EXPECT_EQ(message([] {
              gs::datasetFromJson({{"x", {{1, 2}}}, {"y", {0}}, {"w", 1}}, "d.json");
            }),
            "d.json: unknown field 'w' (expected \"x\" and \"y\")");
  EXPECT_NE(message([] {
              gs::datasetFromJson({{"x", {{1, 2}, {3}}}, {"y", {0, 1}}}, "d.json");
            }),
            "no error");
  EXPECT_NE(message([] {
              gs::datasetFromJson({{"y", {0}}}, "d.json");
            }).find("needs both"),
            std::string::npos);
  // Target vectors: no labels.
  const gs::Dataset r = gs::datasetFromJson({{"x", {{1}, {2}}}, {"y", {{0.5, 1}, {2, 3}}}}, "r");
  EXPECT_FALSE(r.hasLabels());
  EXPECT_EQ(r.targetWidth(), 2);
  // Round trip.
  const gs::Dataset d = tenSamples();
  EXPECT_EQ(gs::datasetFromJson(gs::datasetToJson(d), "again").slice(0, 10).x, d.slice(0, 10).x);
}

TEST(DataSpec, ParsesEveryForm) {
  using K = gs::DataSpec::Kind;
  EXPECT_EQ(gs::parseDataSpec("synthetic:spiral").kind, K::Synthetic);
  EXPECT_EQ(gs::parseDataSpec("synthetic:spiral").name, "spiral");
  EXPECT_EQ(gs::parseDataSpec("shapes").kind, K::Shapes);
  EXPECT_EQ(gs::parseDataSpec("fashion-mnist:/data/fm").path, "/data/fm");
  EXPECT_EQ(gs::parseDataSpec("idx:/data/mnist").kind, K::Idx);
  EXPECT_EQ(gs::parseDataSpec("@d.json").kind, K::Json);
  EXPECT_EQ(gs::parseDataSpec("d.json").kind, K::Json);
  for (const std::string s :
       {"synthetic:moons", "shapes", "fashion-mnist", "fashion-mnist:/x", "idx:/y", "@z.json"})
    EXPECT_EQ(gs::dataSpecString(gs::parseDataSpec(s)), s);
  EXPECT_THROW(gs::parseDataSpec("synthetic:donut"), gs::InputError);
  EXPECT_THROW(gs::parseDataSpec("mnist"), gs::InputError);
  EXPECT_EQ(message([] { gs::loadData(gs::parseDataSpec("idx:/nonexistent/x")); }),
            "data folder '/nonexistent/x' does not exist");
}

TEST(DataSpec, LoadsGeneratedSetsWithOptions) {
  gs::DataOptions o;
  o.samples = 90;
  o.classes = 3;
  o.seed = 2;
  const gs::LoadedData d = gs::loadData(gs::parseDataSpec("synthetic:gaussians"), o);
  EXPECT_EQ(d.train.size(), 90u);
  EXPECT_EQ(d.train.classes(), 3);
  EXPECT_TRUE(d.test.empty());
  const gs::LoadedData j = gs::loadData(gs::parseDataSpec(R"({"x":[[1],[2]],"y":[0,1]})"));
  EXPECT_EQ(j.train.size(), 2u);
}
