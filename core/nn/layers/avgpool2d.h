#pragma once
// torch.nn.AvgPool2d with count_include_pad=True: the window sum divided by kh·kw, padding
// cells counting as zeros.
#include "../poollayer.h"

namespace gs {

class AvgPool2d : public PoolLayer {
public:
  explicit AvgPool2d(const Pool2dOptions& options)
      : PoolLayer(options) {}
  static std::unique_ptr<Layer> fromJson(LayerSpec& spec);

  std::string type() const override { return "avgpool2d"; }
  Tensor forward(const Tensor& x, bool training) override;
  Tensor backward(const Tensor& gradOut) override;
  std::unique_ptr<Layer> clone() const override { return std::make_unique<AvgPool2d>(*this); }

private:
  Shape m_inputBatchShape;
};

} // namespace gs
