#pragma once
// torch.nn.ReLU: y = max(0, x).
#include "../elementwiselayer.h"

namespace gs {

class Relu : public ElementwiseLayer {
public:
  std::string type() const override { return "relu"; }
  Tensor forward(const Tensor& x, bool training) override;
  Tensor backward(const Tensor& gradOut) override;
  std::unique_ptr<Layer> clone() const override { return std::make_unique<Relu>(*this); }

private:
  Tensor m_output;
};

} // namespace gs
