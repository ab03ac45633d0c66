#pragma once
// torch.nn.Softmax(dim=1): over the features of each sample (over the channels at each
// position for an image). y_k = e^{x_k − max} / Σ_j e^{x_j − max}.
#include "../elementwiselayer.h"

namespace gs {

class Softmax : public ElementwiseLayer {
public:
  std::string type() const override { return "softmax"; }
  Tensor forward(const Tensor& x, bool training) override;
  Tensor backward(const Tensor& gradOut) override;
  std::unique_ptr<Layer> clone() const override { return std::make_unique<Softmax>(*this); }

private:
  Tensor m_output;
};

} // namespace gs
