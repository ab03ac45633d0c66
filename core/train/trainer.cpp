#include "trainer.h"

#include "../error.h"
#include "../nn/finite.h"
#include "../optim/clipping.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gs {

namespace {

constexpr std::size_t kEvalChunk = 256;

bool isNumber(double v) {
  return std::isfinite(v);
}

} // namespace

Trainer::Trainer(Network network, Dataset train, Dataset validation, TrainerConfig config)
    : m_network(std::move(network))
    , m_train(std::move(train))
    , m_validation(std::move(validation))
    , m_config(config)
    , m_shuffleRng(config.seed) {
  checkConfig(m_config);
  m_loss = makeLoss(m_config.loss);
  m_optimizer = makeOptimizer<float>(m_config.optimizer);
  checkDataFitsModel();
  // Training needs no gradient with respect to the images themselves: skip that GEMM.
  m_network.setInputGradientNeeded(false);
  m_progress.learningRate = learningRateAt(m_config.schedule, m_optimizer->learningRate(), 0);
  m_optimizer->setLearningRate(m_progress.learningRate);
  m_initial = snapshot();
}

void Trainer::checkConfig(const TrainerConfig& c) const {
  validateSchedule(c.schedule);
  if (m_train.empty())
    throw InputError("the training data is empty");
  if (c.batchSize < 0)
    throw InputError("batch size must be a whole number ≥ 1 or 'full', got " +
                     std::to_string(c.batchSize));
  if (c.batchSize > static_cast<long>(m_train.size()))
    throw InputError("batch size " + std::to_string(c.batchSize) +
                     " is larger than the data set (" + std::to_string(m_train.size()) +
                     " samples)");
  const auto nonNegative = [](double v, const char* what) {
    if (!(v >= 0) || !std::isfinite(v))
      throw InputError(std::string(what) + " must be a number ≥ 0, got " + std::to_string(v));
  };
  nonNegative(c.l1, "L1 penalty");
  nonNegative(c.clipNorm, "clip norm");
  nonNegative(c.clipValue, "clip value");
  nonNegative(c.minDelta, "early-stopping min delta");
  if (c.patience < 0)
    throw InputError("patience must be ≥ 0, got " + std::to_string(c.patience));
}

void Trainer::checkDataFitsModel() {
  const Shape& input = m_network.inputShape();
  if (shapeSize(m_train.sampleShape()) != shapeSize(input))
    throw InputError("the data's samples have shape " + shapeString(m_train.sampleShape()) +
                     " but the model's input is " + shapeString(input));
  if (!m_validation.empty() && m_validation.sampleShape() != m_train.sampleShape())
    throw InputError("validation samples have shape " + shapeString(m_validation.sampleShape()) +
                     ", training samples " + shapeString(m_train.sampleShape()));
  const Shape out = m_network.outputShape();
  if (m_loss->classification() && out.size() != 1)
    throw InputError(m_loss->name() + " loss needs a model output [classes], got " +
                     shapeString(out));
  if (m_loss->classification() && !m_train.hasLabels())
    throw InputError(m_loss->name() + " loss needs class indices as targets; the y of " +
                     m_train.name() + " are not whole numbers ≥ 0");
  // Labels drive the targets unless the data brings target vectors for a value loss.
  m_useLabels =
      m_train.hasLabels() && (m_loss->targetKind() != TargetKind::Value || !m_train.hasTargets());
  if (m_useLabels && m_train.classes() > 0) {
    const int outputs = static_cast<int>(shapeSize(out));
    if (m_loss->classification() && m_train.classes() > outputs)
      throw InputError("the data has " + std::to_string(m_train.classes()) +
                       " classes but the model has " + std::to_string(outputs) + " outputs");
  }
  // One sample through the target path catches every remaining mismatch before step 1.
  const Batch one = m_train.slice(0, 1);
  Shape outBatch{1};
  outBatch.insert(outBatch.end(), out.begin(), out.end());
  m_loss->validate(Tensor(outBatch), targetsFor(one));
}

long Trainer::effectiveBatch() const {
  return m_config.batchSize == 0 ? static_cast<long>(m_train.size()) : m_config.batchSize;
}

long Trainer::stepsPerEpoch() const {
  const long b = effectiveBatch();
  return (static_cast<long>(m_train.size()) + b - 1) / b;
}

Tensor Trainer::modelInput(Tensor x) const {
  Shape shape = m_network.inputShape();
  shape.insert(shape.begin(), x.dim(0));
  if (x.shape() != shape)
    x.reshape(shape);
  return x;
}

Tensor Trainer::targetsFor(const Batch& batch) const {
  if (!m_useLabels)
    return batch.targets;
  return targetsFromLabels(*m_loss, batch.labels, m_train.classes(),
                           static_cast<int>(shapeSize(m_network.outputShape())));
}

std::optional<double> Trainer::batchAccuracy(const Tensor& output, const Batch& batch,
                                             const Tensor& targets) const {
  if (!m_useLabels)
    return m_loss->accuracy(output, targets);
  const std::vector<int> predicted = m_loss->predictClasses(output);
  std::size_t correct = 0;
  for (std::size_t i = 0; i < predicted.size(); ++i)
    correct += predicted[i] == batch.labels[i];
  return static_cast<double>(correct) / static_cast<double>(predicted.size());
}

std::vector<ParamSlot<float>> Trainer::paramSlots() {
  std::vector<ParamSlot<float>> s;
  for (Param* p : m_network.params())
    s.push_back({p->value.data(), p->grad.data(), p->value.size()});
  return s;
}

StepRecord Trainer::stop(StepRecord record, const std::string& what) {
  std::string where = what;
  if (auto found = findNonFinite(m_network))
    where = *found;
  record.ok = false;
  record.message = "step " + std::to_string(record.step) + ": " + where;
  m_progress.stopped = true;
  m_progress.stopReason = record.message;
  return record;
}

void Trainer::applyL1(double& penalty) {
  // penalty = λ Σ|w|,  ∂penalty/∂w = λ sign(w)
  const auto lambda = static_cast<float>(m_config.l1);
  for (Param* p : m_network.params()) {
    if (p->name != "weight")
      continue;
    for (std::size_t i = 0; i < p->value.size(); ++i) {
      const float w = p->value[i];
      penalty += m_config.l1 * std::abs(w);
      p->grad[i] += w > 0 ? lambda : (w < 0 ? -lambda : 0.0f);
    }
  }
}

Tensor Trainer::forwardForStep(const Tensor& x) {
  if (!m_config.probes)
    return m_network.forward(x, true);
  // The probes read each layer's output while forward() has it in the cache.
  m_network.setOutputObserver([this](std::size_t i, const Tensor& output) {
    probeOutput(m_network, i, output, m_probeScratch);
  });
  struct Unset {
    Network& network;
    ~Unset() { network.setOutputObserver({}); }
  } unset{m_network};
  return m_network.forward(x, true);
}

StepRecord Trainer::step() {
  StepRecord r;
  r.step = m_progress.step + 1;
  r.epoch = m_progress.epoch;
  r.learningRate = m_optimizer->learningRate();
  if (m_progress.stopped) {
    r.ok = false;
    r.message = m_progress.stopReason;
    return r;
  }
  const auto n = static_cast<long>(m_train.size());
  if (m_position == 0)
    m_order = m_config.shuffle ? shuffledIndices(m_train.size(), m_shuffleRng)
                               : std::vector<std::size_t>{};
  const long end = std::min(n, m_position + effectiveBatch());
  r.batchSize = end - m_position;
  std::vector<std::size_t> indices(static_cast<std::size_t>(r.batchSize));
  for (long i = m_position; i < end; ++i)
    indices[static_cast<std::size_t>(i - m_position)] =
        m_order.empty() ? static_cast<std::size_t>(i) : m_order[static_cast<std::size_t>(i)];
  const Batch batch = m_train.batch(indices);
  const Tensor targets = targetsFor(batch);

  const Tensor output = forwardForStep(modelInput(batch.x));
  Tensor grad;
  r.loss = m_loss->compute(output, targets, &grad);
  if (!isNumber(r.loss))
    return stop(r, std::string("loss is ") + (std::isnan(r.loss) ? "nan" : "inf"));
  r.accuracy = batchAccuracy(output, batch, targets);
  m_network.backward(grad);
  if (m_config.l1 > 0)
    applyL1(r.penalty);

  std::vector<ParamSlot<float>> params = paramSlots();
  std::vector<GradSpan> grads;
  for (Param* p : m_network.params())
    grads.push_back({p->grad.data(), p->grad.size()});
  double g2 = 0;
  for (const GradSpan& g : grads)
    g2 += Eigen::Map<const Eigen::ArrayXf>(g.data, static_cast<Eigen::Index>(g.size))
              .cast<double>()
              .square()
              .sum();
  r.gradNorm = std::sqrt(g2);
  if (!isNumber(r.gradNorm))
    return stop(r, "gradient is not finite");
  if (m_config.probes) {
    r.probes = probeNetwork(m_network, m_probeScratch);
    // A finite loss can hide an inf activation (e.g. sigmoid(inf) = 1); the probe sums show it.
    for (const LayerProbe& p : r.probes)
      if (!isNumber(p.mean) && findNonFinite(m_network))
        return stop(r, "activation is not finite");
  }
  if (m_config.clipNorm > 0)
    clipGradNorm(grads, m_config.clipNorm);
  if (m_config.clipValue > 0)
    clipGradValue(grads, m_config.clipValue);
  m_optimizer->step(params);
  if (m_config.probes)
    probeUpdates(m_network, m_probeScratch, r.probes);

  m_progress.step = r.step;
  m_progress.losses.push_back(r.loss);
  m_progress.accuracies.push_back(r.accuracy.value_or(std::numeric_limits<double>::quiet_NaN()));
  m_progress.probes = r.probes;
  m_epochLossSum += r.loss * static_cast<double>(r.batchSize);
  m_epochAccuracySum += r.accuracy.value_or(0) * static_cast<double>(r.batchSize);
  ++m_epochSteps;
  m_position = end;
  m_progress.positionInEpoch = m_position;
  if (m_position >= n)
    finishEpoch(r);
  return r;
}

void Trainer::finishEpoch(StepRecord& r) {
  r.epochEnded = true;
  EpochRecord e;
  e.epoch = m_progress.epoch;
  e.learningRate = m_optimizer->learningRate();
  const auto n = static_cast<double>(m_train.size());
  e.trainLoss = m_epochLossSum / n;
  if (!std::isnan(m_progress.accuracies.back()))
    e.trainAccuracy = m_epochAccuracySum / n;
  if (!m_validation.empty()) {
    e.validation = evaluate(m_validation);
    const double v = e.validation->loss;
    if (m_progress.epochs.empty() || v < m_bestValidationLoss - m_config.minDelta) {
      m_bestValidationLoss = v;
      m_epochsWithoutImprovement = 0;
    } else {
      ++m_epochsWithoutImprovement;
    }
    if (m_config.patience > 0 && m_epochsWithoutImprovement >= m_config.patience) {
      m_progress.stopped = true;
      m_progress.stopReason = "early stopping after epoch " + std::to_string(e.epoch + 1) +
                              ": the validation loss has not improved for " +
                              std::to_string(m_config.patience) + " epochs";
      r.message = m_progress.stopReason;
    }
  }
  m_progress.epochs.push_back(e);
  ++m_progress.epoch;
  m_position = 0;
  m_progress.positionInEpoch = 0;
  m_epochLossSum = m_epochAccuracySum = 0;
  m_epochSteps = 0;
  // torch: scheduler.step() once per epoch, lr = f(epoch count)
  m_progress.learningRate =
      learningRateAt(m_config.schedule, resolveDefaults(m_config.optimizer).lr, m_progress.epoch);
  m_optimizer->setLearningRate(m_progress.learningRate);
}

StepRecord Trainer::epoch() {
  StepRecord r = step();
  while (r.ok && !r.epochEnded)
    r = step();
  return r;
}

Evaluation Trainer::evaluate(const Dataset& data) {
  Evaluation ev;
  ev.samples = data.size();
  if (data.empty())
    return ev;
  const int classes = m_useLabels ? std::max(m_train.classes(), 2) : 0;
  if (classes > 0)
    ev.confusion.assign(static_cast<std::size_t>(classes),
                        std::vector<long>(static_cast<std::size_t>(classes), 0));
  double lossSum = 0, correct = 0;
  bool hasAccuracy = false;
  for (std::size_t begin = 0; begin < data.size(); begin += kEvalChunk) {
    const std::size_t end = std::min(data.size(), begin + kEvalChunk);
    const Batch batch = data.slice(begin, end);
    const Tensor targets = targetsFor(batch);
    const Tensor output = m_network.forward(modelInput(batch.x), false);
    // The loss is a mean over samples: weight each chunk by its sample count.
    const auto count = static_cast<double>(end - begin);
    lossSum += m_loss->compute(output, targets, nullptr) * count;
    if (auto a = batchAccuracy(output, batch, targets)) {
      hasAccuracy = true;
      correct += *a * count;
    }
    if (classes > 0) {
      const std::vector<int> predicted = m_loss->predictClasses(output);
      for (std::size_t i = 0; i < predicted.size(); ++i)
        if (predicted[i] < classes)
          ++ev.confusion[static_cast<std::size_t>(batch.labels[i])]
                        [static_cast<std::size_t>(predicted[i])];
    }
  }
  ev.loss = lossSum / static_cast<double>(data.size());
  if (hasAccuracy)
    ev.accuracy = correct / static_cast<double>(data.size());
  return ev;
}

TrainerCheckpoint Trainer::snapshot() const {
  TrainerCheckpoint c;
  c.network = m_network;
  c.optimizer = m_optimizer->clone();
  c.shuffleRng = m_shuffleRng;
  c.order = m_order;
  c.position = m_position;
  c.progress = m_progress;
  c.bestValidationLoss = m_bestValidationLoss;
  c.epochsWithoutImprovement = m_epochsWithoutImprovement;
  c.epochLossSum = m_epochLossSum;
  c.epochAccuracySum = m_epochAccuracySum;
  c.epochSteps = m_epochSteps;
  return c;
}

void Trainer::restore(const TrainerCheckpoint& c) {
  m_network = c.network;
  m_optimizer = c.optimizer->clone();
  m_shuffleRng = c.shuffleRng;
  m_order = c.order;
  m_position = c.position;
  m_progress = c.progress;
  m_bestValidationLoss = c.bestValidationLoss;
  m_epochsWithoutImprovement = c.epochsWithoutImprovement;
  m_epochLossSum = c.epochLossSum;
  m_epochAccuracySum = c.epochAccuracySum;
  m_epochSteps = c.epochSteps;
}

void Trainer::reset() {
  restore(m_initial);
  m_shuffleRng = Rng(m_config.seed);
  m_optimizer = makeOptimizer<float>(m_config.optimizer);
  m_progress.learningRate = learningRateAt(m_config.schedule, m_optimizer->learningRate(), 0);
  m_optimizer->setLearningRate(m_progress.learningRate);
}

void Trainer::setConfig(const TrainerConfig& config) {
  checkConfig(config);
  std::unique_ptr<Loss> loss = makeLoss(config.loss);
  // Building the optimizer validates every hyperparameter, lr included.
  std::unique_ptr<Optimizer<float>> fresh = makeOptimizer<float>(config.optimizer);
  OptimizerConfig a = resolveDefaults(m_config.optimizer), b = resolveDefaults(config.optimizer);
  const double newLr = b.lr;
  a.lr = b.lr = 0;
  const bool sameOptimizer = a.name == b.name && a.momentum == b.momentum &&
                             a.dampening == b.dampening && a.nesterov == b.nesterov &&
                             a.weightDecay == b.weightDecay && a.beta1 == b.beta1 &&
                             a.beta2 == b.beta2 && a.eps == b.eps && a.alpha == b.alpha &&
                             a.rho == b.rho && a.amsgrad == b.amsgrad && a.centered == b.centered &&
                             a.lrDecay == b.lrDecay && a.momentumDecay == b.momentumDecay;
  const TrainerConfig old = m_config;
  std::unique_ptr<Loss> oldLoss = std::move(m_loss);
  m_config = config;
  m_loss = std::move(loss);
  try {
    checkDataFitsModel();
  } catch (...) {
    m_config = old;
    m_loss = std::move(oldLoss);
    checkDataFitsModel();
    throw;
  }
  if (!sameOptimizer)
    m_optimizer = std::move(fresh);
  m_progress.learningRate = learningRateAt(m_config.schedule, newLr, m_progress.epoch);
  m_optimizer->setLearningRate(m_progress.learningRate);
}

} // namespace gs
