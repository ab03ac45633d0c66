// Comparing optimizers on one network: every run starts from the same weights and sees the same
// batches, so equal configs give equal curves and only the update rule makes them differ; a
// diverging run stops at its step while the others go on.
#include "core/train/comparison.h"
#include "core/data/synthetic.h"
#include "core/error.h"
#include "core/nn/modelfile.h"
#include "core/train/presets.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>

namespace {

struct SpiralSetup {
  gs::Network network;
  gs::Dataset train, validation;
  gs::TrainerConfig base;
};

// A small MLP (2 → 16 → 16 → 3) on 120 spiral points, 24 of them held out; batch 16 with
// shuffling, so an epoch is ceil(96 / 16) = 6 steps.
SpiralSetup spiral() {
  gs::SyntheticOptions data;
  data.samples = 120;
  data.classes = 3;
  data.seed = 4;
  SpiralSetup s;
  std::tie(s.train, s.validation) = gs::makeSynthetic("spiral", data).split(0.2, 4);
  gs::PresetOptions o;
  o.input = {2};
  o.classes = 3;
  o.width = 16;
  gs::Rng rng(7);
  s.network = gs::networkFromJson(gs::presetModel("mlp", o), rng);
  s.base.batchSize = 16;
  s.base.seed = 11;
  return s;
}

gs::OptimizerConfig optimizer(const std::string& courseName, double lr) {
  gs::OptimizerConfig c = gs::presetConfig(courseName);
  c.lr = lr;
  return c;
}

gs::Comparison compare(const SpiralSetup& s, std::vector<gs::OptimizerConfig> optimizers,
                       long epochs, long maxSteps = 0) {
  gs::ComparisonPlan plan;
  plan.optimizers = std::move(optimizers);
  plan.epochs = epochs;
  plan.maxSteps = maxSteps;
  return gs::Comparison(s.network, s.train, s.validation, s.base, plan);
}

} // namespace

TEST(Comparison, EveryRunStartsFromTheSameLossAsOneTrainerWould) {
  const SpiralSetup s = spiral();
  gs::Comparison c =
      compare(s, {optimizer("sgd", 0.1), optimizer("momentum", 0.05), optimizer("adam", 0.01)}, 2);
  EXPECT_EQ(c.stepsPerEpoch(), 6);
  EXPECT_EQ(c.stepsPerRun(), 12);
  c.run();
  ASSERT_TRUE(c.finished());
  EXPECT_DOUBLE_EQ(c.progress(), 1.0);

  // The reference: one Trainer of its own on the same network, data and seed. Its first loss
  // is computed before any update, so it cannot depend on the optimizer.
  gs::TrainerConfig config = s.base;
  config.optimizer = optimizer("sgd", 0.1);
  gs::Trainer alone(s.network, s.train, s.validation, config);
  const double first = alone.step().loss;
  ASSERT_TRUE(std::isfinite(first));
  for (const gs::ComparisonRun& run : c.runs()) {
    ASSERT_EQ(run.steps(), 12);
    EXPECT_EQ(run.losses.front(), first);
    EXPECT_EQ(run.divergedAt, 0);
    // Two epochs: ends at steps 6 and 12, each with a validation loss and accuracy.
    EXPECT_EQ(run.epochEndSteps, (std::vector<long>{6, 12}));
    ASSERT_EQ(run.validationLoss.size(), 2u);
    EXPECT_TRUE(std::isfinite(run.validationLoss[1]));
    EXPECT_GE(run.validationAccuracy[1], 0.0);
    EXPECT_LE(run.validationAccuracy[1], 1.0);
  }
  // The SGD run is exactly the lone trainer's run: same batches, same updates.
  alone.epoch();
  alone.epoch();
  EXPECT_EQ(alone.view().losses, c.runs()[0].losses);
  EXPECT_EQ(alone.evaluate().loss, c.runs()[0].validationLoss[1]);
}

TEST(Comparison, EqualConfigsGiveEqualCurvesDifferentOptimizersDifferent) {
  const SpiralSetup s = spiral();
  gs::Comparison c =
      compare(s, {optimizer("adam", 0.01), optimizer("sgd", 0.01), optimizer("adam", 0.01)}, 3);
  c.run();
  const auto& runs = c.runs();
  // Same initial weights, same batch order, same update rule: bit for bit the same.
  EXPECT_EQ(runs[0].losses, runs[2].losses);
  EXPECT_EQ(runs[0].validationLoss, runs[2].validationLoss);
  // SGD and Adam share step 1 (before any update) and part from step 2 on.
  EXPECT_EQ(runs[0].losses[0], runs[1].losses[0]);
  EXPECT_NE(runs[0].losses[1], runs[1].losses[1]);
  EXPECT_NE(runs[0].validationLoss.back(), runs[1].validationLoss.back());
}

TEST(Comparison, ADivergingRunStopsAtItsStepTheOthersContinue) {
  const SpiralSetup s = spiral();
  // lr 1e30: step 1 is computed before any update (finite, the same as everyone's); its update
  // moves the weights by ~1e30 · g, so step 2's forward pass overflows float (max ~3.4e38) and
  // its loss or gradient is no longer finite: diverged at step 2.
  gs::Comparison c = compare(s, {optimizer("sgd", 0.1), optimizer("sgd", 1e30)}, 4, 20);
  EXPECT_EQ(c.stepsPerRun(), 20); // 4 epochs would be 24 steps; 20 is the limit
  c.run();
  ASSERT_TRUE(c.finished());
  const gs::ComparisonRun& good = c.runs()[0];
  const gs::ComparisonRun& bad = c.runs()[1];
  EXPECT_EQ(good.steps(), 20);
  EXPECT_EQ(good.divergedAt, 0);
  ASSERT_EQ(bad.divergedAt, 2);
  // The steps before the divergence are recorded, the diverged one is not.
  EXPECT_EQ(bad.steps(), bad.divergedAt - 1);
  EXPECT_EQ(bad.losses.front(), good.losses.front());
  EXPECT_NE(bad.message.find("step " + std::to_string(bad.divergedAt)), std::string::npos);
  EXPECT_DOUBLE_EQ(c.progress(), 1.0);
}

TEST(Comparison, StopsBetweenStepsWhenCancelled) {
  const SpiralSetup s = spiral();
  gs::Comparison c = compare(s, {optimizer("sgd", 0.1), optimizer("adam", 0.01)}, 2);
  std::atomic<bool> cancel{true};
  c.run(&cancel);
  EXPECT_EQ(c.stepsDone(), 0);
  // Round by round: each round is one step of every run.
  EXPECT_TRUE(c.round());
  EXPECT_TRUE(c.round());
  EXPECT_EQ(c.runs()[0].steps(), 2);
  EXPECT_EQ(c.runs()[1].steps(), 2);
  EXPECT_DOUBLE_EQ(c.progress(), 4.0 / 24.0);
  EXPECT_FALSE(c.finished());
}

TEST(Comparison, BadInputNamesTheOptimizer) {
  const SpiralSetup s = spiral();
  try {
    compare(s, {optimizer("sgd", 0.1), optimizer("adam", 0.0)}, 1);
    FAIL() << "lr 0 must be refused";
  } catch (const gs::InputError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("optimizer 2 (adam): ", 0), 0u) << e.what();
  }
  EXPECT_THROW(compare(s, {}, 1), gs::InputError);
  EXPECT_THROW(compare(s, {optimizer("sgd", 0.1)}, 0), gs::InputError);
}

TEST(Comparison, FromAnExperimentFileLikeSetup) {
  gs::Experiment e;
  gs::PresetOptions o;
  o.input = {2};
  o.classes = 2;
  o.width = 8;
  e.model = gs::presetModel("mlp", o);
  e.data = gs::parseDataSpec("synthetic:moons");
  e.samples = 100;
  e.validation = 0.2;
  e.trainer.batchSize = 20;
  e.trainer.seed = 3;
  gs::ComparisonPlan plan;
  plan.optimizers = {optimizer("rmsprop", 0.01), optimizer("nesterov", 0.05)};
  plan.epochs = 1;
  gs::Comparison c = gs::makeComparison(e, plan);
  // 100 samples, 20 held out: 80 / 20 = 4 steps.
  EXPECT_EQ(c.stepsPerRun(), 4);
  c.run();
  // The same experiment trained by makeTrainer with the first optimizer gives its curve.
  e.trainer.optimizer = plan.optimizers[0];
  gs::Trainer t = gs::makeTrainer(e);
  t.epoch();
  EXPECT_EQ(t.view().losses, c.runs()[0].losses);
  EXPECT_EQ(c.runs()[1].losses.front(), c.runs()[0].losses.front());
  EXPECT_TRUE(c.runs()[1].optimizer.nesterov); // "nesterov" is sgd with Nesterov momentum
}
