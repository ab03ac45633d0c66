#pragma once
// torch.nn.MaxPool2d: the largest cell of each window (padding cells never win).
// Backward sends each output's gradient to the cell that won (the first one on ties,
// in row-major window order).
#include "../poollayer.h"

namespace gs {

class MaxPool2d : public PoolLayer {
public:
  explicit MaxPool2d(const Pool2dOptions& options)
      : PoolLayer(options) {}
  static std::unique_ptr<Layer> fromJson(LayerSpec& spec);

  std::string type() const override { return "maxpool2d"; }
  Tensor forward(const Tensor& x, bool training) override;
  Tensor backward(const Tensor& gradOut) override;
  std::unique_ptr<Layer> clone() const override { return std::make_unique<MaxPool2d>(*this); }

private:
  Shape m_inputBatchShape;
  std::vector<int> m_argmax; ///< per output cell: index of the winning cell in its input plane
};

} // namespace gs
