#include "probes.h"

#include <algorithm>
#include <cmath>
#include <span>

namespace gs {

namespace {

ConstArrayMap asArray(std::span<const float> v) {
  return {v.data(), static_cast<Eigen::Index>(v.size())};
}

double squaredNorm(const Tensor& t) {
  return t.array().cast<double>().square().sum();
}

} // namespace

std::pair<float, float> histogramRange(const std::string& type) {
  if (type == "sigmoid" || type == "softmax")
    return {0.0f, 1.0f};
  if (type == "tanh")
    return {-1.0f, 1.0f};
  if (type == "relu")
    return {0.0f, 3.0f};
  if (type == "leaky_relu" || type == "elu")
    return {-1.0f, 3.0f};
  return {-3.0f, 3.0f};
}

namespace {

/// Σa, Σa² and how many values `counted` holds for.
struct Moments {
  double sum = 0, sumSq = 0;
  std::size_t counted = 0;
};

/// How many values of a chunk pass `counted`: an integer sum, which the compiler vectorises.
template <class Test> int countIf(const ConstArrayMap& chunk, Test counted) {
  int n = 0;
  for (Eigen::Index i = 0; i < chunk.size(); ++i)
    n += counted(chunk[i]) ? 1 : 0;
  return n;
}

/// All three in one trip through memory: the values go in chunks that stay in the L1 cache,
/// and each chunk is summed, squared and counted in vector registers, then handed to `sample`
/// (with the index of its first value) while it is still there. Float sums are accurate enough
/// for a plot and keep the probes cheap.
template <class Test, class Sample>
Moments moments(std::span<const float> a, Test counted, Sample sample) {
  constexpr std::size_t kChunk = 2048;
  Moments m;
  for (std::size_t at = 0; at < a.size(); at += kChunk) {
    const ConstArrayMap chunk = asArray(a.subspan(at, std::min(kChunk, a.size() - at)));
    m.sum += chunk.sum();
    m.sumSq += chunk.square().sum();
    m.counted += static_cast<std::size_t>(countIf(chunk, counted));
    sample(chunk, at);
  }
  return m;
}

/// moments() counting what the layer type's probe needs: saturated sigmoid or tanh outputs,
/// dead ReLU outputs, nothing for the other types.
template <class Sample>
Moments moments(std::span<const float> a, const std::string& type, Sample sample) {
  const float margin = kSaturationMargin;
  if (type == "sigmoid")
    return moments(
        a, [&](float v) { return (v < margin) | (v > 1.0f - margin); }, sample);
  if (type == "tanh")
    return moments(
        a, [&](float v) { return std::abs(v) > 1.0f - margin; }, sample);
  if (type == "relu")
    return moments(
        a, [](float v) { return v == 0.0f; }, sample);
  return moments(
      a, [](float) { return false; }, sample);
}

} // namespace

void probeActivation(const Tensor& activation, LayerProbe& probe) {
  const std::span<const float> a(activation.data(), activation.size());
  const auto n = static_cast<double>(a.size());
  if (a.empty())
    return;
  const auto [lo, hi] = histogramRange(probe.type);
  probe.histogramMin = lo;
  probe.histogramMax = hi;
  probe.histogram.assign(kProbeBins, 0);
  // the histogram takes every stride-th value, from each chunk while moments() has it at hand
  const std::size_t stride = std::max<std::size_t>(1, a.size() / kProbeHistogramSamples);
  const float scale = kProbeBins / (hi - lo);
  const auto sample = [&](const ConstArrayMap& chunk, std::size_t first) {
    for (std::size_t i = (stride - first % stride) % stride;
         i < static_cast<std::size_t>(chunk.size()); i += stride) {
      const float bin = std::floor((chunk[static_cast<Eigen::Index>(i)] - lo) * scale);
      // NaN compares false everywhere and lands in bin 0; the trainer stops on it anyway.
      const int b = bin >= kProbeBins ? kProbeBins - 1 : (bin >= 0 ? static_cast<int>(bin) : 0);
      ++probe.histogram[b];
    }
  };
  // mean = Σa / n,  std = √(Σa² / n − mean²)
  Moments m = moments(a, probe.type, sample);
  // Squares of large activations (> 1.8e19) overflow a float sum: recount in double.
  if (!std::isfinite(m.sum) || !std::isfinite(m.sumSq)) {
    m.sum = asArray(a).cast<double>().sum();
    m.sumSq = asArray(a).cast<double>().square().sum();
  }
  probe.mean = m.sum / n;
  probe.std = std::sqrt(std::max(m.sumSq / n - probe.mean * probe.mean, 0.0));
  if (probe.type == "sigmoid" || probe.type == "tanh")
    probe.saturated = static_cast<double>(m.counted) / n;
  else if (probe.type == "relu")
    probe.dead = static_cast<double>(m.counted) / n;
}

void probeOutput(const Network& network, std::size_t index, const Tensor& output,
                 ProbeScratch& scratch) {
  scratch.outputs.resize(network.size());
  LayerProbe& p = scratch.outputs.at(index);
  p = LayerProbe{};
  p.index = static_cast<int>(index);
  p.type = network.layer(index).type();
  probeActivation(output, p);
}

std::vector<LayerProbe> probeNetwork(Network& network, ProbeScratch& scratch) {
  std::vector<LayerProbe> probes = scratch.outputs;
  probes.resize(network.size());
  // cleared, not reassigned: the vectors keep their memory from step to step
  scratch.weightsBefore.resize(network.size());
  for (std::vector<float>& kept : scratch.weightsBefore)
    kept.clear();
  for (std::size_t i = 0; i < network.size(); ++i) {
    LayerProbe& p = probes[i];
    p.index = static_cast<int>(i);
    p.type = network.layer(i).type();
    double w2 = 0, gw2 = 0, gb2 = 0;
    for (Param* param : network.layer(i).params()) {
      if (param->name == "bias") {
        gb2 += squaredNorm(param->grad);
        continue;
      }
      p.hasWeights = true;
      w2 += squaredNorm(param->value);
      gw2 += squaredNorm(param->grad);
      scratch.weightsBefore[i].insert(scratch.weightsBefore[i].end(), param->value.values().begin(),
                                      param->value.values().end());
    }
    p.weightNorm = std::sqrt(w2);
    p.weightGradNorm = std::sqrt(gw2);
    p.biasGradNorm = std::sqrt(gb2);
  }
  return probes;
}

void probeUpdates(Network& network, const ProbeScratch& scratch, std::vector<LayerProbe>& probes) {
  for (std::size_t i = 0; i < network.size() && i < probes.size(); ++i) {
    if (!probes[i].hasWeights)
      continue;
    // ‖ΔW‖ / ‖W‖ over every weight parameter of the layer, in the order probeNetwork kept them.
    const std::vector<float>& before = scratch.weightsBefore[i];
    double d2 = 0;
    std::size_t at = 0;
    for (Param* param : network.layer(i).params()) {
      if (param->name == "bias")
        continue;
      const auto after = param->value.array();
      const ConstArrayMap old(before.data() + at, after.size());
      d2 += (after - old).cast<double>().square().sum();
      at += param->value.size();
    }
    probes[i].updateRatio = probes[i].weightNorm > 0 ? std::sqrt(d2) / probes[i].weightNorm : 0.0;
  }
}

} // namespace gs
