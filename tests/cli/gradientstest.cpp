// gradscope-cli gradients (DESIGN.md 4.5): the stream format, the physics of issue 5 through
// the command line, and bad input (stderr, exit 2, nothing on stdout).
#include "clirun.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

namespace gs::test {
namespace {

using nlohmann::json;

std::vector<json> lines(const std::string& out) {
  std::vector<json> result;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);)
    result.push_back(json::parse(line));
  return result;
}

std::vector<json> run(std::vector<std::string> extra, int steps = 1) {
  std::vector<std::string> args{"gradients",        "--depth", "20",
                                "--width",          "32",      "--data",
                                "synthetic:spiral", "--steps", std::to_string(steps),
                                "--seed",           "0"};
  args.insert(args.end(), extra.begin(), extra.end());
  const CliResult r = runCli(args);
  EXPECT_EQ(r.exitCode, 0) << r.err;
  return lines(r.out);
}

/// r = ‖∂L/∂W₂‖ / ‖∂L/∂W₁₉‖ of a step line.
double ratio(const json& step) {
  return step["grad_norm"][1].get<double>() / step["grad_norm"][18].get<double>();
}

TEST(GradientsCli, OneLinePerStepWithTheDesignFields) {
  const std::vector<json> out = run({"--activation", "relu", "--init", "kaiming_normal"}, 3);
  ASSERT_EQ(out.size(), 3u);
  for (std::size_t k = 0; k < out.size(); ++k) {
    const json& s = out[k];
    EXPECT_EQ(s.size(), 5u) << s.dump();
    EXPECT_EQ(s["step"], k + 1);
    EXPECT_TRUE(s["loss"].is_number());
    EXPECT_EQ(s["grad_norm"].size(), 20u);
    EXPECT_EQ(s["act_std"].size(), 20u);
    EXPECT_EQ(s["update_ratio"].size(), 20u);
  }
  // Spiral has 2 classes: cross-entropy of an untrained net starts near ln 2 ≈ 0.69, and
  // certainly within (0, 5).
  EXPECT_GT(out[0]["loss"].get<double>(), 0.0);
  EXPECT_LT(out[0]["loss"].get<double>(), 5.0);
}

TEST(GradientsCli, PhysicsOfIssue5) {
  // Bounds from issue 5 (PyTorch gives 2e-11; 0.3–2; ≈0.2; 12–30; 4e5–6e7).
  EXPECT_LT(ratio(run({"--activation", "sigmoid", "--init", "xavier_normal"})[0]), 1e-3);
  for (const auto& extra : std::vector<std::vector<std::string>>{
           {"--activation", "relu", "--init", "kaiming_normal"},
           {"--activation", "sigmoid", "--init", "xavier_normal", "--residual"},
           {"--activation", "sigmoid", "--init", "xavier_normal", "--batchnorm"}}) {
    const double r = ratio(run(extra)[0]);
    EXPECT_GE(r, 1e-2) << extra[1] << ' ' << extra.back();
    EXPECT_LE(r, 1e2) << extra[1] << ' ' << extra.back();
  }
  EXPECT_GT(ratio(run({"--activation", "tanh", "--init", "normal:3"})[0]), 1e3);
}

TEST(GradientsCli, ClippingBoundsTheGlobalNorm) {
  const std::vector<json> out =
      run({"--activation", "tanh", "--init", "normal:3", "--clip-norm", "1"}, 6);
  ASSERT_EQ(out.size(), 6u);
  for (const json& s : out) {
    EXPECT_GT(s["global_norm"].get<double>(), 10.0);
    // float32 rounding of the scaled gradients: a few 1e-8 above the threshold at most.
    EXPECT_LE(s["clipped_norm"].get<double>(), 1.0 + 1e-6);
  }
}

TEST(GradientsCli, ClippingBelowTheNormChangesNothing) {
  const std::vector<std::string> base{"--activation", "relu", "--init", "kaiming_normal"};
  std::vector<std::string> clipped = base;
  clipped.insert(clipped.end(), {"--clip-norm", "1e9"});
  const std::vector<json> a = run(base, 4), b = run(clipped, 4);
  ASSERT_EQ(a.size(), 4u);
  ASSERT_EQ(b.size(), 4u);
  for (std::size_t k = 0; k < a.size(); ++k) {
    json trimmed = b[k];
    EXPECT_EQ(trimmed["global_norm"], trimmed["clipped_norm"]);
    trimmed.erase("global_norm");
    trimmed.erase("clipped_norm");
    EXPECT_EQ(a[k], trimmed) << "step " << k + 1;
  }
}

TEST(GradientsCli, BadInputExitsWithTwo) {
  const std::vector<std::vector<std::string>> cases{
      {"--depth", "0", "--width", "32", "--activation", "relu", "--init", "kaiming_normal"},
      {"--depth", "101", "--width", "32", "--activation", "relu", "--init", "kaiming_normal"},
      {"--depth", "20", "--width", "0", "--activation", "relu", "--init", "kaiming_normal"},
      {"--depth", "20", "--width", "32", "--activation", "swish", "--init", "kaiming_normal"},
      {"--depth", "20", "--width", "32", "--activation", "relu", "--init", "gauss"},
      {"--depth", "20", "--width", "32", "--activation", "relu", "--init", "normal:abc"},
      {"--depth", "20", "--width", "32", "--activation", "relu", "--init", "kaiming_normal",
       "--optimizer", "adamm"}};
  const std::vector<std::string> words{"--depth", "--depth", "--width", "--activation",
                                       "--init",  "--init",  "adamm"};
  for (std::size_t i = 0; i < cases.size(); ++i) {
    std::vector<std::string> args{"gradients", "--data", "synthetic:spiral", "--steps", "1"};
    args.insert(args.end(), cases[i].begin(), cases[i].end());
    const CliResult r = runCli(args);
    EXPECT_EQ(r.exitCode, 2) << i;
    EXPECT_TRUE(r.out.empty()) << i;
    EXPECT_NE(r.err.find(words[i]), std::string::npos) << r.err;
  }
  const CliResult unknownData =
      runCli({"gradients", "--depth", "3", "--width", "4", "--activation", "relu", "--init",
              "kaiming_normal", "--data", "synthetic:nope", "--steps", "1"});
  EXPECT_EQ(unknownData.exitCode, 2);
  EXPECT_TRUE(unknownData.out.empty());
}

} // namespace
} // namespace gs::test
