#include "conv2d.h"

#include "../../error.h"
#include "../../gemm.h"
#include "../../im2col.h"

#include <algorithm>

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

int Conv2d::groupSize() const {
  constexpr long kGroupFloats = 1L << 16;
  const long perSample = static_cast<long>(patchSize()) * outCells();
  return static_cast<int>(std::max(1L, kGroupFloats / std::max(perSample, 1L)));
}

Tensor Conv2d::forward(const Tensor& x, bool /*training*/) {
  const int n = x.dim(0);
  const int k = patchSize(), cells = outCells(), cout = m_options.outChannels;
  m_batch = n;
  m_cols.resize(static_cast<std::size_t>(n) * k * cells);
  Tensor y = reuseOutput({n, cout, m_geometry.outH, m_geometry.outW});
  const auto W = m_weight.value.matrix(cout, k);
  auto yRows = y.matrix(n * cout, cells);
  for (int first = 0; first < n; first += groupSize()) {
    const int count = std::min(groupSize(), n - first);
    float* cols = groupColumns(first);
    const long stride = static_cast<long>(count) * cells;
    for (int s = 0; s < count; ++s)
      im2col(x.data() + (first + s) * inputSize(), m_inChannels, m_geometry, cols + s * cells,
             stride);
    m_out.resize(static_cast<std::size_t>(cout) * count * cells);
    MapRM Y(m_out.data(), cout, count * cells);
    // y[s][o][i][j] = Σ_{c,m,n} w[o][c][m][n] · x[s][c][i·st + m·d − p0][j·st + n·d − p0'],
    // for every sample s of the group at once: column s·Ho·Wo + i·Wo + j of cols
    gemm(Y, W, ConstMapRM(cols, k, count * cells));
    for (int s = 0; s < count; ++s)
      for (int o = 0; o < cout; ++o)
        // + b[o], written back in NCHW order
        yRows.row((first + s) * cout + o) =
            Y.block(o, s * cells, 1, cells).array() + m_bias.value[static_cast<std::size_t>(o)];
  }
  return y;
}

Tensor Conv2d::backward(const Tensor& gradOut) {
  const int n = m_batch;
  const int k = patchSize(), cells = outCells(), cout = m_options.outChannels;
  Tensor dx;
  if (m_inputGradientNeeded) {
    dx = reuseInputGradient({n, m_inChannels, m_geometry.inH, m_geometry.inW});
    dx.fill(0.0f); // col2im accumulates
  }
  auto dW = m_weight.grad.matrix(cout, k);
  Eigen::Map<Eigen::VectorXf> db(m_bias.grad.data(), cout);
  dW.setZero();
  db.setZero();
  const auto W = m_weight.value.matrix(cout, k);
  const auto gradRows = gradOut.matrix(n * cout, cells);
  for (int first = 0; first < n; first += groupSize()) {
    const int count = std::min(groupSize(), n - first);
    // G[o][s·Ho·Wo + cell] = ∂L/∂y[s][o][cell]: the group's gradients laid out as Y was
    m_out.resize(static_cast<std::size_t>(cout) * count * cells);
    MapRM G(m_out.data(), cout, count * cells);
    for (int s = 0; s < count; ++s)
      for (int o = 0; o < cout; ++o)
        G.block(o, s * cells, 1, cells) = gradRows.row((first + s) * cout + o);
    const ConstMapRM cols(groupColumns(first), k, count * cells);
    // ∂L/∂W = Σ_s g_s · cols_sᵀ (one product over the group's columns)
    gemm(dW, G, transposed(cols), Accumulate::Yes);
    // ∂L/∂b[o] = Σ_{s,i,j} g[s][o][i][j]
    db += G.rowwise().sum();
    if (!m_inputGradientNeeded)
      continue;
    // ∂L/∂cols = Wᵀ · g, and col2im adds each entry back to the input cell it came from
    m_dcols.resize(static_cast<std::size_t>(k) * count * cells);
    MapRM dcols(m_dcols.data(), k, count * cells);
    gemm(dcols, transposed(W), G);
    for (int s = 0; s < count; ++s)
      col2im(m_dcols.data() + static_cast<std::size_t>(s) * cells, m_inChannels, m_geometry,
             dx.data() + (first + s) * inputSize(), static_cast<long>(count) * cells);
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
