// `gradscope-cli COMMAND --help`: every command explains its options, and every option the
// help names is one the command accepts (the help and the parser come from one table).
#include "clirun.h"

#include <gtest/gtest.h>
#include <map>
#include <set>
#include <sstream>

namespace {

using gs::test::runCli;

const std::vector<std::string> kCommands = {"conv", "pool", "train", "optimize", "gradients"};

/// The "--name" words at the start of the help's option lines ("  --name VALUE  help").
std::set<std::string> optionsIn(const std::string& help) {
  std::set<std::string> names;
  std::istringstream lines(help);
  const std::string prefix = "  --";
  for (std::string line; std::getline(lines, line);)
    if (line.rfind(prefix, 0) == 0)
      names.insert(line.substr(prefix.size(), line.find(' ', prefix.size()) - prefix.size()));
  return names;
}

TEST(CliHelp, EveryCommandPrintsUsageAndExitsZero) {
  for (const std::string& command : kCommands) {
    const gs::test::CliResult r = runCli({command, "--help"});
    EXPECT_EQ(r.exitCode, 0) << command;
    EXPECT_EQ(r.out.rfind("usage: gradscope-cli " + command + " [options]", 0), 0u) << r.out;
    EXPECT_TRUE(r.err.empty()) << r.err;
  }
}

TEST(CliHelp, NamesTheOptionsOfDesignSection4) {
  const std::map<std::string, std::set<std::string>> expected = {
      {"conv",
       {"input", "kernel", "mode", "padding", "stride", "dilation", "flip", "bias", "activation",
        "trace"}},
      {"pool", {"input", "kind", "kernel", "stride", "padding", "trace"}},
      {"train",
       {"model",     "data",  "loss",  "optimizer",    "lr",         "momentum", "nesterov",
        "dampening", "betas", "eps",   "weight-decay", "alpha",      "rho",      "amsgrad",
        "centered",  "batch", "steps", "epochs",       "no-shuffle", "seed",     "save"}},
      {"optimize", {"surface", "optimizer", "lr", "start", "steps"}},
      {"gradients",
       {"depth", "width", "activation", "init", "batchnorm", "residual", "clip-norm", "optimizer",
        "lr", "data", "steps", "seed"}},
  };
  for (const auto& [command, names] : expected) {
    const std::set<std::string> listed = optionsIn(runCli({command, "--help"}).out);
    for (const std::string& name : names)
      EXPECT_TRUE(listed.count(name)) << command << " --help does not list --" << name;
  }
}

TEST(CliHelp, EveryListedOptionIsAccepted) {
  // An option the parser does not know fails with "unknown option"; any other error (a
  // missing value or a missing required option) means the parser accepted the name.
  for (const std::string& command : kCommands)
    for (const std::string& name : optionsIn(runCli({command, "--help"}).out)) {
      const gs::test::CliResult r = runCli({command, "--" + name});
      EXPECT_EQ(r.err.find("unknown option"), std::string::npos) << command << " --" << name;
    }
}

TEST(CliHelp, HelpListsTheLossesCoreAccepts) {
  const std::string help = runCli({"train", "--help"}).out;
  for (const char* loss : {"cross_entropy", "bce_with_logits", "hinge", "smooth_l1"})
    EXPECT_NE(help.find(loss), std::string::npos) << loss;
}

TEST(CliHelp, UnknownOptionStillFails) {
  const gs::test::CliResult r = runCli({"conv", "--kernal", "[[1]]"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("unknown option --kernal"), std::string::npos) << r.err;
}

} // namespace
