#include "poollayer.h"

#include "../error.h"

namespace gs {

PoolLayer::PoolLayer(const Pool2dOptions& options)
    : m_options(options) {
  if (m_options.strideH == 0)
    m_options.strideH = m_options.kernelH;
  if (m_options.strideW == 0)
    m_options.strideW = m_options.kernelW;
}

Pool2dOptions PoolLayer::readOptions(LayerSpec& spec) {
  Pool2dOptions o;
  std::tie(o.kernelH, o.kernelW) = spec.pair("kernel", std::nullopt, 1);
  std::tie(o.strideH, o.strideW) = spec.pair("stride", std::pair{o.kernelH, o.kernelW}, 1);
  o.padding = spec.padding("padding", PaddingSpec::valid());
  return o;
}

Shape PoolLayer::build(const Shape& inputShape) {
  if (inputShape.size() != 3)
    throw InputError("expects an image [C, H, W], got an input of shape " +
                     shapeString(inputShape));
  const Pool2dOptions& o = m_options;
  const ConvGeometry g = makeConvGeometry(inputShape[1], inputShape[2], o.kernelH, o.kernelW,
                                          o.padding, o.strideH, o.strideW, 1, 1);
  const Padding& p = g.pad;
  if (2 * std::max(p.top, p.bottom) > o.kernelH || 2 * std::max(p.left, p.right) > o.kernelW)
    throw InputError("padding [" + std::to_string(p.top) + ", " + std::to_string(p.bottom) + ", " +
                     std::to_string(p.left) + ", " + std::to_string(p.right) +
                     "] is more than half the kernel " + std::to_string(o.kernelH) + "×" +
                     std::to_string(o.kernelW));
  m_geometry = g;
  m_channels = inputShape[0];
  return {m_channels, g.outH, g.outW};
}

nlohmann::json PoolLayer::toJson() const {
  return {{"type", type()},
          {"kernel", pairToJson(m_options.kernelH, m_options.kernelW)},
          {"stride", pairToJson(m_options.strideH, m_options.strideW)},
          {"padding", paddingToJson(m_options.padding)}};
}

} // namespace gs
