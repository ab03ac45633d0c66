// The Trainer: batching rules, determinism, rewinding, probes, penalties, clipping, schedules,
// early stopping and the NaN / Inf stop. Models are tiny so every expected number can be
// worked out by hand; the reasoning is written beside each.
#include "core/train/trainer.h"
#include "core/data/datafile.h"
#include "core/data/synthetic.h"
#include "core/error.h"
#include "core/nn/modelfile.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>

using nlohmann::json;

namespace {

// x_i = i, y_i = sign · i for i = 0..9 (a regression set).
gs::Dataset line(double sign = 1) {
  json x = json::array(), y = json::array();
  for (int i = 0; i < 10; ++i) {
    x.push_back({i});
    y.push_back({sign * i});
  }
  return gs::datasetFromJson({{"x", x}, {"y", y}}, "line");
}

gs::Network model(const json& m, std::uint64_t seed = 0) {
  gs::Rng rng(seed);
  return gs::networkFromJson(m, rng);
}

// y = w·x + b with w = b = 0.
const json kLinear = {
    {"input", {1}},
    {"layers", {{{"type", "dense"}, {"out", 1}, {"weight", {{0.0}}}, {"bias", {0.0}}}}}};

gs::TrainerConfig sgd(double lr, long batch, bool shuffle, const std::string& loss = "mse") {
  gs::TrainerConfig c;
  c.loss = loss;
  c.optimizer.name = "sgd";
  c.optimizer.lr = lr;
  c.batchSize = batch;
  c.shuffle = shuffle;
  return c;
}

gs::TrainerConfig spiralConfig() {
  gs::TrainerConfig c = sgd(0.1, 16, true, "cross_entropy");
  c.optimizer.name = "adam";
  c.optimizer.lr = 0.01;
  c.seed = 9;
  return c;
}

const json kMlp = {{"input", {2}},
                   {"layers",
                    {{{"type", "dense"}, {"out", 8}},
                     {{"type", "tanh"}},
                     {{"type", "dense"}, {"out", 8}},
                     {{"type", "relu"}},
                     {{"type", "dense"}, {"out", 3}}}}};

gs::Trainer spiralTrainer() {
  gs::SyntheticOptions o;
  o.classes = 3;
  o.samples = 120;
  return gs::Trainer(model(kMlp, 4), gs::makeSynthetic("spiral", o), {}, spiralConfig());
}

std::vector<double> run(gs::Trainer& t, int steps) {
  std::vector<double> losses;
  for (int i = 0; i < steps; ++i)
    losses.push_back(t.step().loss);
  return losses;
}

} // namespace

TEST(Trainer, ConsecutiveSlicesWithoutShuffling) {
  // lr 1e-12 keeps w, b at 0 to within 1e-9, so the MSE of a batch is mean(y²) over its
  // samples: [0..3] -> 14/4 = 3.5, [4..7] -> 126/4 = 31.5, [8, 9] -> 145/2 = 72.5, then the
  // next epoch starts again at sample 0.
  gs::Trainer t(model(kLinear), line(), {}, sgd(1e-12, 4, false));
  EXPECT_EQ(t.stepsPerEpoch(), 3);
  const double expected[] = {3.5, 31.5, 72.5, 3.5, 31.5};
  const long sizes[] = {4, 4, 2, 4, 4};
  for (int i = 0; i < 5; ++i) {
    const gs::StepRecord r = t.step();
    EXPECT_NEAR(r.loss, expected[i], 1e-6) << "step " << i + 1;
    EXPECT_EQ(r.batchSize, sizes[i]);
    EXPECT_EQ(r.step, i + 1);
    EXPECT_EQ(r.epoch, i < 3 ? 0 : 1);
    EXPECT_EQ(r.epochEnded, i == 2);
  }
  EXPECT_EQ(t.epochCount(), 1);
  // "full" (0) is one batch of all ten: mean(y²) = 285/10; batch 1 is sample by sample.
  gs::Trainer full(model(kLinear), line(), {}, sgd(1e-12, 0, false));
  EXPECT_NEAR(full.step().loss, 28.5, 1e-6);
  EXPECT_EQ(full.stepsPerEpoch(), 1);
  gs::Trainer single(model(kLinear), line(), {}, sgd(1e-12, 1, false));
  run(single, 3);
  EXPECT_NEAR(single.step().loss, 9.0, 1e-6); // sample 3
}

TEST(Trainer, ShuffledEpochsCoverEverySampleOnce) {
  gs::TrainerConfig c = sgd(1e-12, 3, true);
  c.seed = 5;
  gs::Trainer t(model(kLinear), line(), {}, c);
  gs::Trainer same(model(kLinear), line(), {}, c);
  // Σ over an epoch of loss × batch size = Σ y² = 285 whatever the order.
  double sum = 0;
  std::vector<double> first;
  for (int i = 0; i < 4; ++i) {
    const gs::StepRecord r = t.step();
    sum += r.loss * static_cast<double>(r.batchSize);
    first.push_back(r.loss);
    EXPECT_DOUBLE_EQ(same.step().loss, r.loss);
  }
  EXPECT_NEAR(sum, 285.0, 1e-5);
  EXPECT_NE(first, (std::vector<double>{5.0 / 3, 50.0 / 3, 149.0 / 3, 81.0})); // not data order
}

TEST(Trainer, SameSeedSameRunAndResetReplays) {
  gs::Trainer a = spiralTrainer();
  gs::Trainer b = spiralTrainer();
  const std::vector<double> la = run(a, 25);
  EXPECT_EQ(la, run(b, 25));
  EXPECT_LT(la.back(), la.front());
  a.reset();
  EXPECT_EQ(a.stepCount(), 0);
  EXPECT_TRUE(a.view().losses.empty());
  EXPECT_EQ(run(a, 25), la);
}

TEST(Trainer, SnapshotRestoreRewindsEverything) {
  gs::Trainer t = spiralTrainer();
  run(t, 7); // crosses no epoch end yet: 120 / 16 = 8 steps per epoch
  const gs::TrainerCheckpoint c = t.snapshot();
  const std::vector<double> after = run(t, 6); // crosses the end of epoch 0
  t.restore(c);
  EXPECT_EQ(t.stepCount(), 7);
  EXPECT_EQ(t.view().losses.size(), 7u);
  EXPECT_EQ(run(t, 6), after);
  // A checkpoint outlives further training: restoring twice gives the same run again.
  t.restore(c);
  EXPECT_EQ(run(t, 6), after);
}

TEST(Trainer, NanOrInfStopsNamingStepLayerAndQuantity) {
  // w = 1e30 on x = 1e30 overflows float: the dense output is inf at step 1.
  const json huge = {
      {"input", {1}},
      {"layers", {{{"type", "dense"}, {"out", 1}, {"weight", {{1e30}}}, {"bias", {0}}}}}};
  const gs::Dataset d = gs::datasetFromJson({{"x", {{1e30}}}, {"y", {{0}}}}, "huge");
  gs::Trainer t(model(huge), d, {}, sgd(0.1, 1, false));
  gs::StepRecord r = t.step();
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.message, "step 1: activation of layer 0 (dense) is inf");
  EXPECT_TRUE(t.stopped());
  EXPECT_FALSE(t.step().ok);
  EXPECT_EQ(t.stepCount(), 0);

  // sigmoid(inf) = 1 gives a finite loss; the probes still catch the inf activation.
  json hidden = huge;
  hidden["layers"].push_back({{"type", "sigmoid"}});
  gs::Trainer h(model(hidden), d, {}, sgd(0.1, 1, false));
  EXPECT_EQ(h.step().message, "step 1: activation of layer 0 (dense) is inf");

  // Finite output (1e10 · 1e20 = 1e30) but ∂L/∂w = 2·1e30·1e20 overflows.
  const json big = {
      {"input", {1}},
      {"layers", {{{"type", "dense"}, {"out", 1}, {"weight", {{1e10}}}, {"bias", {0}}}}}};
  gs::Trainer g(model(big), gs::datasetFromJson({{"x", {{1e20}}}, {"y", {{0}}}}, "big"), {},
                sgd(0.1, 1, false));
  EXPECT_EQ(g.step().message, "step 1: gradient of layer 0 (dense) weight is inf");
}

TEST(Trainer, ProbesOfAKnownNetwork) {
  // dense 1 -> 4 with w = [1, -1, 2, -2], b = 0, then ReLU, then a sum by dense 4 -> 1.
  // x = 1, 2: ReLU outputs [1, 0, 2, 0] and [2, 0, 4, 0].
  const json m = {
      {"input", {1}},
      {"layers",
       {{{"type", "dense"}, {"out", 4}, {"weight", {{1}, {-1}, {2}, {-2}}}, {"bias", {0, 0, 0, 0}}},
        {{"type", "relu"}},
        {{"type", "dense"}, {"out", 1}, {"weight", {{1, 1, 1, 1}}}, {"bias", {0}}}}}};
  const gs::Dataset d = gs::datasetFromJson({{"x", {{1}, {2}}}, {"y", {{0}, {0}}}}, "two");
  gs::Trainer t(model(m), d, {}, sgd(0.01, 0, false));
  const gs::StepRecord r = t.step();
  ASSERT_EQ(r.probes.size(), 3u);
  const gs::LayerProbe& relu = r.probes[1];
  EXPECT_EQ(relu.type, "relu");
  EXPECT_DOUBLE_EQ(*relu.dead, 0.5);      // four zeros of eight
  EXPECT_DOUBLE_EQ(relu.mean, 9.0 / 8.0); // (1 + 2 + 2 + 4) / 8
  EXPECT_NEAR(relu.std, std::sqrt(25.0 / 8 - 81.0 / 64), 1e-12);
  EXPECT_FALSE(relu.saturated.has_value());
  EXPECT_EQ(relu.histogramMin, 0.0f);
  EXPECT_EQ(relu.histogramMax, 3.0f);
  // [0, 3] in 30 bins of 0.1: 0 -> bin 0 (×4), 1 -> bin 10, 2 -> bin 20 (×2), 4 -> last bin.
  std::vector<int> hist(30, 0);
  hist[0] = 4;
  hist[10] = 1;
  hist[20] = 2;
  hist[29] = 1;
  EXPECT_EQ(relu.histogram, hist);
  const gs::LayerProbe& first = r.probes[0];
  EXPECT_TRUE(first.hasWeights);
  EXPECT_NEAR(first.weightNorm, std::sqrt(10.0), 1e-6);
  // SGD: ΔW = -lr·∂L/∂W, so ‖ΔW‖/‖W‖ = lr·‖∂L/∂W‖/‖W‖.
  EXPECT_NEAR(first.updateRatio, 0.01 * first.weightGradNorm / first.weightNorm, 1e-6);
  EXPECT_GT(first.weightGradNorm, 0.0);
  EXPECT_FALSE(r.probes[1].hasWeights);

  gs::TrainerConfig off = sgd(0.01, 0, false);
  off.probes = false;
  gs::Trainer quiet(model(m), d, {}, off);
  const gs::StepRecord q = quiet.step();
  EXPECT_TRUE(q.probes.empty());
  EXPECT_DOUBLE_EQ(q.loss, r.loss);
}

TEST(Trainer, SaturationOfSigmoidAndTanh) {
  // dense 1 -> 2 with w = [10, 0.1]: x = 1 gives z = [10, 0.1]; σ(10) = 0.99995 (saturated),
  // σ(0.1) = 0.525 (not); tanh(10) ≈ 1 (saturated), tanh(0.1) = 0.0997 (not).
  for (const std::string act : {"sigmoid", "tanh"}) {
    const json m = {{"input", {1}},
                    {"layers",
                     {{{"type", "dense"}, {"out", 2}, {"weight", {{10}, {0.1}}}, {"bias", {0, 0}}},
                      {{"type", act}}}}};
    const gs::Dataset d = gs::datasetFromJson({{"x", {{1}}}, {"y", {{0, 0}}}}, "one");
    gs::Trainer t(model(m), d, {}, sgd(0.01, 1, false));
    EXPECT_DOUBLE_EQ(*t.step().probes[1].saturated, 0.5) << act;
  }
}

TEST(Trainer, L1PenaltyAndClipping) {
  // One step of SGD from w = 0.5, b = 0 on x = 1, y = 0: ∂L/∂w = 2·0.5·1 = 1.
  const json m = {
      {"input", {1}},
      {"layers", {{{"type", "dense"}, {"out", 1}, {"weight", {{0.5}}}, {"bias", {0}}}}}};
  const gs::Dataset d = gs::datasetFromJson({{"x", {{1}}}, {"y", {{0}}}}, "one");
  gs::TrainerConfig c = sgd(0.1, 1, false);
  c.l1 = 0.2;
  gs::Trainer t(model(m), d, {}, c);
  const gs::StepRecord r = t.step();
  EXPECT_DOUBLE_EQ(r.loss, 0.25);          // data loss only
  EXPECT_NEAR(r.penalty, 0.2 * 0.5, 1e-9); // λ|w|
  // w' = 0.5 - 0.1·(1 + 0.2·sign(0.5)) = 0.38; the bias has no L1 term: b' = -0.1·1.
  const json after = t.network().toJson();
  EXPECT_NEAR(after["layers"][0]["weight"][0][0].get<double>(), 0.38, 1e-7);
  EXPECT_NEAR(after["layers"][0]["bias"][0].get<double>(), -0.1, 1e-7);

  // Global norm: the gradient (1, 1) has norm √2; clipped to 0.5 it is (1, 1)·0.5/(√2 + 1e-6).
  gs::TrainerConfig n = sgd(0.1, 1, false);
  n.clipNorm = 0.5;
  gs::Trainer tn(model(m), d, {}, n);
  EXPECT_NEAR(tn.step().gradNorm, std::sqrt(2.0), 1e-6); // reported before clipping
  const double scale = 0.5 / (std::sqrt(2.0) + 1e-6);
  EXPECT_NEAR(tn.network().toJson()["layers"][0]["weight"][0][0].get<double>(), 0.5 - 0.1 * scale,
              1e-7);
  // By value: each element clamped to ±0.3.
  gs::TrainerConfig v = sgd(0.1, 1, false);
  v.clipValue = 0.3;
  gs::Trainer tv(model(m), d, {}, v);
  tv.step();
  EXPECT_NEAR(tv.network().toJson()["layers"][0]["weight"][0][0].get<double>(), 0.47, 1e-7);
}

TEST(Trainer, ScheduleChangesLearningRatePerEpoch) {
  gs::TrainerConfig c = sgd(0.1, 5, false);
  c.schedule.name = "step";
  c.schedule.stepSize = 1;
  c.schedule.gamma = 0.5;
  gs::Trainer t(model(kLinear), line(), {}, c);
  EXPECT_DOUBLE_EQ(t.step().learningRate, 0.1);
  EXPECT_DOUBLE_EQ(t.step().learningRate, 0.1); // ends epoch 0
  EXPECT_DOUBLE_EQ(t.step().learningRate, 0.05);
  EXPECT_EQ(t.view().epochs.size(), 1u);
}

TEST(Trainer, EarlyStoppingOnValidationLoss) {
  // Training pulls w towards +1 (y = x) while validation wants -1 (y = -x): the validation
  // loss grows every epoch. Epoch 0 sets the best; epochs 1 and 2 fail to improve; with
  // patience 2 the run stops at the end of epoch 2 (step 3 with full batches).
  gs::TrainerConfig c = sgd(0.001, 0, false);
  c.patience = 2;
  gs::Trainer t(model(kLinear), line(), line(-1), c);
  EXPECT_TRUE(t.step().ok);
  EXPECT_TRUE(t.step().ok);
  const gs::StepRecord last = t.step();
  EXPECT_TRUE(last.ok);
  EXPECT_NE(last.message.find("early stopping after epoch 3"), std::string::npos) << last.message;
  EXPECT_TRUE(t.stopped());
  EXPECT_FALSE(t.step().ok);
  const auto& epochs = t.view().epochs;
  ASSERT_EQ(epochs.size(), 3u);
  EXPECT_LT(epochs[0].validation->loss, epochs[1].validation->loss);
  EXPECT_LT(epochs[1].validation->loss, epochs[2].validation->loss);
}

TEST(Trainer, EvaluationConfusionMatrix) {
  gs::Trainer t = spiralTrainer();
  for (int i = 0; i < 3; ++i)
    t.epoch();
  gs::SyntheticOptions o;
  o.classes = 3;
  o.samples = 60;
  o.seed = 1;
  const gs::Evaluation e = t.evaluate(gs::makeSynthetic("spiral", o));
  ASSERT_EQ(e.confusion.size(), 3u);
  long total = 0, diagonal = 0;
  for (int i = 0; i < 3; ++i) {
    long row = 0;
    for (int j = 0; j < 3; ++j)
      row += e.confusion[i][j];
    EXPECT_EQ(row, 20); // 60 samples, balanced
    total += row;
    diagonal += e.confusion[i][i];
  }
  EXPECT_EQ(total, 60);
  EXPECT_DOUBLE_EQ(*e.accuracy, diagonal / 60.0);
}

TEST(Trainer, RejectsDataThatDoesNotFit) {
  const auto message = [](const std::function<void()>& f) {
    try {
      f();
    } catch (const gs::InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message([] { gs::Trainer(model(kLinear), line(), {}, sgd(0.1, 11, false)); }),
            "batch size 11 is larger than the data set (10 samples)");
  EXPECT_EQ(message([] { gs::Trainer(model(kMlp), line(), {}, sgd(0.1, 2, false)); }),
            "the data's samples have shape [1] but the model's input is [2]");
  // Regression targets where class indices are needed.
  json x = json::array(), y = json::array();
  for (int i = 0; i < 4; ++i) {
    x.push_back({0.1 * i, 0.2});
    y.push_back(0.5);
  }
  const gs::Dataset fractional = gs::datasetFromJson({{"x", x}, {"y", y}}, "frac.json");
  EXPECT_NE(message([&] {
              gs::Trainer(model(kMlp), fractional, {}, sgd(0.1, 2, false, "nll"));
            }).find("not whole numbers"),
            std::string::npos);
  gs::TrainerConfig bad = sgd(0.1, 2, false);
  bad.optimizer.lr = std::nan("");
  EXPECT_THROW(gs::Trainer(model(kLinear), line(), {}, bad), gs::InputError);
}
