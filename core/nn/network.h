#pragma once
// A sequential network: the layers of a model file (DESIGN.md section 5) in order.
// It validates shapes when built, with a message naming the layer, and keeps every layer's
// last output so the GUI and the probes can look inside.
#include "layer.h"

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

namespace gs {

/// One row of the per-layer table: what the course asks for each layer.
struct LayerSummary {
  int index = 0; ///< 0-based position in the network
  std::string type;
  Shape outputShape; ///< sample shape
  long long params = 0;
  long long macs = 0; ///< per sample
};

class Network {
public:
  Network() = default;
  Network(const Network& other);
  Network& operator=(const Network& other);
  Network(Network&&) noexcept = default;
  Network& operator=(Network&&) noexcept = default;

  /// Builds every layer for `inputShape` (sample shape). Throws InputError
  /// "layer 3 (dense): expects 120 inputs, got 400" when a layer does not fit (layers are
  /// counted from 0, as in the model file's "layers" array).
  void build(const Shape& inputShape);
  void add(std::unique_ptr<Layer> layer);

  const Shape& inputShape() const { return m_inputShape; }
  Shape outputShape() const;
  std::size_t size() const { return m_layers.size(); }
  Layer& layer(std::size_t i) { return *m_layers.at(i); }
  const Layer& layer(std::size_t i) const { return *m_layers.at(i); }

  /// x: [N, ...inputShape]. Records each layer's output (see activations()).
  Tensor forward(const Tensor& x, bool training);
  /// Back from ∂L/∂output; fills every parameter's grad; returns ∂L/∂input (an empty tensor
  /// when setInputGradientNeeded(false)).
  Tensor backward(const Tensor& gradOut);
  /// Training only needs parameter gradients: with false, backward() skips ∂L/∂input of the
  /// first layer (for LeNet-5, the largest col2im). Default true.
  void setInputGradientNeeded(bool needed);
  bool inputGradientNeeded() const { return m_inputGradientNeeded; }

  /// "layer 3 (dense)": how messages name layer i.
  std::string layerName(std::size_t i) const;

  /// Output of layer i from the last forward.
  const std::vector<Tensor>& activations() const { return m_activations; }

  /// While set, forward() calls it with (i, output of layer i) right after layer i, while that
  /// output is still in the cache: the trainer's probes read every value there instead of
  /// fetching megabytes back from memory after the step. Unset it with an empty function.
  using OutputObserver = std::function<void(std::size_t, const Tensor&)>;
  void setOutputObserver(OutputObserver observer) { m_outputObserver = std::move(observer); }

  /// Every trainable parameter in a fixed order (layer by layer, weight before bias).
  std::vector<Param*> params();
  std::vector<const Param*> params() const;
  long long paramCount() const;
  std::vector<LayerSummary> summary() const;

  /// Draws all parameters from one seeded Rng, layer by layer.
  void initialize(Rng& rng);

  /// Model file (section 5): {"input": [...], "layers": [...]} with weights.
  nlohmann::json toJson() const;

private:
  Shape m_inputShape;
  std::vector<Shape> m_outputShapes; ///< per layer, from build()
  std::vector<std::unique_ptr<Layer>> m_layers;
  std::vector<Tensor> m_activations;
  OutputObserver m_outputObserver;
  bool m_inputGradientNeeded = true;
};

} // namespace gs
