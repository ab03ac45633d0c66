#include "deepnet.h"

#include "../error.h"
#include "../nn/init.h"
#include "../nn/modelfile.h"
#include "../optim/clipping.h"
#include "activationprobe.h"
#include "experimentdata.h"

#include <algorithm>
#include <cmath>

namespace gs {

namespace {
/// A dense weight: rank 2, named "weight" (or "layers.<i>.weight" inside a residual block).
bool isWeight(const Param& p) {
  const std::string suffix = ".weight";
  return p.value.rank() == 2 &&
         (p.name == "weight" ||
          (p.name.size() > suffix.size() &&
           p.name.compare(p.name.size() - suffix.size(), suffix.size(), suffix) == 0));
}
} // namespace

std::vector<std::string> deepNetActivations() {
  return {"sigmoid", "tanh", "relu", "leaky_relu", "elu"};
}

nlohmann::json initJson(const std::string& init) {
  const auto scale = [&init](std::size_t colon) {
    const std::string text = init.substr(colon + 1);
    std::size_t used = 0;
    double value = 0;
    try {
      value = std::stod(text, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != text.size() || text.empty() || !(value > 0) || !std::isfinite(value))
      throw InputError("--init: expected a number > 0 after '" + init.substr(0, colon + 1) +
                       "', got '" + text + "'");
    return value;
  };
  nlohmann::json j;
  if (init == "too_large")
    j = {{"name", "normal"}, {"std", 3.0}};
  else if (init.rfind("normal:", 0) == 0)
    j = {{"name", "normal"}, {"std", scale(6)}};
  else if (init.rfind("uniform:", 0) == 0)
    j = {{"name", "uniform"}, {"a", -scale(7)}, {"b", scale(7)}};
  else
    j = init;
  initSpecFromJson(j, "--init");
  return j;
}

void validateDeepNetConfig(const DeepNetConfig& c) {
  if (c.depth < 1 || c.depth > kMaxDepth)
    throw InputError("--depth: must be 1.." + std::to_string(kMaxDepth) + ", got " +
                     std::to_string(c.depth));
  if (c.width < 1 || c.width > kMaxWidth)
    throw InputError("--width: must be 1.." + std::to_string(kMaxWidth) + ", got " +
                     std::to_string(c.width));
  const auto names = deepNetActivations();
  if (std::find(names.begin(), names.end(), c.activation) == names.end())
    throw InputError("--activation: unknown '" + c.activation +
                     "' (sigmoid, tanh, relu, leaky_relu, elu)");
  initJson(c.init);
  if (c.clip != "off" && c.clip != "norm" && c.clip != "value")
    throw InputError("clipping: unknown mode '" + c.clip + "' (off, norm, value)");
  if (c.clip != "off" && !(c.clipThreshold > 0 && std::isfinite(c.clipThreshold)))
    throw InputError("clipping threshold: must be a number > 0");
  if (!(c.l2 >= 0 && std::isfinite(c.l2)))
    throw InputError("L2: must be a number >= 0");
  OptimizerConfig opt;
  opt.name = c.optimizer;
  opt.lr = c.lr;
  opt.weightDecay = c.l2;
  makeOptimizer<float>(opt);
}

nlohmann::json deepNetModel(const DeepNetConfig& c, const Shape& inputShape, int classes) {
  validateDeepNetConfig(c);
  const nlohmann::json init = initJson(c.init);
  nlohmann::json layers = nlohmann::json::array();
  if (inputShape.size() > 1)
    layers.push_back({{"type", "flatten"}});
  for (int l = 1; l <= c.depth; ++l) {
    nlohmann::json dense = {
        {"type", "dense"}, {"out", l == c.depth ? classes : c.width}, {"init", init}};
    if (l == c.depth) {
      layers.push_back(dense);
      break;
    }
    nlohmann::json block = nlohmann::json::array({dense});
    if (c.batchNorm)
      block.push_back({{"type", "batchnorm"}});
    block.push_back({{"type", c.activation}});
    // Hidden W → W blocks (2..L−1) get the identity shortcut: y = x + block(x).
    if (c.residual && l >= 2)
      layers.push_back({{"type", "residual"}, {"layers", block}});
    else
      for (auto& layer : block)
        layers.push_back(layer);
  }
  return {{"input", inputShape}, {"layers", layers}};
}

ChainRule deepNetChain(const DeepNetConfig& c) {
  validateDeepNetConfig(c);
  const InitSpec spec = initSpecFromJson(initJson(c.init), "--init");
  Rng rng(c.seed);
  std::vector<double> w(static_cast<std::size_t>(c.depth)), b(w.size(), 0.0);
  Tensor one({1, 1});
  for (double& value : w) {
    initTensor(one, spec, Fans{1, 1}, rng);
    value = one[0];
  }
  return evaluateChain(c.activation, w, b, 1.0, 0.0, c.residual);
}

DeepNet::DeepNet(const DeepNetConfig& config)
    : m_config(config) {
  validateDeepNetConfig(config);
  const ExperimentData data = loadExperimentData(config.data, config.seed);
  m_x = data.x;
  Rng rng(config.seed);
  m_network = networkFromJson(deepNetModel(config, data.sampleShape, data.classes), rng);
  m_loss = makeLoss("cross_entropy");
  m_target = targetsFromLabels(*m_loss, data.labels, data.classes, data.classes);
  OptimizerConfig opt;
  opt.name = config.optimizer;
  opt.lr = config.lr;
  opt.weightDecay = config.l2;
  m_optimizer = makeOptimizer<float>(opt);
  m_params = m_network.params();
  locateWeightLayers();
}

void DeepNet::locateWeightLayers() {
  std::size_t index = m_network.layer(0).type() == "flatten" ? 1 : 0;
  for (int l = 1; l <= m_config.depth; ++l) {
    WeightLayer layer;
    if (l == m_config.depth) {
      layer.activationIndex = static_cast<int>(index);
    } else if (m_config.residual && l >= 2) {
      layer.activationIndex = static_cast<int>(index);
      layer.shortcut = true;
      index += 1;
    } else {
      index += m_config.batchNorm ? 2 : 1;
      layer.activationIndex = static_cast<int>(index);
      index += 1;
    }
    m_weights.push_back(layer);
  }
  // Dense weights are the rank-2 weight parameters, in layer order.
  std::size_t next = 0;
  for (Param* p : m_params)
    if (isWeight(*p) && next < m_weights.size())
      m_weights[next++].weight = p;
  if (next != m_weights.size() || index + 1 != m_network.size())
    throw std::logic_error("DeepNet: the network does not have the expected layers");
}

GradientStep DeepNet::step() {
  GradientStep s;
  s.step = ++m_steps;
  const Tensor out = m_network.forward(m_x, true);
  Tensor grad;
  s.loss = m_loss->compute(out, m_target, &grad);
  m_network.backward(grad);

  const std::size_t depth = m_weights.size();
  s.gradNorm.resize(depth);
  for (std::size_t l = 0; l < depth; ++l)
    s.gradNorm[l] = frobeniusNorm(m_weights[l].weight->grad);

  std::vector<GradSpan> spans;
  std::vector<ParamSlot<float>> slots;
  double squares = 0;
  for (Param* p : m_params) {
    spans.push_back({p->grad.data(), p->grad.size()});
    slots.push_back({p->value.data(), p->grad.data(), p->value.size()});
    const double n = frobeniusNorm(p->grad);
    squares += n * n;
  }
  // global norm = √(Σ over all parameters of ‖g‖²), as torch's clip_grad_norm_ computes it
  s.globalNorm = std::sqrt(squares);
  s.clippedNorm = s.globalNorm;
  if (m_config.clip != "off") {
    if (m_config.clip == "norm")
      clipGradNorm(spans, m_config.clipThreshold);
    else
      clipGradValue(spans, m_config.clipThreshold);
    double clipped = 0;
    for (Param* p : m_params) {
      const double n = frobeniusNorm(p->grad);
      clipped += n * n;
    }
    s.clippedNorm = std::sqrt(clipped);
  }

  std::vector<Tensor> before;
  if (m_probes)
    for (const WeightLayer& w : m_weights)
      before.push_back(w.weight->value);
  m_optimizer->step(slots);

  if (m_probes) {
    s.updateRatio.resize(depth);
    for (std::size_t l = 0; l < depth; ++l) {
      const double norm = frobeniusNorm(before[l]);
      // ‖ΔW‖ / ‖W‖ with W before the update
      s.updateRatio[l] =
          norm > 0 ? differenceNorm(m_weights[l].weight->value, before[l]) / norm : 0.0;
    }
    probeActivations(s);
  }

  for (std::size_t l = 0; l < depth && s.nonFiniteLayer < 0; ++l) {
    const bool activationFinite = !m_probes || std::isfinite(s.actStd[l]);
    if (!std::isfinite(s.gradNorm[l]) || !allFinite(m_weights[l].weight->value) ||
        !activationFinite)
      s.nonFiniteLayer = static_cast<int>(l + 1);
  }
  if (s.nonFiniteLayer < 0 && !std::isfinite(s.loss))
    s.nonFiniteLayer = 0;
  return s;
}

void DeepNet::probeActivations(GradientStep& s) const {
  const auto& outputs = m_network.activations();
  for (std::size_t l = 0; l < m_weights.size(); ++l) {
    const WeightLayer& w = m_weights[l];
    const std::size_t i = static_cast<std::size_t>(w.activationIndex);
    const bool last = l + 1 == m_weights.size();
    ActivationStats stats;
    if (w.shortcut) {
      // The block's activation is what the shortcut added: output − input.
      Tensor inner = outputs[i];
      const Tensor& input = outputs[i - 1];
      for (std::size_t k = 0; k < inner.size(); ++k)
        inner[k] -= input[k];
      stats = activationStats(inner, m_config.activation);
    } else {
      stats = activationStats(outputs[i], last ? std::string() : m_config.activation);
    }
    s.actStd.push_back(stats.std);
    s.activations.push_back(stats);
  }
}

} // namespace gs
