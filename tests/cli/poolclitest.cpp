// gradscope-cli pool (DESIGN.md section 4.2): JSON round trips against pool() and errors.
#include "clirun.h"
#include "core/conv/pooling.h"
#include "core/jsontensor.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace gs {
namespace {

using nlohmann::json;

// The 5×4 input of tests/core/conv/convreference.py.
const std::string kInput = "[[1,5,2,0],[3,3,-1,4],[0,2,6,1],[7,1,1,2],[2,2,3,-4]]";

json runOk(const std::vector<std::string>& args) {
  const test::CliResult r = test::runCli(args);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  return json::parse(r.out);
}

TEST(PoolCli, MaxWithTraceAndArgmax) {
  const json j = runOk(
      {"pool", "--input", kInput, "--kind", "max", "--kernel", "2", "--padding", "1", "--trace"});
  // torch F.max_pool2d(P, 2, padding=1) = [[1, 5, 0], [3, 6, 4], [7, 3, 2]]
  EXPECT_EQ(j["shape"], json({1, 3, 3}));
  EXPECT_EQ(j["output"], json::parse("[[[1.0,5.0,0.0],[3.0,6.0,4.0],[7.0,3.0,2.0]]]"));
  ASSERT_EQ(j["steps"].size(), 9u);
  const json& s = j["steps"][4]; // cell (1, 1): rows 1..2, columns 1..2 → 6 at (2, 2)
  EXPECT_EQ(s["out"], json({0, 1, 1}));
  EXPECT_EQ(s["window"], json::parse("[[1,1],[1,2],[2,1],[2,2]]"));
  EXPECT_EQ(s["terms"], json::parse("[3.0,-1.0,2.0,6.0]"));
  EXPECT_EQ(s["argmax"], json({2, 2}));
  EXPECT_EQ(s["value"], 6.0);
}

TEST(PoolCli, AverageRoundTripsMatchPool) {
  const Tensor x = tensorFromJson(json::parse(kInput), "x");
  PoolSpec spec;
  spec.kind = PoolKind::Average;
  spec.kernelH = spec.kernelW = 3;
  spec.strideH = spec.strideW = 2;
  spec.padding = 1;
  const json j = runOk({"pool", "--input", kInput, "--kind", "avg", "--kernel", "3", "--stride",
                        "2", "--padding", "1", "--trace"});
  const PoolResult direct = pool(x, spec, false);
  EXPECT_EQ(j["shape"].get<Shape>(), direct.output.shape());
  const Tensor out = tensorFromJson(j["output"], "output");
  for (std::size_t i = 0; i < out.size(); ++i)
    EXPECT_FLOAT_EQ(out[i], direct.output[i]);
  // torch avg_pool2d(P, 3, 2, 1)[0][0] = 12 / 9: padding counted; no argmax for an average
  EXPECT_NEAR(out[0], 12.0 / 9, 1e-6);
  EXPECT_FALSE(j["steps"][0].contains("argmax"));

  // Rectangular kernel and per-axis stride, from a file: torch [[2.1667], [2.1667], [2.8333],
  // [2.6667]] = [13, 13, 17, 16] / 6
  const std::string file = test::writeTempFile("poolcli-input.json", kInput);
  const json r =
      runOk({"pool", "--input", "@" + file, "--kind", "avg", "--kernel", "2,3", "--stride", "1,2"});
  EXPECT_EQ(r["shape"], json({1, 4, 1}));
  EXPECT_NEAR(r["output"][0][2][0].get<double>(), 17.0 / 6, 1e-6);
}

TEST(PoolCli, BadInputExitsTwoWithAMessage) {
  const auto bad = [](const std::vector<std::string>& args, const std::string& part) {
    const test::CliResult r = test::runCli(args);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err.rfind("gradscope-cli pool: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find(part), std::string::npos) << "'" << part << "' not in: " << r.err;
  };
  bad({"pool", "--input", "[[1,2],[3]]", "--kind", "max", "--kernel", "2"},
      "--input[1]: has 1 value, expected 2 like the first one (ragged array)");
  bad({"pool", "--input", "[[1,2],[3,4]", "--kind", "max", "--kernel", "2"},
      "--input: malformed JSON at byte");
  bad({"pool", "--input", "[[1,2],[3,\"b\"]]", "--kind", "max", "--kernel", "2"},
      "--input[1][1]: expected a number");
  bad({"pool", "--input", "[[1,2],[3,4]]", "--kind", "median", "--kernel", "2"},
      "unknown pooling kind 'median'");
  bad({"pool", "--input", "[[1,2],[3,4]]", "--kind", "max", "--kernel", "2", "--stride", "0"},
      "--stride must be at least 1, got 0");
  bad({"pool", "--input", "[[1,2],[3,4]]", "--kind", "max", "--kernel", "0"},
      "pooling kernel must be at least 1×1, got 0×0");
  bad({"pool", "--input", "[[1,2],[3,4]]", "--kind", "max", "--kernel", "2", "--padding", "2"},
      "padding 2 is more than half the pooling kernel 2×2");
  bad({"pool", "--input", "[[1,2],[3,4]]", "--kind", "max", "--kernel", "3"},
      "kernel 3×3 (effective 3×3) is larger than the padded input 2×2");
  bad({"pool", "--input", "[[1,2],[3,4]]", "--kernel", "2"}, "missing --kind");
}

} // namespace
} // namespace gs
