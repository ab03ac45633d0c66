#include "trainingworker.h"

#include "core/error.h"
#include "core/nn/modelfile.h"

#include <QMetaObject>
#include <QThread>
#include <algorithm>
#include <cmath>

namespace gs::ui {

namespace {
constexpr qint64 kChunkMs =
    50; // ~20 snapshots/s: the views stay live, the drawing costs the training little
constexpr int kBoundaryCells = 60;

QString qs(const std::string& s) {
  return QString::fromStdString(s);
}
} // namespace

TrainingWorker::TrainingWorker(QObject* parent)
    : QObject(parent) {
  qRegisterMetaType<gs::ui::TrainingSnapshot>();
  qRegisterMetaType<gs::Experiment>();
  qRegisterMetaType<gs::TrainerConfig>();
}

TrainingWorker::~TrainingWorker() = default;

int TrainingWorker::cancel() {
  m_cancelLoad = true;
  return ++m_ticket;
}

void TrainingWorker::configure(int ticket, const gs::Experiment& e) {
  if (ticket != m_ticket || m_stopping)
    return;
  m_cancelLoad = false;
  m_trainer.reset();
  m_remaining = 0;
  try {
    // The data stays loaded while only the model or the hyperparameters change.
    const std::string key = dataSpecString(e.data) + "|" + std::to_string(e.samples) + "|" +
                            std::to_string(e.noise) + "|" + std::to_string(e.classes) + "|" +
                            std::to_string(e.trainer.seed);
    if (!m_data || key != m_dataKey) {
      m_data.reset();
      DataOptions o;
      o.samples = e.samples;
      o.noise = e.noise;
      o.classes = e.classes;
      o.seed = e.trainer.seed;
      o.cancel = &m_cancelLoad;
      double last = -1;
      o.progress = [this, &last](double f) {
        if (f - last >= 0.02 || f >= 1) {
          last = f;
          emit loadProgress(f);
        }
      };
      m_data = loadData(e.data, o);
      m_dataKey = key;
    }
    Dataset train = m_data->train, validation = m_data->test;
    if (e.validation > 0)
      std::tie(train, validation) = m_data->train.split(e.validation, e.trainer.seed);
    if (train.isImage()) {
      train.setNormalization(e.normalizeMean, e.normalizeStd);
      if (!validation.empty())
        validation.setNormalization(e.normalizeMean, e.normalizeStd);
    }
    Rng rng(e.trainer.seed);
    Network network = networkFromJson(e.model, rng);
    m_trainer = std::make_unique<Trainer>(std::move(network), std::move(train),
                                          std::move(validation), e.trainer);
  } catch (const Cancelled&) {
    TrainingSnapshot s;
    s.ticket = ticket;
    s.reset = true;
    s.error = tr("Loading was cancelled.");
    emit snapshot(s);
    return;
  } catch (const std::exception& err) {
    TrainingSnapshot s;
    s.ticket = ticket;
    s.reset = true;
    s.error = qs(err.what());
    emit snapshot(s);
    return;
  }
  m_sample = std::min<int>(m_sample, static_cast<int>(m_trainer->validationData().size()) - 1);
  m_sample = std::max(m_sample, 0);
  m_sentSteps = 0;
  m_sentEpochs = 0;
  emitSnapshot(ticket, false, true);
}

void TrainingWorker::run(int ticket, long count) {
  if (ticket != m_ticket || m_stopping || !m_trainer)
    return;
  m_remaining = count == 0 ? -2 : count;
  m_runClock.start();
  m_runStartStep = m_trainer->stepCount();
  chunk(ticket);
}

void TrainingWorker::chunk(int ticket) {
  if (ticket != m_ticket || m_stopping || !m_trainer)
    return;
  QElapsedTimer clock;
  clock.start();
  bool done = false;
  while (!done && clock.elapsed() < kChunkMs && ticket == m_ticket && !m_stopping) {
    const double speed = m_speed;
    if (speed > 0) {
      // Paced: the step is due when the run's clock says so.
      const double due = speed * static_cast<double>(m_runClock.elapsed()) / 1000.0;
      if (static_cast<double>(m_trainer->stepCount() - m_runStartStep) >= due) {
        QThread::msleep(2);
        continue;
      }
    }
    const StepRecord r = m_trainer->step();
    if (!r.ok) {
      done = true;
      break;
    }
    if (m_remaining > 0 && --m_remaining == 0)
      done = true;
    if (m_remaining == -2 && r.epochEnded)
      done = true;
  }
  if (ticket != m_ticket || m_stopping)
    return;
  if (m_trainer->stopped())
    done = true;
  if (done) {
    m_remaining = 0;
    emitSnapshot(ticket, false, false);
    return;
  }
  if (m_drawn && m_trainer->stepCount() > m_sentSteps)
    emitSnapshot(ticket, true, false);
  QMetaObject::invokeMethod(
      this, [this, ticket] { chunk(ticket); }, Qt::QueuedConnection);
}

void TrainingWorker::pause(int ticket) {
  if (ticket != m_ticket || m_stopping || !m_trainer)
    return;
  m_remaining = 0;
  emitSnapshot(ticket, false, false);
}

void TrainingWorker::reset(int ticket) {
  if (ticket != m_ticket || m_stopping || !m_trainer)
    return;
  m_remaining = 0;
  m_trainer->reset();
  m_sentSteps = 0;
  m_sentEpochs = 0;
  emitSnapshot(ticket, false, true);
}

void TrainingWorker::setConfig(const gs::TrainerConfig& config) {
  if (!m_trainer || m_stopping)
    return;
  try {
    m_trainer->setConfig(config);
  } catch (const std::exception& err) {
    TrainingSnapshot s;
    s.ticket = m_ticket;
    s.error = qs(err.what());
    s.step = m_trainer->stepCount();
    s.running = m_remaining != 0;
    emit snapshot(s);
  }
}

void TrainingWorker::setSample(int index, const std::vector<float>& drawn) {
  m_sample = index;
  m_drawnSample = drawn;
  if (m_trainer && m_remaining == 0 && !m_stopping)
    emitSnapshot(m_ticket, false, false);
}

void TrainingWorker::emitSnapshot(int ticket, bool running, bool reset) {
  m_drawn = false;
  TrainingSnapshot s;
  s.ticket = ticket;
  s.reset = reset;
  s.running = running;
  const TrainerSnapshot& v = m_trainer->view();
  s.step = v.step;
  s.epoch = v.epoch;
  s.learningRate = v.learningRate;
  s.stopped = v.stopped;
  s.stopReason = qs(v.stopReason);
  s.stepsPerEpoch = m_trainer->stepsPerEpoch();
  s.batchSize = m_trainer->config().batchSize;
  s.validationSize = static_cast<long>(m_trainer->validationData().size());
  s.firstStep = m_sentSteps + 1;
  s.losses.assign(v.losses.begin() + m_sentSteps, v.losses.end());
  s.accuracies.assign(v.accuracies.begin() + m_sentSteps, v.accuracies.end());
  s.epochs.assign(v.epochs.begin() + static_cast<long>(m_sentEpochs), v.epochs.end());
  for (auto it = v.epochs.rbegin(); it != v.epochs.rend(); ++it)
    if (it->validation && !it->validation->confusion.empty()) {
      s.confusion = it->validation->confusion;
      break;
    }
  m_sentSteps = static_cast<long>(v.losses.size());
  m_sentEpochs = v.epochs.size();
  fillViews(s);
  emit snapshot(s);
}

void TrainingWorker::fillViews(TrainingSnapshot& s) {
  const Dataset& val =
      m_trainer->validationData().empty() ? m_trainer->trainData() : m_trainer->validationData();
  for (const std::string& n : val.classNames())
    s.classNames << qs(n);
  s.image = val.isImage();
  Network net = m_trainer->network();
  Tensor x;
  if (m_sample < 0 && !m_drawnSample.empty() &&
      m_drawnSample.size() == shapeSize(net.inputShape())) {
    x = Tensor(net.inputShape(), m_drawnSample);
    s.sampleIndex = -1;
  } else if (!val.empty()) {
    const std::size_t i =
        static_cast<std::size_t>(std::clamp<int>(m_sample, 0, static_cast<int>(val.size()) - 1));
    x = val.sample(i);
    s.sampleIndex = static_cast<int>(i);
    if (val.hasLabels())
      s.trueLabel = val.label(i);
  }
  if (x.size() != shapeSize(net.inputShape()))
    return;
  s.inputShape = net.inputShape();
  s.input.assign(x.data(), x.data() + x.size());
  Shape batched = net.inputShape();
  batched.insert(batched.begin(), 1);
  const Tensor out = net.forward(x.reshaped(batched), false);
  for (std::size_t i = 0; i < net.size(); ++i) {
    const Tensor& a = net.activations()[i];
    LayerOutput o;
    o.name = qs(net.layerName(i));
    o.type = qs(net.layer(i).type());
    o.shape.assign(a.shape().begin() + 1, a.shape().end());
    o.values.assign(a.data(), a.data() + a.size());
    s.outputs.push_back(std::move(o));
    if (net.layer(i).type() == "conv2d") {
      const Param* w = net.layer(i).params().at(0);
      LayerKernels k;
      k.layer = static_cast<int>(i);
      k.name = qs(net.layerName(i));
      k.shape = w->value.shape();
      k.values.assign(w->value.data(), w->value.data() + w->value.size());
      s.kernels.push_back(std::move(k));
    }
  }
  // Class probabilities: softmax of the last output (σ for a single output).
  const std::size_t n = out.size();
  s.probabilities.resize(n == 1 ? 2 : n);
  if (n == 1) {
    const float p = 1.0f / (1.0f + std::exp(-out.data()[0]));
    s.probabilities = {1 - p, p};
  } else if (n > 0) {
    const float m = *std::max_element(out.data(), out.data() + n);
    float sum = 0;
    for (std::size_t i = 0; i < n; ++i)
      sum += s.probabilities[i] = std::exp(out.data()[i] - m);
    for (float& p : s.probabilities)
      p /= sum;
  }
  if (net.inputShape() == Shape{2})
    fillBoundary(s, net);
}

void TrainingWorker::fillBoundary(TrainingSnapshot& s, Network& net) {
  const Dataset& data = m_trainer->trainData();
  const Batch all = data.slice(0, data.size());
  BoundaryGrid& g = s.boundary;
  g.xMin = g.yMin = 1e300;
  g.xMax = g.yMax = -1e300;
  for (std::size_t i = 0; i < data.size(); ++i) {
    const double px = all.x.data()[2 * i], py = all.x.data()[2 * i + 1];
    g.pointX.push_back(px);
    g.pointY.push_back(py);
    g.pointLabel.push_back(data.hasLabels() ? data.label(i) : 0);
    g.xMin = std::min(g.xMin, px);
    g.xMax = std::max(g.xMax, px);
    g.yMin = std::min(g.yMin, py);
    g.yMax = std::max(g.yMax, py);
  }
  if (data.empty())
    return;
  const double mx = 0.1 * (g.xMax - g.xMin) + 1e-3, my = 0.1 * (g.yMax - g.yMin) + 1e-3;
  g.xMin -= mx;
  g.xMax += mx;
  g.yMin -= my;
  g.yMax += my;
  g.size = kBoundaryCells;
  Tensor grid({kBoundaryCells * kBoundaryCells, 2});
  for (int r = 0; r < kBoundaryCells; ++r)
    for (int c = 0; c < kBoundaryCells; ++c) {
      float* p = grid.data() + 2 * (r * kBoundaryCells + c);
      p[0] = static_cast<float>(g.xMin + (g.xMax - g.xMin) * (c + 0.5) / kBoundaryCells);
      p[1] = static_cast<float>(g.yMin + (g.yMax - g.yMin) * (r + 0.5) / kBoundaryCells);
    }
  const Tensor out = net.forward(grid, false);
  const int k = out.dim(1);
  for (int i = 0; i < kBoundaryCells * kBoundaryCells; ++i) {
    const float* o = out.data() + static_cast<std::ptrdiff_t>(i) * k;
    if (k == 1) {
      const float p = 1.0f / (1.0f + std::exp(-o[0]));
      g.predicted.push_back(p >= 0.5f ? 1 : 0);
      g.confidence.push_back(std::max(p, 1 - p));
      continue;
    }
    const int best = static_cast<int>(std::max_element(o, o + k) - o);
    float sum = 0;
    for (int j = 0; j < k; ++j)
      sum += std::exp(o[j] - o[best]);
    g.predicted.push_back(best);
    g.confidence.push_back(1.0f / sum);
  }
}

} // namespace gs::ui
