#pragma once
// torch.nn.Flatten: [N, C, H, W] -> [N, C·H·W] in C, H, W order (the data does not move).
#include "../layer.h"

namespace gs {

class Flatten : public Layer {
public:
  std::string type() const override { return "flatten"; }
  Shape build(const Shape& inputShape) override;
  Tensor forward(const Tensor& x, bool training) override;
  Tensor backward(const Tensor& gradOut) override;
  nlohmann::json toJson() const override { return {{"type", type()}}; }
  std::unique_ptr<Layer> clone() const override { return std::make_unique<Flatten>(*this); }

private:
  Shape m_inputShape;
};

} // namespace gs
