// Experiment files: round trip, unknown fields, and a trainer built from one.
#include "core/train/experiment.h"
#include "core/error.h"
#include "core/train/presets.h"

#include <gtest/gtest.h>

#include <filesystem>

TEST(Experiment, RoundTripThroughAFile) {
  gs::Experiment e;
  gs::PresetOptions o;
  o.input = {2};
  o.classes = 3;
  o.width = 8;
  e.model = gs::presetModel("mlp", o);
  e.data = gs::parseDataSpec("synthetic:spiral");
  e.samples = 90;
  e.classes = 3;
  e.validation = 0.2;
  e.trainer.optimizer.name = "adam";
  e.trainer.optimizer.lr = 0.01;
  e.trainer.batchSize = 0;
  e.trainer.seed = 12;
  e.trainer.schedule.name = "cosine";
  e.trainer.schedule.tMax = 5;
  e.trainer.patience = 3;
  const std::string path =
      (std::filesystem::temp_directory_path() / "gradscope-experimenttest.json").string();
  gs::writeExperimentFile(e, path);
  const gs::Experiment back = gs::readExperimentFile(path);
  EXPECT_EQ(gs::experimentToJson(back), gs::experimentToJson(e));
  EXPECT_EQ(back.trainer.batchSize, 0);
  EXPECT_EQ(back.trainer.schedule.name, "cosine");

  // 90 samples, 20 % validation: 72 to train on, 18 held out; full batch = 1 step per epoch.
  gs::Trainer t = gs::makeTrainer(back);
  EXPECT_EQ(t.trainData().size(), 72u);
  EXPECT_EQ(t.validationData().size(), 18u);
  EXPECT_EQ(t.stepsPerEpoch(), 1);
  const gs::StepRecord r = t.step();
  EXPECT_TRUE(r.epochEnded);
  ASSERT_TRUE(t.view().epochs[0].validation.has_value());
  // Same file, same seed: the same first loss.
  EXPECT_DOUBLE_EQ(gs::makeTrainer(gs::readExperimentFile(path)).step().loss, r.loss);
}

TEST(Experiment, ErrorsNameTheField) {
  const auto message = [](const nlohmann::json& j) {
    try {
      gs::experimentFromJson(j);
    } catch (const gs::InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const nlohmann::json model = gs::presetModel("logistic_regression", {});
  EXPECT_EQ(message({{"model", model}, {"data", "shapes"}, {"lr", 0.1}}),
            "experiment: unknown field 'lr'");
  EXPECT_EQ(message({{"model", model}, {"data", "shapes"}, {"optimizer", {{"nmae", "sgd"}}}}),
            "experiment: optimizer: unknown field 'nmae'");
  EXPECT_EQ(message({{"model", model}, {"data", "shapes"}, {"batch", 0}}),
            "experiment.batch: expected a whole number ≥ 1 or \"full\"");
  EXPECT_EQ(message({{"data", "shapes"}}), "experiment: needs \"model\" and \"data\"");
  EXPECT_NE(message({{"model", model}, {"data", "mnist"}}).find("data 'mnist'"), std::string::npos);
}
