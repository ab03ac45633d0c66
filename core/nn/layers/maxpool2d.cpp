#include "maxpool2d.h"

#include <bit>
#include <limits>

namespace gs {

namespace {

/// The first input cell of window (i, j): where a window of all −∞ points its gradient.
int firstCell(const ConvGeometry& g, int i, int j) {
  return std::max(i * g.strideH - g.pad.top, 0) * g.inW + std::max(j * g.strideW - g.pad.left, 0);
}

/// 2×2 windows, stride 2, no padding (LeNet's S2 and S4): every window lies inside the input,
/// so each output reads two neighbours on two rows, with no border bookkeeping.
void forward2x2(const float* in, float* out, int* arg, const ConvGeometry& g) {
  // sizes in locals: the int stores below could otherwise alias g and reload it every cell
  const int inW = g.inW, outW = g.outW;
  for (int i = 0; i < g.outH; ++i) {
    const float* top = in + 2 * i * inW;
    const float* bottom = top + inW;
    float* best = out + i * outW;
    int* bestAt = arg + i * outW;
    // y[i][j] = max(x[2i][2j], x[2i][2j+1], x[2i+1][2j], x[2i+1][2j+1]), the first maximum
    // winning ties and a NaN winning over numbers, in the same window order as the general
    // path. Plain selects without branches, so that the loop runs in vector registers.
    for (int j = 0; j < outW; ++j) {
      const float a = top[2 * j], b = top[2 * j + 1], c = bottom[2 * j], d = bottom[2 * j + 1];
      float m = a;
      int which = 0; // 0 1 / 2 3 within the window
      const auto consider = [&](float v, int index) {
        const int take = -static_cast<int>((v > m) | (v != v)); // all ones or 0
        which = (index & take) | (which & ~take);
        m = std::bit_cast<float>((std::bit_cast<int>(v) & take) | (std::bit_cast<int>(m) & ~take));
      };
      consider(b, 1);
      consider(c, 2);
      consider(d, 3);
      best[j] = m;
      bestAt[j] = 2 * i * inW + 2 * j + (which & 1) + (which >> 1) * inW;
    }
  }
}

} // namespace

std::unique_ptr<Layer> MaxPool2d::fromJson(LayerSpec& spec) {
  return std::make_unique<MaxPool2d>(readOptions(spec));
}

Tensor MaxPool2d::forward(const Tensor& x, bool /*training*/) {
  const ConvGeometry& g = m_geometry;
  const int planes = x.dim(0) * m_channels;
  m_inputBatchShape = x.shape();
  Tensor y = reuseOutput({x.dim(0), m_channels, g.outH, g.outW});
  m_argmax.resize(y.size());
  const int inPlane = g.inH * g.inW, outPlane = g.outH * g.outW;
  const bool twoByTwo = g.kH == 2 && g.kW == 2 && g.strideH == 2 && g.strideW == 2 &&
                        g.pad.top == 0 && g.pad.bottom == 0 && g.pad.left == 0 && g.pad.right == 0;
  for (int p = 0; p < planes; ++p) {
    const float* in = x.data() + static_cast<std::size_t>(p) * inPlane;
    float* out = y.data() + static_cast<std::size_t>(p) * outPlane;
    int* arg = m_argmax.data() + static_cast<std::size_t>(p) * outPlane;
    if (twoByTwo) {
      forward2x2(in, out, arg, g);
      continue;
    }
    for (int i = 0; i < g.outH; ++i) {
      float* best = out + i * g.outW;
      int* bestAt = arg + i * g.outW;
      for (int j = 0; j < g.outW; ++j) {
        best[j] = -std::numeric_limits<float>::infinity();
        bestAt[j] = firstCell(g, i, j);
      }
      // y[i][j] = max over the window of x (cells inside the input only). A NaN wins and
      // stays, as in PyTorch, so that it is never hidden. Row by row of the window, so that
      // the inner loop runs along j; the selects are bit masks, not branches.
      const int y0 = i * g.strideH - g.pad.top;
      for (int r = std::max(y0, 0); r < std::min(y0 + g.kH, g.inH); ++r) {
        const float* row = in + r * g.inW;
        for (int n = 0; n < g.kW; ++n) {
          const int offset = n - g.pad.left; // x = j·s + offset
          const int jLo = offset >= 0 ? 0 : (-offset + g.strideW - 1) / g.strideW;
          const int jHi = std::min(g.outW, (g.inW - 1 - offset) / g.strideW + 1);
          for (int j = jLo; j < jHi; ++j) {
            const int at = j * g.strideW + offset;
            const float v = row[at];
            const int take = -static_cast<int>((v > best[j]) | (v != v)); // all ones or 0
            bestAt[j] = ((r * g.inW + at) & take) | (bestAt[j] & ~take);
            best[j] = std::bit_cast<float>((std::bit_cast<int>(v) & take) |
                                           (std::bit_cast<int>(best[j]) & ~take));
          }
        }
      }
    }
  }
  return y;
}

Tensor MaxPool2d::backward(const Tensor& gradOut) {
  const ConvGeometry& g = m_geometry;
  Tensor dx = reuseInputGradient(m_inputBatchShape);
  dx.fill(0.0f); // the winners' gradients are added below
  const int planes = m_inputBatchShape[0] * m_channels;
  const int inPlane = g.inH * g.inW, outPlane = g.outH * g.outW;
  for (int p = 0; p < planes; ++p) {
    float* d = dx.data() + static_cast<std::size_t>(p) * inPlane;
    const float* gy = gradOut.data() + static_cast<std::size_t>(p) * outPlane;
    const int* arg = m_argmax.data() + static_cast<std::size_t>(p) * outPlane;
    // ∂y/∂x = 1 for the winning cell of the window, 0 for the others
    for (int o = 0; o < outPlane; ++o)
      d[arg[o]] += gy[o];
  }
  return dx;
}

} // namespace gs
