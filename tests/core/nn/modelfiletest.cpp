#include "core/nn/modelfile.h"
#include "core/error.h"
#include "core/jsontensor.h"
#include "core/nn/gradcheck.h"
#include "core/nn/lenet.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace gs;
using namespace gs::test;

namespace {

std::string errorOf(const nlohmann::json& model) {
  Rng rng(1);
  try {
    networkFromJson(model, rng);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

nlohmann::json small() {
  return nlohmann::json::parse(R"({"input": [1, 4, 4], "layers": [
    {"type": "conv2d", "out_channels": 2, "kernel": 3, "padding": "same"},
    {"type": "relu"},
    {"type": "maxpool2d", "kernel": 2},
    {"type": "flatten"},
    {"type": "dense", "out": 3}]})");
}

/// A nested array of zeros of the given shape.
nlohmann::json tensorJson(const Shape& shape) {
  return tensorToJson(Tensor(shape));
}

nlohmann::json readJsonFileForTest(const std::string& path) {
  return readJsonFile(path);
}

std::string tempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("gradscope-nn-" + std::to_string(::getpid()) + "-" + name))
      .string();
}

} // namespace

TEST(ModelFile, RoundTripKeepsEveryLayerAndWeight) {
  const nlohmann::json model = nlohmann::json::parse(R"({"input": [2, 6, 6], "layers": [
    {"type": "conv2d", "out_channels": 3, "kernel": [3, 2], "stride": [1, 2], "dilation": 2,
     "padding": [1, 2, 0, 1], "init": {"name": "normal", "std": 0.5}},
    {"type": "batchnorm", "momentum": 0.2},
    {"type": "leaky_relu", "slope": 0.1},
    {"type": "avgpool2d", "kernel": 2, "stride": 1, "padding": 1},
    {"type": "dropout", "p": 0.25, "seed": 7},
    {"type": "residual", "layers": [{"type": "conv2d", "out_channels": 3, "kernel": 3,
                                     "padding": "same"}, {"type": "elu", "alpha": 0.5}]},
    {"type": "flatten"},
    {"type": "dense", "out": 5, "bias_init": "zeros"},
    {"type": "sigmoid"}, {"type": "tanh"}, {"type": "softmax"}]})");
  Rng rng(3);
  Network net = networkFromJson(model, rng);
  net.forward(randomTensor({2, 2, 6, 6}, rng), true); // changes the running statistics
  const std::string path = tempPath("roundtrip.json");
  saveModelFile(net, path);
  Rng other(99);
  Network loaded = loadModelFile(path, other);
  std::filesystem::remove(path);
  EXPECT_EQ(loaded.toJson(), net.toJson());
  const Tensor x = randomTensor({2, 2, 6, 6}, rng);
  EXPECT_EQ(loaded.forward(x, false), net.forward(x, false));
  EXPECT_EQ(loaded.summary().size(), 11u);
}

TEST(ModelFile, GivenWeightsAreUsedAndMissingOnesDrawn) {
  nlohmann::json model = {{"input", {2}},
                          {"layers", {{{"type", "dense"}, {"out", 1}, {"weight", {{1.5, -2}}}}}}};
  Rng rng(1);
  Network net = networkFromJson(model, rng);
  EXPECT_EQ(net.params()[0]->value, Tensor({1, 2}, {1.5f, -2.0f}));
  // the bias was drawn from U(−1/√2, 1/√2)
  EXPECT_LE(std::abs(net.params()[1]->value[0]), 1 / std::sqrt(2.0f));
  // reinitialising keeps the weights of the file
  Rng again(2);
  net.initialize(again);
  EXPECT_EQ(net.params()[0]->value, Tensor({1, 2}, {1.5f, -2.0f}));
}

TEST(ModelFile, UnknownFieldNamesLayerAndField) {
  nlohmann::json model = small();
  model["layers"][0]["kernal"] = 3;
  EXPECT_EQ(errorOf(model), "layer 0 (conv2d): unknown field 'kernal'");
  model = small();
  model["layers"][1]["slope"] = 0.1;
  EXPECT_EQ(errorOf(model), "layer 1 (relu): unknown field 'slope'");
  model = small();
  model["output"] = 3;
  EXPECT_EQ(errorOf(model), "model: unknown field 'output'");
}

TEST(ModelFile, UnknownTypeAndMissingFields) {
  nlohmann::json model = small();
  model["layers"][4]["type"] = "dens";
  EXPECT_EQ(errorOf(model).rfind("layer 4 (dens): unknown layer type 'dens'", 0), 0u);
  model = small();
  model["layers"][4].erase("out");
  EXPECT_EQ(errorOf(model), "layer 4 (dense): missing field 'out'");
  model = small();
  model["layers"][0]["stride"] = 0;
  EXPECT_EQ(errorOf(model).rfind("layer 0 (conv2d): 'stride'", 0), 0u) << errorOf(model);
  model = small();
  model["layers"][0]["padding"] = "sometimes";
  EXPECT_EQ(errorOf(model).rfind("layer 0 (conv2d): unknown padding mode", 0), 0u);
  model = small();
  model.erase("input");
  EXPECT_EQ(errorOf(model), "model: missing field 'input' ([C, H, W] or [F])");
  model = small();
  model["layers"][2] = 5;
  EXPECT_EQ(errorOf(model), "layer 2: expected a JSON object, got 5");
}

TEST(ModelFile, WrongWeightShapeNamesLayerFieldAndShapes) {
  nlohmann::json model = small();
  model["layers"][0]["weight"] = tensorJson({2, 1, 2, 3});
  EXPECT_EQ(errorOf(model),
            "layer 0 (conv2d): weight has shape [2, 1, 2, 3], expected [2, 1, 3, 3]");
  model = small();
  model["layers"][4]["bias"] = {1, 2};
  EXPECT_EQ(errorOf(model), "layer 4 (dense): bias has shape [2], expected [3]");
  model = small();
  model["layers"][4]["weight"] = tensorJson({3, 5});
  EXPECT_EQ(errorOf(model), "layer 4 (dense): expects 5 inputs, got 8");
  model = small();
  model["layers"][4]["weight"] = {1, 2, 3};
  EXPECT_EQ(errorOf(model), "layer 4 (dense): weight: expected 2 dimensions, got 1 (shape [3])");
}

TEST(ModelFile, DenseAfterAnImageNamesTheFix) {
  nlohmann::json model = small();
  model["layers"].erase(3);
  EXPECT_EQ(errorOf(model), "layer 3 (dense): expects a vector of features, got an input of "
                            "shape [2, 2, 2] (add a flatten layer before it)");
}

TEST(ModelFile, KernelLargerThanPaddedInput) {
  nlohmann::json model = small();
  model["layers"][0]["kernel"] = 7;
  model["layers"][0]["padding"] = 1;
  const std::string message = errorOf(model);
  EXPECT_EQ(message.rfind("layer 0 (conv2d): ", 0), 0u) << message;
  EXPECT_NE(message.find("larger than the padded input"), std::string::npos) << message;
}

TEST(ModelFile, MalformedJsonNamesTheFile) {
  const std::string path = tempPath("malformed.json");
  std::ofstream(path) << R"({"input": [1, 4, 4], "layers": [ {"type": "relu"},, ]})";
  Rng rng(1);
  try {
    loadModelFile(path, rng);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
  std::filesystem::remove(path);
  EXPECT_THROW(loadModelFile(tempPath("missing.json"), rng), InputError);
}

TEST(ModelFile, LoadErrorsNameTheFileAndLayer) {
  const std::string path = tempPath("badfield.json");
  nlohmann::json model = small();
  model["layers"][2]["strid"] = 2;
  std::ofstream(path) << model.dump();
  Rng rng(1);
  try {
    loadModelFile(path, rng);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), path + ": layer 2 (maxpool2d): unknown field 'strid'");
  }
  std::filesystem::remove(path);
}

TEST(ModelFile, SaveReplacesAtomically) {
  const std::string path = tempPath("atomic.json");
  std::ofstream(path) << "old";
  Rng rng(1);
  saveModelFile(networkFromJson(small(), rng), path);
  EXPECT_FALSE(std::filesystem::exists(path + ".tmp"));
  EXPECT_EQ(readJsonFileForTest(path)["input"], nlohmann::json({1, 4, 4}));
  std::filesystem::remove(path);
  EXPECT_THROW(saveModelFile(networkFromJson(small(), rng), "/nonexistent-dir/model.json"),
               InputError);
}
