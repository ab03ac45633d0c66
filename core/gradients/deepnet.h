#pragma once
// The network of the gradients experiment (DESIGN.md 4.5) and its probed training step.
// Depth L counts weight layers: input → W, L−2 hidden W → W, W → classes. Each of the first
// L−1 is followed by [BatchNorm] and the activation; with residual shortcuts every hidden
// W → W block (dense, [BatchNorm], activation) becomes x + block(x).
// A step is: forward on the whole data set → cross-entropy → backward → probes of the raw
// gradients → clipping → optimizer update (L2 as the optimizer's weight decay) → update probes.
#include "../nn/loss.h"
#include "../nn/network.h"
#include "../optim/optimizer.h"
#include "chainrule.h"
#include "gradientstep.h"

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace gs {

struct DeepNetConfig {
  int depth = 20;
  int width = 32;
  std::string activation = "sigmoid"; ///< sigmoid tanh relu leaky_relu elu
  /// An initialiser name (xavier_normal, kaiming_normal, ...), "normal:STD", "uniform:A"
  /// (U(−A, A)) or "too_large" (= normal:3, far above any fan-based scale).
  std::string init = "xavier_normal";
  bool batchNorm = false;
  bool residual = false;
  std::string clip = "off"; ///< off, norm (torch clip_grad_norm_), value (clip_grad_value_)
  double clipThreshold = 1.0;
  double l2 = 0; ///< weight decay λ: the optimizer adds λ·p to every gradient
  std::string optimizer = "sgd";
  double lr = 0.01;
  std::string data = "synthetic:spiral"; ///< any DATA of `train --data`
  std::uint64_t seed = 0;
  bool operator==(const DeepNetConfig&) const = default;
};

constexpr int kMaxDepth = 100;
constexpr int kMaxWidth = 1024;

/// Activation names the experiment offers, in the course's order.
std::vector<std::string> deepNetActivations();

/// Throws InputError naming the field: depth outside 1..100, width outside 1..1024, an
/// unknown activation, initialiser, clipping mode or optimizer, a threshold, L2 or lr out of
/// range. Does not load the data.
void validateDeepNetConfig(const DeepNetConfig& config);

/// The initialiser of `--init` as a model-file "init" value: "normal:3" ->
/// {"name": "normal", "std": 3}; InputError for an unknown name or a bad scale.
nlohmann::json initJson(const std::string& init);

/// The model file (section 5) of the experiment for samples of `inputShape` and `classes`.
nlohmann::json deepNetModel(const DeepNetConfig& config, const Shape& inputShape, int classes);

/// The notes' one-neuron chain for this experiment: depth links, weights drawn from the
/// initialiser as for a 1 → 1 layer (fan_in = fan_out = 1) with the seed, biases 0, x = 1,
/// target 0; residual shortcuts as in the network (BatchNorm is not part of the chain).
ChainRule deepNetChain(const DeepNetConfig& config);

class DeepNet {
public:
  /// Loads the data, builds and initialises the network. InputError on a bad config or data.
  explicit DeepNet(const DeepNetConfig& config);

  /// One training step with its probes; step numbers start at 1.
  GradientStep step();

  /// Without probes a step computes only the loss and the gradient norms (for the benchmark
  /// and for comparison); activation statistics and update ratios stay empty.
  void setProbes(bool on) { m_probes = on; }

  const DeepNetConfig& config() const { return m_config; }
  int steps() const { return m_steps; }
  int samples() const { return m_x.dim(0); }
  const Network& network() const { return m_network; }

private:
  struct WeightLayer {
    Param* weight = nullptr;
    int activationIndex = -1; ///< network layer whose output is this layer's activation
    bool shortcut = false;    ///< a residual block: the activation is output − input
  };

  void locateWeightLayers();
  void probeActivations(GradientStep& s) const;

  DeepNetConfig m_config;
  Network m_network;
  std::unique_ptr<Loss> m_loss;
  std::unique_ptr<Optimizer<float>> m_optimizer;
  Tensor m_x, m_target;
  std::vector<WeightLayer> m_weights;
  std::vector<Param*> m_params;
  int m_steps = 0;
  bool m_probes = true;
};

} // namespace gs
