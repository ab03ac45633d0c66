#pragma once
// A residual block: output = inner(x) + shortcut(x). The shortcut is the identity, or a
// projection (a dense or a 1×1 conv2d layer) when the inner layers change the shape.
// Backward: ∂L/∂x = ∂L/∂x through the inner layers + ∂L/∂x through the shortcut.
#include "../layer.h"
#include "../layerspec.h"

namespace gs {

class Residual : public Layer {
public:
  /// `projection` may be null (identity shortcut). Inner parameters are renamed
  /// "layers.<i>.weight", the projection's "projection.weight", as PyTorch's state_dict does.
  Residual(std::vector<std::unique_ptr<Layer>> layers, std::unique_ptr<Layer> projection);
  Residual(const Residual& other);
  /// Fields: layers (array of layer objects), projection (a dense or conv2d layer object).
  static std::unique_ptr<Layer> fromJson(LayerSpec& spec);

  std::string type() const override { return "residual"; }
  Shape build(const Shape& inputShape) override;
  Tensor forward(const Tensor& x, bool training) override;
  Tensor backward(const Tensor& gradOut) override;
  std::vector<Param*> params() override;
  std::vector<Tensor*> buffers() override;
  void initialize(Rng& rng) override;
  nlohmann::json toJson() const override;
  std::unique_ptr<Layer> clone() const override { return std::make_unique<Residual>(*this); }
  long long macs() const override;

  std::size_t size() const { return m_layers.size(); }
  const Layer& layer(std::size_t i) const { return *m_layers.at(i); }
  const Layer* projection() const { return m_projection.get(); }

private:
  std::vector<std::unique_ptr<Layer>> m_layers;
  std::unique_ptr<Layer> m_projection;
  std::vector<Tensor> m_outputs; ///< each inner layer's last output
};

} // namespace gs
