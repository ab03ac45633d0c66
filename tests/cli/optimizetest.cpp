// gradscope-cli optimize (DESIGN.md 4.4) against torch.optim: every case of
// tests/data/optimize_reference.json (made by tests/reference/optimize_reference.py with torch
// 1.13 in float64 on the same formulas, gradients by autograd) is run through the CLI and each
// trajectory point compared to 1e-6 relative. The table covers every optimizer and surface.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "clirun.h"

namespace {

nlohmann::json referenceTable() {
  const char* dir = std::getenv("GRADSCOPE_TEST_DATA");
  const std::string path = std::string(dir ? dir : "tests/data") + "/optimize_reference.json";
  std::ifstream in(path);
  if (!in)
    throw std::runtime_error("cannot read " + path);
  return nlohmann::json::parse(in);
}

std::string number(double v) {
  std::ostringstream out;
  out.precision(17);
  out << v;
  return out.str();
}

TEST(OptimizeCli, TrajectoriesEqualTorchOptim) {
  const nlohmann::json table = referenceTable();
  std::set<std::string> optimizers, surfaces;
  for (const nlohmann::json& c : table.at("cases")) {
    std::vector<std::string> args{"optimize",
                                  "--surface",
                                  c.at("surface"),
                                  "--optimizer",
                                  c.at("optimizer"),
                                  "--start",
                                  number(c.at("start")[0]) + "," + number(c.at("start")[1]),
                                  "--steps",
                                  std::to_string(c.at("steps").get<int>())};
    for (const auto& a : c.at("args"))
      args.push_back(a.get<std::string>());
    const std::string label = c.at("optimizer").get<std::string>() + " on " +
                              c.at("surface").get<std::string>() + " " + c.at("args").dump();
    optimizers.insert(c.at("optimizer"));
    surfaces.insert(c.at("surface"));

    const gs::test::CliResult r = gs::test::runCli(args);
    ASSERT_EQ(r.exitCode, 0) << label << ": " << r.err;
    const nlohmann::json got = nlohmann::json::parse(r.out).at("trajectory");
    const nlohmann::json& want = c.at("trajectory");
    ASSERT_EQ(got.size(), want.size()) << label;
    for (std::size_t k = 0; k < want.size(); ++k)
      for (std::size_t j = 0; j < 3; ++j) {
        const double w = want[k][j], g = got[k][j];
        EXPECT_NEAR(g, w, 1e-6 * std::abs(w) + 1e-12) << label << " step " << k << " coord " << j;
      }
  }
  EXPECT_EQ(optimizers.size(), 10u); // sgd momentum nesterov adagrad ... nadam
  EXPECT_EQ(surfaces.size(), 5u);
}

TEST(OptimizeCli, OutputIsTheDocumentedJson) {
  // sgd lr 0.1 on the saddle from (1, 1): x ← 1 − 0.1·2 = 0.8, y ← 1 + 0.1·2 = 1.2,
  // f = 0.64 − 1.44 = −0.8
  const auto r = gs::test::runCli({"optimize", "--surface", "saddle", "--optimizer", "sgd", "--lr",
                                   "0.1", "--start", "1,1", "--steps", "1"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j.size(), 1u);
  ASSERT_EQ(j.at("trajectory").size(), 2u);
  EXPECT_EQ(j["trajectory"][0], (nlohmann::json{1.0, 1.0, 0.0}));
  EXPECT_NEAR(j["trajectory"][1][0].get<double>(), 0.8, 1e-15);
  EXPECT_NEAR(j["trajectory"][1][1].get<double>(), 1.2, 1e-15);
  EXPECT_NEAR(j["trajectory"][1][2].get<double>(), -0.8, 1e-15);
  EXPECT_TRUE(r.err.empty());
}

TEST(OptimizeCli, DivergenceIsReported) {
  // sgd lr 1.5 on the saddle: y ← 4y each step, reaching inf after a few hundred steps
  const auto r = gs::test::runCli({"optimize", "--surface", "saddle", "--optimizer", "sgd", "--lr",
                                   "1.5", "--start", "0,1", "--steps", "2000"});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  const std::string message = j.at("diverged");
  EXPECT_EQ(message, "diverged at step " + std::to_string(j.at("trajectory").size()));
}

TEST(OptimizeCli, GradientNoiseIsSeeded) {
  auto run = [](const std::string& noise, const std::string& seed) {
    const auto r = gs::test::runCli({"optimize", "--surface", "quadratic", "--optimizer", "adam",
                                     "--lr", "0.1", "--start", "1,1", "--steps", "10", "--noise",
                                     noise, "--seed", seed});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return nlohmann::json::parse(r.out).at("trajectory");
  };
  const auto a = run("0.5", "3"), b = run("0.5", "3"), other = run("0.5", "4"),
             clean = run("0", "3");
  EXPECT_EQ(a, b);           // same seed, same noise
  EXPECT_NE(a, other);       // another seed, another path
  EXPECT_NE(a, clean);       // noise changes the path
  EXPECT_EQ(a[0], clean[0]); // from the same start
}

TEST(OptimizeCli, BadInputExitsWithTwoAndAMessage) {
  const std::vector<std::string> base{"--start", "1,1", "--steps", "5"};
  struct Case {
    std::vector<std::string> args;
    std::string mention;
  };
  const std::vector<Case> cases{
      {{"--surface", "ackley", "--optimizer", "sgd"}, "unknown surface 'ackley'"},
      {{"--surface", "beale", "--optimizer", "lbfgs"}, "unknown optimizer 'lbfgs'"},
      {{"--surface", "beale", "--optimizer", "adam", "--lr", "0"}, "--lr"},
      {{"--surface", "beale", "--optimizer", "adam", "--lr", "-0.1"}, "--lr"},
      {{"--surface", "beale", "--optimizer", "adam", "--lr", "nan"}, "--lr"},
      {{"--surface", "beale", "--optimizer", "adam", "--betas", "0.9,1"}, "beta2"},
      {{"--surface", "beale", "--optimizer", "rmsprop", "--momentum", "-1"}, "--momentum"},
      {{"--surface", "beale", "--optimizer", "sgd", "--nesterov"}, "nesterov"},
      {{"--surface", "beale", "--optimizer", "adam", "--eps", "-1e-8"}, "--eps"},
      {{"--surface", "beale", "--optimizer", "adam", "--start", "1"}, "--start"},
      {{"--surface", "beale", "--optimizer", "adam", "--start", "1,x"}, "--start"},
      {{"--surface", "beale", "--optimizer", "adam", "--steps", "-3"}, "--steps"},
      {{"--surface", "beale", "--optimizer", "adam", "--steps", "2.5"}, "--steps"},
      {{"--optimizer", "adam"}, "--surface"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args{"optimize"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    // options given in the case replace the base ones (Args rejects repeats)
    for (std::size_t i = 0; i < base.size(); i += 2)
      if (std::find(c.args.begin(), c.args.end(), base[i]) == c.args.end())
        args.insert(args.end(), {base[i], base[i + 1]});
    const auto r = gs::test::runCli(args);
    EXPECT_EQ(r.exitCode, 2) << c.mention;
    EXPECT_TRUE(r.out.empty()) << c.mention;
    EXPECT_NE(r.err.find(c.mention), std::string::npos) << "stderr: " << r.err;
  }
}

} // namespace
