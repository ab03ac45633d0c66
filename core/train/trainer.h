#pragma once
// The step-by-step trainer (DESIGN.md sections 2 and 4.3). One step() is one mini-batch:
// forward → loss → backward → clip → optimizer update, and it reports the loss computed
// before its update. Never a closed loop: the CLI and the GUI's worker call step() / epoch()
// and look at what came back. Not thread-safe: one thread owns a Trainer.
//
// Batches: batchSize 0 means the whole data set (BGD), 1 is SGD, anything else MBGD.
// Without shuffling the batches are consecutive slices in data order, the last slice of an
// epoch may be shorter and the next epoch starts again at sample 0. With shuffling each
// epoch's order is a permutation drawn from Rng(seed), epoch after epoch.
#include "../data/dataset.h"
#include "../nn/loss.h"
#include "../nn/network.h"
#include "../optim/optimizer.h"
#include "../optim/schedule.h"
#include "probes.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gs {

struct TrainerConfig {
  std::string loss = "cross_entropy";
  OptimizerConfig optimizer; ///< its weightDecay is the L2 penalty (torch's weight_decay)
  long batchSize = 32;       ///< 0 = the whole data set (BGD)
  bool shuffle = true;
  std::uint64_t seed = 0; ///< drives the shuffling (weights are drawn by the model loader)
  double l1 = 0;          ///< L1 penalty λ: loss + λ Σ|w| over every "weight" parameter
  double clipNorm = 0;    ///< > 0: clip the global gradient norm to this (clip_grad_norm_)
  double clipValue = 0;   ///< > 0: clamp every gradient element to ±this (clip_grad_value_)
  LrSchedule schedule;    ///< learning rate per epoch
  int patience = 0;       ///< > 0: stop after this many epochs without a better validation loss
  double minDelta = 0;    ///< improvement below this does not count
  bool probes = true;     ///< per-layer statistics after every step
};

/// What one step did.
struct StepRecord {
  long step = 0;  ///< 1 for the first step
  long epoch = 0; ///< epoch the step belonged to, 0-based
  long batchSize = 0;
  double loss = 0;                ///< data loss of the batch before the update
  double penalty = 0;             ///< L1 term added to the loss that was differentiated
  std::optional<double> accuracy; ///< on the batch, before the update (classification only)
  double gradNorm = 0;            ///< global gradient norm before clipping
  double learningRate = 0;
  bool epochEnded = false;        ///< this step finished an epoch
  std::vector<LayerProbe> probes; ///< empty when probes are off
  bool ok = true;                 ///< false: the run stopped (see message)
  std::string message; ///< why it stopped: "step 12: gradient of layer 3 (dense) weight is inf"
};

/// The model on a data set, in evaluation mode.
struct Evaluation {
  std::size_t samples = 0;
  double loss = 0;
  std::optional<double> accuracy;
  /// confusion[true][predicted] counts when the data has classes, else empty.
  std::vector<std::vector<long>> confusion;
};

struct EpochRecord {
  long epoch = 0;       ///< 0-based
  double trainLoss = 0; ///< mean of the epoch's step losses
  std::optional<double> trainAccuracy;
  std::optional<Evaluation> validation;
  double learningRate = 0; ///< used during the epoch
};

/// A value copy of what the GUI shows: cheap to copy across threads, no pointers into the model.
struct TrainerSnapshot {
  long step = 0;
  long epoch = 0;
  long positionInEpoch = 0; ///< samples of the current epoch already used
  double learningRate = 0;
  std::vector<double> losses;     ///< loss of every step so far
  std::vector<double> accuracies; ///< accuracy of every step (NaN where there is none)
  std::vector<EpochRecord> epochs;
  std::vector<LayerProbe> probes; ///< of the last step
  bool stopped = false;
  std::string stopReason;
};

/// Everything that changes while training, for snapshot() / restore(). Copies share the
/// immutable parts (optimizer state is cloned on restore).
struct TrainerCheckpoint {
  Network network;
  std::shared_ptr<const Optimizer<float>> optimizer;
  Rng shuffleRng;
  std::vector<std::size_t> order;
  long position = 0;
  TrainerSnapshot progress;
  double bestValidationLoss = 0;
  int epochsWithoutImprovement = 0;
  double epochLossSum = 0;
  double epochAccuracySum = 0;
  long epochSteps = 0;
};

class Trainer {
public:
  /// `network` built for its input (weights drawn or loaded); `validation` may be empty.
  /// Throws InputError when the data does not fit the model or the loss (naming both), or a
  /// setting is out of range (batch 0 or larger than the data set, lr ≤ 0 or NaN, ...).
  Trainer(Network network, Dataset train, Dataset validation, TrainerConfig config);

  /// One mini-batch. After a stop (NaN/Inf, early stopping) it returns ok = false and does nothing.
  StepRecord step();
  /// Steps until the current epoch ends (or the run stops); returns the last step's record.
  StepRecord epoch();
  /// Loss, accuracy and confusion matrix of the current model on `data` (eval mode).
  Evaluation evaluate(const Dataset& data);
  /// Same on the validation split.
  Evaluation evaluate() { return evaluate(m_validation); }

  /// Back to the state at construction: the next steps replay the identical run (with the
  /// current config; a fresh optimizer of that config).
  void reset();
  TrainerCheckpoint snapshot() const;
  void restore(const TrainerCheckpoint& checkpoint);

  /// Changes hyperparameters between steps. A new optimizer name or optimizer
  /// hyperparameter other than lr starts a fresh optimizer; a new lr keeps its state.
  void setConfig(const TrainerConfig& config);
  const TrainerConfig& config() const { return m_config; }

  TrainerSnapshot view() const { return m_progress; }
  bool stopped() const { return m_progress.stopped; }
  long stepCount() const { return m_progress.step; }
  long epochCount() const { return m_progress.epoch; }
  /// Steps per epoch at the current batch size.
  long stepsPerEpoch() const;

  const Network& network() const { return m_network; }
  const Loss& loss() const { return *m_loss; }
  const Optimizer<float>& optimizer() const { return *m_optimizer; }
  const Dataset& trainData() const { return m_train; }
  const Dataset& validationData() const { return m_validation; }
  /// True when accuracy is judged from class labels (classification data).
  bool usesLabels() const { return m_useLabels; }

private:
  /// The step's forward pass, with the probes watching each layer's output when they are on.
  Tensor forwardForStep(const Tensor& x);
  void checkConfig(const TrainerConfig& config) const;
  void checkDataFitsModel();
  long effectiveBatch() const;
  /// x reshaped to the model's input, targets for the loss.
  Tensor modelInput(Tensor x) const;
  Tensor targetsFor(const Batch& batch) const;
  std::optional<double> batchAccuracy(const Tensor& output, const Batch& batch,
                                      const Tensor& targets) const;
  StepRecord stop(StepRecord record, const std::string& what);
  void finishEpoch(StepRecord& record);
  void applyL1(double& penalty);
  std::vector<ParamSlot<float>> paramSlots(); ///< not slots(): Qt defines that as a macro

  Network m_network;
  Dataset m_train;
  Dataset m_validation;
  TrainerConfig m_config;
  std::unique_ptr<Loss> m_loss;
  std::unique_ptr<Optimizer<float>> m_optimizer;
  bool m_useLabels = false;

  Rng m_shuffleRng;
  std::vector<std::size_t> m_order; ///< this epoch's sample order (empty: data order)
  long m_position = 0;
  TrainerSnapshot m_progress;
  double m_bestValidationLoss = 0;
  int m_epochsWithoutImprovement = 0;
  double m_epochLossSum = 0;
  double m_epochAccuracySum = 0;
  long m_epochSteps = 0;

  TrainerCheckpoint m_initial;
  ProbeScratch m_probeScratch;
};

} // namespace gs
