#pragma once
// torch.nn.Conv2d (DESIGN.md section 3): cross-correlation with stride, dilation and padding
// int / [T, B, L, R] / "same" / "valid" / "full". The same geometry (makeConvGeometry) and
// im2col as the Convolution Lab; each sample is one GEMM  Y_n = W · cols_n + b.
#include "../../convgeometry.h"
#include "../weightedlayer.h"

namespace gs {

struct Conv2dOptions {
  int outChannels = 1;
  int kernelH = 3, kernelW = 3;
  int strideH = 1, strideW = 1;
  int dilationH = 1, dilationW = 1;
  PaddingSpec padding = PaddingSpec::valid();
};

class Conv2d : public WeightedLayer {
public:
  explicit Conv2d(const Conv2dOptions& options)
      : m_options(options) {}
  /// Fields: out_channels, kernel, stride, padding, dilation, in_channels (optional check),
  /// weight, bias, init, bias_init.
  static std::unique_ptr<Layer> fromJson(LayerSpec& spec);

  std::string type() const override { return "conv2d"; }
  Shape build(const Shape& inputShape) override;
  Tensor forward(const Tensor& x, bool training) override;
  Tensor backward(const Tensor& gradOut) override;
  nlohmann::json toJson() const override;
  std::unique_ptr<Layer> clone() const override { return std::make_unique<Conv2d>(*this); }
  long long macs() const override;

  const Conv2dOptions& options() const { return m_options; }
  const ConvGeometry& geometry() const { return m_geometry; }
  int inChannels() const { return m_inChannels; }

private:
  int patchSize() const { return m_inChannels * m_options.kernelH * m_options.kernelW; }
  int outCells() const { return m_geometry.outH * m_geometry.outW; }

  Conv2dOptions m_options;
  int m_declaredIn = 0; ///< "in_channels" from the model file, 0 when absent
  int m_inChannels = 0;
  ConvGeometry m_geometry;
  int m_batch = 0;
  std::vector<float> m_cols;  ///< im2col of the last forward, [N][C·kh·kw][Ho·Wo]
  std::vector<float> m_dcols; ///< scratch for ∂L/∂cols of one sample
};

} // namespace gs
