#pragma once
// Per-layer probes recorded after each training step: what the Training and Gradients pages
// plot to show saturation, dead units, vanishing and exploding gradients.
//
// Activation histograms have kProbeBins bins over a fixed range per layer type, so that
// histograms of different steps compare bin by bin: sigmoid and softmax [0, 1], tanh [-1, 1],
// relu [0, 3], leaky_relu and elu [-1, 3], every other layer [-3, 3]. Values outside the
// range are counted in the first or last bin. Histograms are built from about
// kProbeHistogramSamples evenly strided values of the layer output (30 bins: about 34 values
// a bin, enough for the shape of the distribution); mean, std and the
// fractions below use every value.
//
// Saturated: sigmoid outputs within 0.02 of 0 or 1 (σ'(z) < 0.0196, |z| > 3.9) and tanh
// outputs within 0.02 of ±1 (tanh'(z) < 0.04, |z| > 2.3). Dead: ReLU outputs exactly 0.
#include "../nn/network.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gs {

constexpr int kProbeBins = 30;
constexpr std::size_t kProbeHistogramSamples = 1024;
constexpr float kSaturationMargin = 0.02f;

struct LayerProbe {
  int index = 0; ///< 0-based layer position
  std::string type;
  double mean = 0; ///< of the layer's output over the batch
  double std = 0;  ///< population std (divides by the count)
  float histogramMin = 0, histogramMax = 0;
  std::vector<int> histogram;      ///< kProbeBins counts
  std::optional<double> saturated; ///< fraction, sigmoid and tanh layers
  std::optional<double> dead;      ///< fraction, relu layers
  bool hasWeights = false;         ///< the rest is meaningful only then
  double weightNorm = 0;           ///< ‖W‖ (Frobenius) before the update
  double weightGradNorm = 0;       ///< ‖∂L/∂W‖ before clipping
  double biasGradNorm = 0;         ///< ‖∂L/∂b‖ before clipping
  double updateRatio = 0;          ///< ‖ΔW‖ / ‖W‖ of this step's update
};

/// The histogram range of a layer type's outputs.
std::pair<float, float> histogramRange(const std::string& type);

/// Mean, std, histogram and saturated / dead fraction of one activation tensor.
void probeActivation(const Tensor& activation, LayerProbe& probe);

/// What the probes keep between the parts of a step: each layer's output statistics, taken
/// during the forward pass (probeOutput), and the weights from before the update.
struct ProbeScratch {
  std::vector<LayerProbe> outputs;
  std::vector<std::vector<float>> weightsBefore;
};

/// Records layer `index`'s output statistics in scratch.outputs (Network::OutputObserver).
void probeOutput(const Network& network, std::size_t index, const Tensor& output,
                 ProbeScratch& scratch);
/// Everything but the update ratio: the output statistics probeOutput recorded during the
/// last forward, and the weights and gradients of the last backward.
std::vector<LayerProbe> probeNetwork(Network& network, ProbeScratch& scratch);
/// Fills the update ratios after the optimizer step.
void probeUpdates(Network& network, const ProbeScratch& scratch, std::vector<LayerProbe>& probes);

} // namespace gs
