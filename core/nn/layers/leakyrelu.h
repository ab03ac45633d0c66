#pragma once
// torch.nn.LeakyReLU: y = x for x > 0, slope·x otherwise (slope default 0.01).
#include "../elementwiselayer.h"
#include "../layerspec.h"

namespace gs {

class LeakyRelu : public ElementwiseLayer {
public:
  explicit LeakyRelu(double slope = 0.01)
      : m_slope(slope) {}
  /// Fields: slope.
  static std::unique_ptr<Layer> fromJson(LayerSpec& spec);

  std::string type() const override { return "leaky_relu"; }
  Tensor forward(const Tensor& x, bool training) override;
  Tensor backward(const Tensor& gradOut) override;
  nlohmann::json toJson() const override { return {{"type", type()}, {"slope", m_slope}}; }
  std::unique_ptr<Layer> clone() const override { return std::make_unique<LeakyRelu>(*this); }

private:
  double m_slope;
  Tensor m_input;
};

} // namespace gs
