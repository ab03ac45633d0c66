#include "avgpool2d.h"

namespace gs {

std::unique_ptr<Layer> AvgPool2d::fromJson(LayerSpec& spec) {
  return std::make_unique<AvgPool2d>(readOptions(spec));
}

Tensor AvgPool2d::forward(const Tensor& x, bool /*training*/) {
  const ConvGeometry& g = m_geometry;
  const int planes = x.dim(0) * m_channels;
  const int inPlane = g.inH * g.inW, outPlane = g.outH * g.outW;
  const float scale = 1.0f / static_cast<float>(g.kH * g.kW);
  m_inputBatchShape = x.shape();
  Tensor y({x.dim(0), m_channels, g.outH, g.outW});
  for (int p = 0; p < planes; ++p) {
    const float* in = x.data() + static_cast<std::size_t>(p) * inPlane;
    float* out = y.data() + static_cast<std::size_t>(p) * outPlane;
    for (int i = 0; i < g.outH; ++i) {
      const int y0 = i * g.strideH - g.pad.top;
      const int r0 = std::max(y0, 0), r1 = std::min(y0 + g.kH, g.inH);
      for (int j = 0; j < g.outW; ++j) {
        const int x0 = j * g.strideW - g.pad.left;
        const int c0 = std::max(x0, 0), c1 = std::min(x0 + g.kW, g.inW);
        // y[i][j] = (1 / kh·kw) · Σ_window x   (padding cells add 0 but count)
        float sum = 0.0f;
        for (int r = r0; r < r1; ++r)
          for (int c = c0; c < c1; ++c)
            sum += in[r * g.inW + c];
        out[i * g.outW + j] = sum * scale;
      }
    }
  }
  return y;
}

Tensor AvgPool2d::backward(const Tensor& gradOut) {
  const ConvGeometry& g = m_geometry;
  const int planes = m_inputBatchShape[0] * m_channels;
  const int inPlane = g.inH * g.inW, outPlane = g.outH * g.outW;
  const float scale = 1.0f / static_cast<float>(g.kH * g.kW);
  Tensor dx(m_inputBatchShape);
  for (int p = 0; p < planes; ++p) {
    float* d = dx.data() + static_cast<std::size_t>(p) * inPlane;
    const float* gy = gradOut.data() + static_cast<std::size_t>(p) * outPlane;
    for (int i = 0; i < g.outH; ++i) {
      const int y0 = i * g.strideH - g.pad.top;
      const int r0 = std::max(y0, 0), r1 = std::min(y0 + g.kH, g.inH);
      for (int j = 0; j < g.outW; ++j) {
        const int x0 = j * g.strideW - g.pad.left;
        const int c0 = std::max(x0, 0), c1 = std::min(x0 + g.kW, g.inW);
        // ∂y[i][j]/∂x = 1 / kh·kw for every input cell of the window
        const float share = gy[i * g.outW + j] * scale;
        for (int r = r0; r < r1; ++r)
          for (int c = c0; c < c1; ++c)
            d[r * g.inW + c] += share;
      }
    }
  }
  return dx;
}

} // namespace gs
