#include "conv2d.h"

#include "../../error.h"
#include "../../im2col.h"

namespace gs {

std::unique_ptr<Layer> Conv2d::fromJson(LayerSpec& spec) {
  Conv2dOptions o;
  o.outChannels = spec.integer("out_channels", std::nullopt, 1);
  std::tie(o.kernelH, o.kernelW) = spec.pair("kernel", std::nullopt, 1);
  std::tie(o.strideH, o.strideW) = spec.pair("stride", std::pair{1, 1}, 1);
  std::tie(o.dilationH, o.dilationW) = spec.pair("dilation", std::pair{1, 1}, 1);
  o.padding = spec.padding("padding", PaddingSpec::valid());
  auto layer = std::make_unique<Conv2d>(o);
  layer->m_declaredIn = spec.integer("in_channels", 0, 1);
  layer->readWeights(spec, 4);
  return layer;
}

Shape Conv2d::build(const Shape& inputShape) {
  if (inputShape.size() != 3)
    throw InputError("expects an image [C, H, W], got an input of shape " +
                     shapeString(inputShape));
  const int channels = inputShape[0];
  int expected = m_declaredIn;
  if (loadedWeight() && loadedWeight()->dim(0) == m_options.outChannels)
    expected = loadedWeight()->dim(1);
  if (expected != 0 && expected != channels)
    throw InputError("expects " + std::to_string(expected) + " input channels, got " +
                     std::to_string(channels));
  const Conv2dOptions& o = m_options;
  m_geometry = makeConvGeometry(inputShape[1], inputShape[2], o.kernelH, o.kernelW, o.padding,
                                o.strideH, o.strideW, o.dilationH, o.dilationW);
  m_inChannels = channels;
  allocate({o.outChannels, channels, o.kernelH, o.kernelW});
  return {o.outChannels, m_geometry.outH, m_geometry.outW};
}

Tensor Conv2d::forward(const Tensor& x, bool /*training*/) {
  const int n = x.dim(0);
  const int k = patchSize(), cells = outCells(), cout = m_options.outChannels;
  const std::size_t inSize =
      static_cast<std::size_t>(m_inChannels) * m_geometry.inH * m_geometry.inW;
  m_batch = n;
  m_cols.resize(static_cast<std::size_t>(n) * k * cells);
  Tensor y({n, cout, m_geometry.outH, m_geometry.outW});
  const auto W = m_weight.value.matrix(cout, k);
  const Eigen::Map<const Eigen::VectorXf> b(m_bias.value.data(), cout);
  for (int s = 0; s < n; ++s) {
    float* cols = m_cols.data() + static_cast<std::size_t>(s) * k * cells;
    im2col(x.data() + s * inSize, m_inChannels, m_geometry, cols);
    MapRM Y(y.data() + static_cast<std::size_t>(s) * cout * cells, cout, cells);
    // y[o][i][j] = Σ_{c,m,n} w[o][c][m][n] · x[c][i·s + m·d − p0][j·s + n·d − p0'] + b[o]
    Y.noalias() = W * ConstMapRM(cols, k, cells);
    Y.colwise() += b;
  }
  return y;
}

Tensor Conv2d::backward(const Tensor& gradOut) {
  const int n = m_batch;
  const int k = patchSize(), cells = outCells(), cout = m_options.outChannels;
  const std::size_t inSize =
      static_cast<std::size_t>(m_inChannels) * m_geometry.inH * m_geometry.inW;
  Tensor dx;
  if (m_inputGradientNeeded)
    dx = Tensor({n, m_inChannels, m_geometry.inH, m_geometry.inW});
  auto dW = m_weight.grad.matrix(cout, k);
  Eigen::Map<Eigen::VectorXf> db(m_bias.grad.data(), cout);
  dW.setZero();
  db.setZero();
  const auto W = m_weight.value.matrix(cout, k);
  m_dcols.resize(static_cast<std::size_t>(k) * cells);
  MapRM dcols(m_dcols.data(), k, cells);
  for (int s = 0; s < n; ++s) {
    const ConstMapRM G(gradOut.data() + static_cast<std::size_t>(s) * cout * cells, cout, cells);
    const ConstMapRM cols(m_cols.data() + static_cast<std::size_t>(s) * k * cells, k, cells);
    // ∂L/∂W = Σ_n g_n · cols_nᵀ
    dW.noalias() += G * cols.transpose();
    // ∂L/∂b[o] = Σ_{n,i,j} g[n][o][i][j]
    db += G.rowwise().sum();
    if (!m_inputGradientNeeded)
      continue;
    // ∂L/∂cols_n = Wᵀ · g_n, and col2im adds each entry back to the input cell it came from
    dcols.noalias() = W.transpose() * G;
    col2im(m_dcols.data(), m_inChannels, m_geometry, dx.data() + s * inSize);
  }
  return dx;
}

nlohmann::json Conv2d::toJson() const {
  const Conv2dOptions& o = m_options;
  nlohmann::json j = {{"type", type()},
                      {"out_channels", o.outChannels},
                      {"kernel", pairToJson(o.kernelH, o.kernelW)},
                      {"stride", pairToJson(o.strideH, o.strideW)},
                      {"padding", paddingToJson(o.padding)},
                      {"dilation", pairToJson(o.dilationH, o.dilationW)}};
  if (m_declaredIn != 0)
    j["in_channels"] = m_declaredIn;
  writeWeights(j);
  return j;
}

long long Conv2d::macs() const {
  // MACs = N·Ho·Wo·C·kh·kw (DESIGN.md section 3)
  return static_cast<long long>(m_options.outChannels) * outCells() * patchSize();
}

} // namespace gs
