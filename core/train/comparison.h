#pragma once
// Comparing optimizers on a real network (issue 6): the same model, the same initial weights,
// the same data and the same batch order, trained once per optimizer. Every run is a Trainer
// built from a copy of one initial network with one TrainerConfig that differs only in its
// optimizer, so the shuffling Rng(seed) draws the same batches for everyone and the curves
// differ only because the update rules do.
//
// The runs advance in rounds (one step of every unfinished run), so their curves grow together
// and a caller can stop between any two steps. A run whose loss or gradient becomes NaN or Inf
// is marked diverged at that step and stops; the others continue. Not thread-safe: one thread
// owns a Comparison.
#include "experiment.h"
#include "trainer.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace gs {

/// Which optimizers race, and for how long.
struct ComparisonPlan {
  std::vector<OptimizerConfig> optimizers;
  long epochs = 1;   ///< every run trains this many epochs ...
  long maxSteps = 0; ///< ... or stops earlier after this many steps (> 0)
};

/// What one run recorded (a plain value, cheap to copy to another thread).
struct ComparisonRun {
  OptimizerConfig optimizer;
  std::vector<double> losses;         ///< training loss of every step, step 1 first
  std::vector<double> accuracies;     ///< training accuracy of every step (NaN where there is none)
  std::vector<long> epochEndSteps;    ///< the step that ended each epoch
  std::vector<double> epochTrainLoss; ///< mean step loss of each epoch
  std::vector<double> validationLoss; ///< after each epoch (NaN without validation data)
  std::vector<double> validationAccuracy; ///< after each epoch (NaN where there is none)
  long divergedAt = 0;                    ///< step whose loss or gradient was NaN/Inf; 0: none
  std::string message;                    ///< why the run stopped early
  bool finished = false;                  ///< reached the plan's length, or diverged

  long steps() const { return static_cast<long>(losses.size()); }
};

class Comparison {
public:
  /// `initial`: the network every run starts from (weights already drawn). `base`: loss, batch,
  /// shuffle, seed, penalties, clipping and schedule shared by every run; its optimizer is
  /// replaced by each of plan.optimizers, its probes are switched off. InputError naming the
  /// optimizer ("optimizer 2 (adam): ...") when a run cannot be built, or for an empty plan.
  Comparison(const Network& initial, const Dataset& train, const Dataset& validation,
             TrainerConfig base, const ComparisonPlan& plan);

  std::size_t size() const { return m_runs.size(); }
  const std::vector<ComparisonRun>& runs() const { return m_runs; }
  /// Steps each run takes when it does not diverge.
  long stepsPerRun() const { return m_stepsPerRun; }
  long stepsPerEpoch() const;
  /// Steps taken so far by all runs together, a diverged run counting as complete.
  long stepsDone() const;
  /// stepsDone() / (size() · stepsPerRun()), in [0, 1].
  double progress() const;
  bool finished() const;

  /// One step of every unfinished run, in order, checking `cancel` before each step. Returns
  /// false when there was nothing to do.
  bool round(const std::atomic<bool>* cancel = nullptr);
  /// Rounds until every run has finished or `cancel` becomes true (checked between steps).
  void run(const std::atomic<bool>* cancel = nullptr);

private:
  void stepRun(std::size_t i);

  std::vector<std::unique_ptr<Trainer>> m_trainers;
  std::vector<ComparisonRun> m_runs;
  long m_stepsPerRun = 0;
};

/// Loads the experiment's data and builds its model once (as makeTrainer does, weights drawn
/// from experiment.trainer.seed), then a Comparison of `plan` on them. experiment.trainer is
/// the base config. Progress and cancel apply to the data load (Cancelled when cancelled).
Comparison makeComparison(const Experiment& experiment, const ComparisonPlan& plan,
                          const ProgressFn& progress = {},
                          const std::atomic<bool>* cancel = nullptr);

} // namespace gs
