#include "probes.h"

#include <algorithm>
#include <cmath>
#include <span>

namespace gs {

namespace {

Eigen::Map<const Eigen::ArrayXf> asArray(std::span<const float> v) {
  return {v.data(), static_cast<Eigen::Index>(v.size())};
}

double squaredNorm(const Tensor& t) {
  return asArray(t.values()).cast<double>().square().sum();
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

void probeActivation(const Tensor& activation, LayerProbe& probe) {
  const auto a = asArray(activation.values());
  const auto n = static_cast<double>(a.size());
  if (a.size() == 0)
    return;
  // mean = Σa / n,  std = √(Σa² / n − mean²). Float sums (Eigen's vectorised reduction)
  // are accurate enough for a plot and keep the probes cheap.
  double sum = a.sum();
  double sumSq = a.square().sum();
  // Squares of large activations (> 1.8e19) overflow a float sum: recount in double.
  if (!std::isfinite(sum) || !std::isfinite(sumSq)) {
    sum = a.cast<double>().sum();
    sumSq = a.cast<double>().square().sum();
  }
  probe.mean = sum / n;
  probe.std = std::sqrt(std::max(sumSq / n - probe.mean * probe.mean, 0.0));
  const auto [lo, hi] = histogramRange(probe.type);
  probe.histogramMin = lo;
  probe.histogramMax = hi;
  probe.histogram.assign(kProbeBins, 0);
  const std::size_t stride = std::max<std::size_t>(1, activation.size() / kProbeHistogramSamples);
  const float scale = kProbeBins / (hi - lo);
  for (std::size_t i = 0; i < activation.size(); i += stride) {
    const float bin = std::floor((activation[i] - lo) * scale);
    // NaN compares false everywhere and lands in bin 0; the trainer stops on it anyway.
    const int b = bin >= kProbeBins ? kProbeBins - 1 : (bin >= 0 ? static_cast<int>(bin) : 0);
    ++probe.histogram[b];
  }
  if (probe.type == "sigmoid")
    probe.saturated = ((a < kSaturationMargin) || (a > 1.0f - kSaturationMargin)).count() / n;
  else if (probe.type == "tanh")
    probe.saturated = (a.abs() > 1.0f - kSaturationMargin).count() / n;
  else if (probe.type == "relu")
    probe.dead = (a == 0.0f).count() / n;
}

std::vector<LayerProbe> probeNetwork(Network& network, ProbeScratch& scratch) {
  std::vector<LayerProbe> probes(network.size());
  scratch.weightsBefore.assign(network.size(), {});
  for (std::size_t i = 0; i < network.size(); ++i) {
    LayerProbe& p = probes[i];
    p.index = static_cast<int>(i);
    p.type = network.layer(i).type();
    if (i < network.activations().size())
      probeActivation(network.activations()[i], p);
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
      const auto after = asArray(param->value.values());
      const Eigen::Map<const Eigen::ArrayXf> old(before.data() + at, after.size());
      d2 += (after - old).cast<double>().square().sum();
      at += param->value.size();
    }
    probes[i].updateRatio = probes[i].weightNorm > 0 ? std::sqrt(d2) / probes[i].weightNorm : 0.0;
  }
}

} // namespace gs
