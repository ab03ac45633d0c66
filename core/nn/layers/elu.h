#pragma once
// torch.nn.ELU: y = x for x > 0, α·(e^x − 1) otherwise (α default 1).
#include "../elementwiselayer.h"
#include "../layerspec.h"

namespace gs {

class Elu : public ElementwiseLayer {
public:
  explicit Elu(double alpha = 1.0)
      : m_alpha(alpha) {}
  /// Fields: alpha.
  static std::unique_ptr<Layer> fromJson(LayerSpec& spec);

  std::string type() const override { return "elu"; }
  Tensor forward(const Tensor& x, bool training) override;
  Tensor backward(const Tensor& gradOut) override;
  nlohmann::json toJson() const override { return {{"type", type()}, {"alpha", m_alpha}}; }
  std::unique_ptr<Layer> clone() const override { return std::make_unique<Elu>(*this); }

private:
  double m_alpha;
  Tensor m_input;
  Tensor m_output;
};

} // namespace gs
