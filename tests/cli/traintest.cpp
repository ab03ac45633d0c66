// gradscope-cli train (DESIGN.md 4.3): per-step losses equal PyTorch's on every reference case
// of tests/reference/train_reference.py (tests/data/train_*.json: every layer type but
// dropout, every loss, every optimizer; torch 1.13, float32, no shuffling, fixed batches),
// the output format, --save, and bad input (exit 2, message naming what and where).
#include "clirun.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using gs::test::runCli;
using gs::test::writeTempFile;
using nlohmann::json;

namespace fs = std::filesystem;

namespace {

std::vector<json> lines(const std::string& out) {
  std::vector<json> all;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line))
    all.push_back(json::parse(line));
  return all;
}

fs::path dataDir() {
  const char* d = std::getenv("GRADSCOPE_TEST_DATA");
  return d ? fs::path(d) : fs::path(__FILE__).parent_path().parent_path() / "data";
}

const std::string kModel =
    R"({"input":[2],"layers":[{"type":"dense","out":4},{"type":"relu"},{"type":"dense","out":2}]})";

std::vector<std::string> trainArgs(const std::string& model, const std::string& data) {
  return {"train",  "--model",       model,         "--data",  data,
          "--loss", "cross_entropy", "--optimizer", "sgd",     "--lr",
          "0.1",    "--batch",       "8",           "--steps", "3"};
}

std::string errorOf(std::vector<std::string> args) {
  const gs::test::CliResult r = runCli(args);
  EXPECT_EQ(r.exitCode, 2) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
  return r.err;
}

} // namespace

TEST(TrainCli, LossesEqualPyTorchOnEveryReferenceCase) {
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(dataDir())) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("train_", 0) != 0 || entry.path().extension() != ".json")
      continue;
    ++cases;
    std::ifstream in(entry.path());
    const json c = json::parse(in);
    const std::string model = writeTempFile("train-model-" + name, c["model"].dump());
    const std::string data = writeTempFile("train-data-" + name, c["data"].dump());
    std::vector<std::string> args{"train", "--model", "@" + model, "--data", "@" + data};
    for (const auto& a : c["args"])
      args.push_back(a.get<std::string>());
    const gs::test::CliResult r = runCli(args);
    ASSERT_EQ(r.exitCode, 0) << name << ": " << r.err;
    const std::vector<json> out = lines(r.out);
    const json& expected = c["losses"];
    ASSERT_EQ(out.size(), expected.size() + 1) << name;
    for (std::size_t k = 0; k < expected.size(); ++k) {
      const double torch = expected[k].get<double>();
      EXPECT_EQ(out[k]["step"].get<long>(), static_cast<long>(k + 1));
      EXPECT_NEAR(out[k]["loss"].get<double>(), torch, 1e-5 * std::max(std::abs(torch), 1e-3))
          << name << " step " << k + 1;
    }
    EXPECT_TRUE(out.back()["done"].get<bool>());
  }
  EXPECT_GE(cases, 15) << "reference cases missing from " << dataDir();
}

TEST(TrainCli, StreamsStepsThenDoneAndSaves) {
  const std::string saved = (fs::temp_directory_path() / "gradscope-traintest-saved.json").string();
  fs::remove(saved);
  std::vector<std::string> args = trainArgs(kModel, "synthetic:xor");
  args.insert(args.end(), {"--seed", "3", "--save", saved});
  const gs::test::CliResult r = runCli(args);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  const std::vector<json> out = lines(r.out);
  ASSERT_EQ(out.size(), 4u);
  // Keys in the order of DESIGN.md: step, loss, accuracy.
  EXPECT_EQ(r.out.substr(0, 16), "{\"step\":1,\"loss\"");
  const double acc = out[0]["accuracy"].get<double>();
  EXPECT_EQ(std::round(acc * 8), acc * 8); // a fraction of the 8 samples of the batch
  EXPECT_EQ(out[3]["steps"], 3);
  EXPECT_GE(out[3]["seconds"].get<double>(), 0.0);
  // The saved model carries trained weights and trains on from there.
  std::ifstream in(saved);
  const json model = json::parse(in);
  EXPECT_EQ(model["layers"][0]["weight"].size(), 4u);
  const gs::test::CliResult again = runCli(trainArgs("@" + saved, "synthetic:xor"));
  EXPECT_EQ(again.exitCode, 0) << again.err;
  // Same seed, same run.
  const std::string again2 = runCli(args).out;
  EXPECT_EQ(again2.substr(0, again2.find("{\"done\"")), r.out.substr(0, r.out.find("{\"done\"")));
  // --epochs alone: 400 samples / batch 8 = 50 steps per epoch.
  const gs::test::CliResult epoch =
      runCli({"train", "--model", kModel, "--data", "synthetic:xor", "--loss", "cross_entropy",
              "--optimizer", "sgd", "--batch", "8", "--epochs", "1"});
  EXPECT_EQ(lines(epoch.out).back()["steps"], 50);
}

TEST(TrainCli, BadModelsNameTheLayerAndField) {
  const std::string data = "synthetic:xor";
  EXPECT_NE(errorOf(trainArgs("{\"input\":[2],", data)).find("--model"), std::string::npos);
  const std::string unknown =
      errorOf(trainArgs(R"({"input":[2],"layers":[{"type":"dense","out":2,"units":3}]})", data));
  EXPECT_NE(unknown.find("layer 0 (dense)"), std::string::npos) << unknown;
  EXPECT_NE(unknown.find("units"), std::string::npos) << unknown;
  // A dense layer that declares 3 inputs where 2 arrive.
  const std::string mismatch =
      errorOf(trainArgs(R"({"input":[2],"layers":[{"type":"dense","in":3,"out":2}]})", data));
  EXPECT_NE(mismatch.find("layer 0 (dense)"), std::string::npos) << mismatch;
  // Data [2] into a model that expects [3].
  EXPECT_NE(errorOf(trainArgs(R"({"input":[3],"layers":[{"type":"dense","out":2}]})", data))
                .find("model's input is [3]"),
            std::string::npos);
  const std::string kernel = errorOf(trainArgs(
      R"({"input":[1,4,4],"layers":[{"type":"conv2d","out_channels":1,"kernel":5},{"type":"flatten"},{"type":"dense","out":2}]})",
      "shapes"));
  EXPECT_NE(kernel.find("layer 0 (conv2d)"), std::string::npos) << kernel;
  const std::string weights = errorOf(trainArgs(
      R"({"input":[2],"layers":[{"type":"dense","out":2,"weight":[[1,2],[3,4],[5,6]]}]})", data));
  EXPECT_NE(weights.find("weight"), std::string::npos) << weights;
  EXPECT_NE(weights.find("layer 0 (dense)"), std::string::npos) << weights;
}

TEST(TrainCli, BadDataAndSettings) {
  const fs::path dir = fs::temp_directory_path() / "gradscope-traintest-idx";
  fs::remove_all(dir);
  fs::create_directories(dir);
  // A label file whose magic number is wrong.
  std::ofstream(dir / "train-images-idx3-ubyte", std::ios::binary)
      .write("\0\0\x08\x03\0\0\0\x01\0\0\0\x02\0\0\0\x02\1\2\3\4", 20);
  std::ofstream(dir / "train-labels-idx1-ubyte", std::ios::binary)
      .write("\x12\0\x08\x01\0\0\0\x01\0", 9);
  const std::string lenet =
      R"({"input":[1,2,2],"layers":[{"type":"flatten"},{"type":"dense","out":2}]})";
  const std::string corrupt = errorOf(trainArgs(lenet, "idx:" + dir.string()));
  EXPECT_NE(corrupt.find("train-labels-idx1-ubyte: not an IDX file"), std::string::npos) << corrupt;
  // Short image data: the header promises 4 bytes, 2 follow.
  std::ofstream(dir / "train-images-idx3-ubyte", std::ios::binary)
      .write("\0\0\x08\x03\0\0\0\x01\0\0\0\x02\0\0\0\x02\1\2", 18);
  EXPECT_NE(errorOf(trainArgs(lenet, "idx:" + dir.string())).find("data is short"),
            std::string::npos);
  EXPECT_NE(errorOf(trainArgs(kModel, "idx:/nonexistent/folder"))
                .find("'/nonexistent/folder' does not exist"),
            std::string::npos);
  EXPECT_NE(errorOf(trainArgs(kModel, "fashion-mnist:/nonexistent/fm")).find("does not exist"),
            std::string::npos);

  std::vector<std::string> args = trainArgs(kModel, "synthetic:xor");
  args[10] = "0";
  EXPECT_NE(errorOf(args).find("--lr must be a number > 0"), std::string::npos);
  args[10] = "nan";
  EXPECT_NE(errorOf(args).find("--lr must be a number > 0"), std::string::npos);
  args[10] = "0.1";
  args[12] = "0";
  EXPECT_NE(errorOf(args).find("--batch"), std::string::npos);
  args[12] = "401";
  EXPECT_EQ(errorOf(args),
            "gradscope-cli train: batch size 401 is larger than the data set (400 samples)\n");
  args[12] = "8";
  args[6] = "cosine";
  EXPECT_NE(errorOf(args).find("unknown loss 'cosine'"), std::string::npos);
}

TEST(TrainCli, DivergenceStopsWithTheStepAndLayer) {
  // w = 1e30 on x = 1e30 overflows float at the first forward.
  const std::string model =
      R"({"input":[1],"layers":[{"type":"dense","out":1,"weight":[[1e30]],"bias":[0]}]})";
  const gs::test::CliResult r =
      runCli({"train", "--model", model, "--data", R"({"x":[[1e30]],"y":[[0]]})", "--loss", "mse",
              "--optimizer", "sgd", "--lr", "0.1", "--batch", "1", "--steps", "2"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.err, "gradscope-cli train: step 1: activation of layer 0 (dense) is inf\n");
}
