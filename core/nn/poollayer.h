#pragma once
// What maxpool2d and avgpool2d share (DESIGN.md section 3): kernel, stride (default = kernel),
// zero padding of at most half the kernel per side (as PyTorch requires, so that every window
// covers at least one input cell), and the geometry of makeConvGeometry.
#include "../convgeometry.h"
#include "layer.h"
#include "layerspec.h"

namespace gs {

struct Pool2dOptions {
  int kernelH = 2, kernelW = 2;
  int strideH = 0, strideW = 0; ///< 0 = same as the kernel
  PaddingSpec padding = PaddingSpec::valid();
};

class PoolLayer : public Layer {
public:
  explicit PoolLayer(const Pool2dOptions& options);
  Shape build(const Shape& inputShape) override;
  nlohmann::json toJson() const override;

  const Pool2dOptions& options() const { return m_options; }
  const ConvGeometry& geometry() const { return m_geometry; }

protected:
  /// Fields: kernel, stride, padding.
  static Pool2dOptions readOptions(LayerSpec& spec);

  Pool2dOptions m_options;
  int m_channels = 0;
  ConvGeometry m_geometry;
};

} // namespace gs
