#pragma once
// Fully connected layer, torch.nn.Linear: y = x·Wᵀ + b with W [out][in].
#include "../weightedlayer.h"

namespace gs {

class Dense : public WeightedLayer {
public:
  explicit Dense(int outFeatures)
      : m_out(outFeatures) {}
  /// Fields: out, in (optional check), weight, bias, init, bias_init.
  static std::unique_ptr<Layer> fromJson(LayerSpec& spec);

  std::string type() const override { return "dense"; }
  Shape build(const Shape& inputShape) override;
  Tensor forward(const Tensor& x, bool training) override;
  Tensor backward(const Tensor& gradOut) override;
  nlohmann::json toJson() const override;
  std::unique_ptr<Layer> clone() const override { return std::make_unique<Dense>(*this); }
  long long macs() const override { return static_cast<long long>(m_in) * m_out; }

  int inFeatures() const { return m_in; }
  int outFeatures() const { return m_out; }

private:
  int m_out = 0;
  int m_in = 0;
  int m_declaredIn = 0; ///< "in" from the model file, 0 when absent
  Tensor m_input;       ///< last forward's x, for ∂L/∂W
};

} // namespace gs
