#pragma once
// torch.nn.Sigmoid: y = 1 / (1 + e^−x).
#include "../elementwiselayer.h"

namespace gs {

class Sigmoid : public ElementwiseLayer {
public:
  std::string type() const override { return "sigmoid"; }
  Tensor forward(const Tensor& x, bool training) override;
  Tensor backward(const Tensor& gradOut) override;
  std::unique_ptr<Layer> clone() const override { return std::make_unique<Sigmoid>(*this); }

private:
  Tensor m_output;
};

} // namespace gs
