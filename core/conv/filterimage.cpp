#include "filterimage.h"

#include "convolution.h"
#include "core/convgeometry.h"
#include "core/error.h"

namespace gs {

Tensor filterImage(const Tensor& image, const Tensor& kernel, bool flip) {
  if (image.rank() != 2 || image.empty())
    throw InputError("image must be a non-empty [H][W] plane, got shape " +
                     shapeString(image.shape()));
  if (kernel.rank() != 2 || kernel.empty())
    throw InputError("kernel must be a non-empty [kh][kw] plane, got shape " +
                     shapeString(kernel.shape()));
  const int H = image.dim(0), W = image.dim(1);
  const int kh = kernel.dim(0), kw = kernel.dim(1);
  if (H > kMaxInputSide || W > kMaxInputSide)
    throw InputError("image " + std::to_string(H) + "×" + std::to_string(W) +
                     " is larger than the " + std::to_string(kMaxInputSide) + "×" +
                     std::to_string(kMaxInputSide) + " limit");
  const AxisPadding pv = resolveAxisPadding(PadMode::Same, H, kh, 1, 1);
  const AxisPadding ph = resolveAxisPadding(PadMode::Same, W, kw, 1, 1);

  // The zero-padded image, (H + kh − 1) × (W + kw − 1).
  const int PH = H + pv.before + pv.after, PW = W + ph.before + ph.after;
  std::vector<float> padded(static_cast<std::size_t>(PH) * PW, 0.0f);
  for (int y = 0; y < H; ++y)
    std::copy(image.data() + static_cast<std::size_t>(y) * W,
              image.data() + static_cast<std::size_t>(y + 1) * W,
              padded.data() + static_cast<std::size_t>(y + pv.before) * PW + ph.before);

  const Tensor w = flip ? rotate180(kernel) : kernel;
  Tensor out({H, W});
  // out[i][j] = Σ_m Σ_n padded[i + m][j + n] · w[m][n], accumulated one kernel cell at a time
  // so that the inner loop is a contiguous multiply-add over a row (vectorised by the compiler).
  for (int i = 0; i < H; ++i) {
    float* dst = out.data() + static_cast<std::size_t>(i) * W;
    for (int m = 0; m < kh; ++m) {
      const float* srcRow = padded.data() + static_cast<std::size_t>(i + m) * PW;
      for (int n = 0; n < kw; ++n) {
        const float wv = w[static_cast<std::size_t>(m) * kw + n];
        const float* src = srcRow + n;
        for (int j = 0; j < W; ++j)
          dst[j] += wv * src[j];
      }
    }
  }
  return out;
}

} // namespace gs
