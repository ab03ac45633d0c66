#pragma once
// torch.nn.Tanh: y = tanh(x).
#include "../elementwiselayer.h"

namespace gs {

class Tanh : public ElementwiseLayer {
public:
  std::string type() const override { return "tanh"; }
  Tensor forward(const Tensor& x, bool training) override;
  Tensor backward(const Tensor& gradOut) override;
  std::unique_ptr<Layer> clone() const override { return std::make_unique<Tanh>(*this); }

private:
  Tensor m_output;
};

} // namespace gs
