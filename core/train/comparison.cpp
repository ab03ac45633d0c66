#include "comparison.h"

#include "../error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gs {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

Comparison::Comparison(const Network& initial, const Dataset& train, const Dataset& validation,
                       TrainerConfig base, const ComparisonPlan& plan) {
  if (plan.optimizers.empty())
    throw InputError("comparison: choose at least one optimizer");
  if (plan.epochs < 1)
    throw InputError("comparison: epochs must be ≥ 1, got " + std::to_string(plan.epochs));
  if (plan.maxSteps < 0)
    throw InputError("comparison: steps must be ≥ 0, got " + std::to_string(plan.maxSteps));
  base.probes = false; // only the losses are compared
  for (std::size_t i = 0; i < plan.optimizers.size(); ++i) {
    TrainerConfig config = base;
    config.optimizer = plan.optimizers[i];
    try {
      // Each run gets its own copy of the initial weights; the shared Dataset views share
      // the samples, and the equal seeds give every run the same batches.
      m_trainers.push_back(std::make_unique<Trainer>(initial, train, validation, config));
    } catch (const InputError& e) {
      throw InputError("optimizer " + std::to_string(i + 1) + " (" + plan.optimizers[i].name +
                       "): " + e.what());
    }
    ComparisonRun run;
    run.optimizer = resolveDefaults(plan.optimizers[i]);
    m_runs.push_back(run);
  }
  m_stepsPerRun = plan.epochs * stepsPerEpoch();
  if (plan.maxSteps > 0)
    m_stepsPerRun = std::min(m_stepsPerRun, plan.maxSteps);
}

long Comparison::stepsPerEpoch() const {
  return m_trainers.front()->stepsPerEpoch();
}

long Comparison::stepsDone() const {
  long done = 0;
  for (const ComparisonRun& r : m_runs)
    done += r.divergedAt > 0 ? m_stepsPerRun : r.steps();
  return done;
}

double Comparison::progress() const {
  const auto total = static_cast<double>(m_stepsPerRun) * static_cast<double>(m_runs.size());
  return total > 0 ? static_cast<double>(stepsDone()) / total : 1.0;
}

bool Comparison::finished() const {
  return std::all_of(m_runs.begin(), m_runs.end(),
                     [](const ComparisonRun& r) { return r.finished; });
}

void Comparison::stepRun(std::size_t i) {
  ComparisonRun& run = m_runs[i];
  Trainer& trainer = *m_trainers[i];
  const StepRecord r = trainer.step();
  if (!r.ok) {
    // The Trainer stops at the first NaN / Inf loss or gradient, before updating.
    run.divergedAt = r.step;
    run.message = r.message;
    run.finished = true;
    return;
  }
  run.losses.push_back(r.loss);
  run.accuracies.push_back(r.accuracy.value_or(kNaN));
  if (r.epochEnded) {
    const EpochRecord e = trainer.view().epochs.back();
    run.epochEndSteps.push_back(r.step);
    run.epochTrainLoss.push_back(e.trainLoss);
    run.validationLoss.push_back(e.validation ? e.validation->loss : kNaN);
    run.validationAccuracy.push_back(
        e.validation && e.validation->accuracy ? *e.validation->accuracy : kNaN);
  }
  if (run.steps() >= m_stepsPerRun)
    run.finished = true;
}

bool Comparison::round(const std::atomic<bool>* cancel) {
  bool stepped = false;
  for (std::size_t i = 0; i < m_runs.size(); ++i) {
    if (cancel && cancel->load())
      break;
    if (m_runs[i].finished)
      continue;
    stepRun(i);
    stepped = true;
  }
  return stepped;
}

void Comparison::run(const std::atomic<bool>* cancel) {
  while (round(cancel)) {
  }
}

Comparison makeComparison(const Experiment& experiment, const ComparisonPlan& plan,
                          const ProgressFn& progress, const std::atomic<bool>* cancel) {
  if (plan.optimizers.empty())
    throw InputError("comparison: choose at least one optimizer");
  Experiment e = experiment;
  e.trainer.optimizer = plan.optimizers.front();
  e.trainer.probes = false;
  const Trainer built = makeTrainer(e, progress, cancel);
  return Comparison(built.network(), built.trainData(), built.validationData(), e.trainer, plan);
}

} // namespace gs
