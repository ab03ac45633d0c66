// gradscope-cli conv (DESIGN.md section 4.1): run the binary, parse its JSON, compare with
// convolve() called directly; and every bad input ends with exit 2, a message, empty stdout.
#include "clirun.h"
#include "core/conv/convolution.h"
#include "core/jsontensor.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace gs {
namespace {

using nlohmann::json;

json runOk(const std::vector<std::string>& args) {
  const test::CliResult r = test::runCli(args);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  EXPECT_EQ(r.err, "");
  return json::parse(r.out);
}

/// Runs the CLI and checks it fails the documented way; returns stderr.
std::string runBad(const std::vector<std::string>& args) {
  const test::CliResult r = test::runCli(args);
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err.rfind("gradscope-cli conv: ", 0), 0u) << r.err;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "one line: " << r.err;
  return r.err;
}

void expectSameOutput(const json& cli, const ConvResult& direct) {
  EXPECT_EQ(cli["shape"].get<Shape>(), direct.output.shape());
  const Tensor out = tensorFromJson(cli["output"], "output");
  ASSERT_EQ(out.size(), direct.output.size());
  for (std::size_t i = 0; i < out.size(); ++i)
    EXPECT_FLOAT_EQ(out[i], direct.output[i]) << "flat index " << i;
  const Padding& p = direct.geometry.pad;
  EXPECT_EQ(cli["padding"], json({p.top, p.bottom, p.left, p.right}));
  EXPECT_EQ(cli["params"].get<long long>(), direct.cost.params);
  EXPECT_EQ(cli["macs"].get<long long>(), direct.cost.macs);
  EXPECT_EQ(cli["flops"].get<long long>(), direct.cost.flops);
}

const std::string kInput = "[[1,0,2,7],[5,4,2,1],[3,4,5,0],[9,9,9,9]]";
const std::string kKernel = "[[-1,0,1],[-1,0,1],[-1,0,1]]";

TEST(ConvCli, CourseExampleWithTrace) {
  const json j = runOk({"conv", "--input", kInput, "--kernel", kKernel, "--bias", "1", "--trace"});
  // valid 4×4 with 3×3: 2×2 outputs; params 9 + 1 = 10, MACs 2·2·9 = 36, FLOPs 72
  EXPECT_EQ(j["shape"], json({1, 2, 2}));
  EXPECT_EQ(j["padding"], json({0, 0, 0, 0}));
  EXPECT_EQ(j["params"], 10);
  EXPECT_EQ(j["macs"], 36);
  EXPECT_EQ(j["flops"], 72);
  EXPECT_EQ(j["output"][0][0][0], 1.0); // the course notes' first output
  ASSERT_EQ(j["steps"].size(), 4u);
  const json& s = j["steps"][0];
  EXPECT_EQ(s["out"], json({0, 0, 0}));
  EXPECT_EQ(s["window"], json::parse("[[0,0],[0,1],[0,2],[1,0],[1,1],[1,2],[2,0],[2,1],[2,2]]"));
  // terms are [input, weight]: the top-left cell 1 meets −1
  EXPECT_EQ(s["terms"][0], json({1.0, -1.0}));
  EXPECT_EQ(s["terms"][3], json({5.0, -1.0}));
  EXPECT_EQ(s["sum"], 0.0);
  EXPECT_EQ(s["bias"], 1.0);
  EXPECT_EQ(s["value"], 1.0);
  EXPECT_EQ(s["equation"], "(-1)×1 + 0×0 + 1×2 + (-1)×5 + 0×4 + 1×2 + (-1)×3 + 0×4 + 1×5 + 1 = 1");
  // Steps come in output order: (0, 0), (0, 1), (1, 0), (1, 1).
  EXPECT_EQ(j["steps"][3]["out"], json({0, 1, 1}));
  EXPECT_EQ(j["steps"][3]["window"][0], json({1, 1}));
}

TEST(ConvCli, RoundTripsMatchConvolve) {
  const Tensor x = tensorFromJson(json::parse(kInput), "x");
  const Tensor k = tensorFromJson(json::parse(kKernel), "k");
  struct Case {
    std::vector<std::string> args;
    ConvSpec spec;
  };
  std::vector<Case> cases;
  ConvSpec s;
  s.padding = PaddingSpec::same();
  cases.push_back({{"--mode", "same"}, s});
  s.padding = PaddingSpec::full();
  s.flip = true;
  cases.push_back({{"--mode", "full", "--flip"}, s});
  s = ConvSpec{};
  s.padding = PaddingSpec::sides(1, 0, 2, 1);
  s.strideH = 2;
  s.strideW = 1;
  cases.push_back({{"--padding", "1,0,2,1", "--stride", "2,1"}, s});
  s = ConvSpec{};
  s.padding = PaddingSpec::uniform(2);
  s.dilationH = s.dilationW = 2;
  s.activation = Activation::Tanh;
  cases.push_back({{"--padding", "2", "--dilation", "2", "--activation", "tanh"}, s});
  for (const Case& c : cases) {
    std::vector<std::string> args{"conv", "--input", kInput, "--kernel", kKernel};
    args.insert(args.end(), c.args.begin(), c.args.end());
    SCOPED_TRACE(args.back());
    expectSameOutput(runOk(args), convolve(x, k, {}, c.spec, false));
  }
}

TEST(ConvCli, MultiChannelKernelsBiasListAndFileInput) {
  // 2 channels, 3 kernels [3][2][2][2], bias [N] — and the input read from a file with @.
  const std::string input = "[[[1,2,3],[4,5,6],[7,8,9]],[[0,1,0],[1,0,1],[0,1,0]]]";
  const std::string kernel = "[[[[1,0],[0,1]],[[1,1],[1,1]]],[[[0,1],[1,0]],[[-1,0],[0,-1]]],[[[2,"
                             "2],[2,2]],[[0,0],[0,0]]]]";
  const std::string file = test::writeTempFile("convcli-input.json", input);
  const json j = runOk({"conv", "--input", "@" + file, "--kernel", kernel, "--bias", "[1,-1,0.5]",
                        "--mode", "same", "--activation", "relu", "--trace"});
  ConvSpec s;
  s.padding = PaddingSpec::same();
  s.activation = Activation::Relu;
  const ConvResult direct =
      convolve(tensorFromJson(json::parse(input), "x"), tensorFromJson(json::parse(kernel), "k"),
               {1, -1, 0.5}, s, true);
  expectSameOutput(j, direct);
  // params = 3·2·2·2 + 3 = 27; kernel 0 at (0, 0): 1 + 5 (channel 0) + 0+1+1+0 (channel 1) + 1
  EXPECT_EQ(j["params"], 27);
  EXPECT_EQ(j["output"][0][0][0], 9.0);
  const json& step = j["steps"][0];
  EXPECT_EQ(step["window"].size(), 4u); // the 2×2 window once ...
  EXPECT_EQ(step["terms"].size(), 8u);  // ... and its terms for both channels
  EXPECT_EQ(step["channel_sums"], json({6.0, 2.0}));
  EXPECT_EQ(j["steps"].size(), direct.trace.size());
}

TEST(ConvCli, BiasNumberAppliesToEveryKernel) {
  const json j =
      runOk({"conv", "--input", "[[1]]", "--kernel", "[[[[2]]],[[[3]]]]", "--bias", "10"});
  EXPECT_EQ(j["output"], json::parse("[[[12.0]],[[13.0]]]")); // 2·1 + 10, 3·1 + 10
}

TEST(ConvCli, BadInputExitsTwoWithAMessage) {
  const auto has = [](const std::string& err, const std::string& part) {
    EXPECT_NE(err.find(part), std::string::npos) << "'" << part << "' not in: " << err;
  };
  has(runBad({"conv", "--input", "[[1,2],[3,4]", "--kernel", "[[1]]"}),
      "--input: malformed JSON at byte");
  has(runBad({"conv", "--input", "[[1,2],[3,4]]", "--kernel", "[[1,2],[3]]"}),
      "--kernel[1]: has 1 value, expected 2 like the first one (ragged array)");
  has(runBad({"conv", "--input", "[[1,\"x\"],[3,4]]", "--kernel", "[[1]]"}),
      "--input[0][1]: expected a number, got \"x\"");
  has(runBad({"conv", "--input", "[[1,x],[3,4]]", "--kernel", "[[1]]"}),
      "--input: malformed JSON at byte 5");
  has(runBad({"conv", "--input", "[[1,,2]]", "--kernel", "[[1]]"}),
      "--input: malformed JSON at byte 5"); // an empty cell
  has(runBad({"conv", "--input", "[[1,2],[]]", "--kernel", "[[1]]"}), "--input[1]: empty array");
  has(runBad({"conv", "--input", "[[1,2],[3,4]]", "--kernel", "[[1]]", "--stride", "0"}),
      "stride must be at least 1, got 0");
  has(runBad({"conv", "--input", "[[1,2],[3,4]]", "--kernel", "[[1]]", "--stride", "-1,1"}),
      "stride must be at least 1, got -1");
  has(runBad({"conv", "--input", "[[1,2],[3,4]]", "--kernel", "[[1]]", "--stride", "1.5"}),
      "--stride: expected whole numbers");
  has(runBad({"conv", "--input", "[[1,2],[3,4]]", "--kernel", "[[1]]", "--dilation", "0"}),
      "dilation must be at least 1, got 0");
  has(runBad({"conv", "--input", "[[1,2],[3,4]]", "--kernel", "[[1]]", "--mode", "same",
              "--padding", "1"}),
      "give either --mode or --padding, not both");
  has(runBad({"conv", "--input", "[[1,2],[3,4]]", "--kernel", "[[1]]", "--padding", "1,2"}),
      "--padding: expected P or T,B,L,R");
  has(runBad({"conv", "--input", "[[1,2],[3,4]]", "--kernel", "[[1]]", "--mode", "circular"}),
      "unknown padding mode 'circular'");
  has(runBad({"conv", "--input", "[[1,2],[3,4]]", "--kernel", "[[1,2,3],[4,5,6],[7,8,9]]"}),
      "valid mode: kernel 3×3 is larger than the input 2×2");
  has(runBad({"conv", "--input", "[[[1]],[[2]],[[3]]]", "--kernel", "[[[1]],[[2]]]"}),
      "kernel has 2 channels, input has 3");
  has(runBad({"conv", "--input", "[[1]]", "--kernel", "[[1]]", "--bias", "[1,2]"}),
      "bias has 2 values, expected 1 (one per kernel)");
  has(runBad({"conv", "--input", "[[1]]", "--kernel", "[[1]]", "--activation", "gelu"}),
      "unknown activation 'gelu'");
  has(runBad({"conv", "--kernel", "[[1]]"}), "missing --input");
  has(runBad({"conv", "--input", "@/nonexistent/gradscope.json", "--kernel", "[[1]]"}),
      "--input: cannot open /nonexistent/gradscope.json");
  const std::string bad = test::writeTempFile("convcli-bad.json", "[[1, 2], [3, 4]");
  has(runBad({"conv", "--input", "@" + bad, "--kernel", "[[1]]"}),
      "--input: " + bad + ": malformed JSON at byte");
  // 4097 rows of one value: over the 4096×4096 limit
  std::string tall = "[";
  for (int i = 0; i < 4097; ++i)
    tall += i == 0 ? "[0]" : ",[0]";
  tall += "]";
  has(runBad({"conv", "--input", tall, "--kernel", "[[1]]"}),
      "input 4097×1 is larger than the 4096×4096 limit");
}

} // namespace
} // namespace gs
