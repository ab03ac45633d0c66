#include "pooling.h"

#include "core/error.h"

#include <algorithm>

namespace gs {

PoolKind poolKindFromName(const std::string& name) {
  if (name == "max")
    return PoolKind::Max;
  if (name == "avg")
    return PoolKind::Average;
  throw InputError("unknown pooling kind '" + name + "' (expected max or avg)");
}

PoolResult pool(const Tensor& input, const PoolSpec& spec, bool withTrace) {
  if (input.rank() != 2 && input.rank() != 3)
    throw InputError("input must be [H][W] or [C][H][W], got shape " + shapeString(input.shape()));
  const int C = input.rank() == 3 ? input.dim(0) : 1;
  const int H = input.dim(input.rank() - 2), W = input.dim(input.rank() - 1);
  if (H > kMaxInputSide || W > kMaxInputSide)
    throw InputError("input " + std::to_string(H) + "×" + std::to_string(W) +
                     " is larger than the " + std::to_string(kMaxInputSide) + "×" +
                     std::to_string(kMaxInputSide) + " limit");
  if (spec.kernelH < 1 || spec.kernelW < 1)
    throw InputError("pooling kernel must be at least 1×1, got " + std::to_string(spec.kernelH) +
                     "×" + std::to_string(spec.kernelW));
  if (spec.strideH < 0 || spec.strideW < 0)
    throw InputError("stride must be at least 1, got " +
                     std::to_string(std::min(spec.strideH, spec.strideW)));
  if (spec.padding < 0)
    throw InputError("padding must not be negative, got " + std::to_string(spec.padding));
  // PyTorch: "pad should be at most half of effective kernel size"
  if (2 * spec.padding > spec.kernelH || 2 * spec.padding > spec.kernelW)
    throw InputError("padding " + std::to_string(spec.padding) +
                     " is more than half the pooling kernel " + std::to_string(spec.kernelH) + "×" +
                     std::to_string(spec.kernelW));
  const int sH = spec.strideH == 0 ? spec.kernelH : spec.strideH;
  const int sW = spec.strideW == 0 ? spec.kernelW : spec.strideW;

  PoolResult result;
  const ConvGeometry g = makeConvGeometry(H, W, spec.kernelH, spec.kernelW,
                                          PaddingSpec::uniform(spec.padding), sH, sW, 1, 1);
  result.geometry = g;
  result.output = Tensor({C, g.outH, g.outW});
  const double area = static_cast<double>(g.kH) * g.kW;

  for (int c = 0; c < C; ++c) {
    const float* plane = input.data() + static_cast<std::size_t>(c) * H * W;
    for (int i = 0; i < g.outH; ++i) {
      for (int j = 0; j < g.outW; ++j) {
        PoolStep step;
        step.channel = c;
        step.i = i;
        step.j = j;
        double sum = 0;
        bool haveMax = false;
        for (int m = 0; m < g.kH; ++m) {
          for (int n = 0; n < g.kW; ++n) {
            const int y = i * sH + m - g.pad.top;
            const int x = j * sW + n - g.pad.left;
            const bool inside = y >= 0 && y < H && x >= 0 && x < W;
            const double v = inside ? plane[static_cast<std::size_t>(y) * W + x] : 0.0;
            sum += v;
            // max ignores padding (PyTorch pads with −∞); the first maximum wins ties
            if (inside && (!haveMax || v > step.value)) {
              haveMax = true;
              step.value = v;
              step.argmaxRow = y;
              step.argmaxCol = x;
            }
            if (withTrace)
              step.terms.push_back({c, y, x, m, n, v, 0.0});
          }
        }
        if (spec.kind == PoolKind::Average) {
          // avg = Σ window / (kh·kw), padded cells included (count_include_pad=True)
          step.value = sum / area;
          step.argmaxRow = step.argmaxCol = -1;
        }
        result.output[(static_cast<std::size_t>(c) * g.outH + i) * g.outW + j] =
            static_cast<float>(step.value);
        if (withTrace)
          result.trace.push_back(std::move(step));
      }
    }
  }
  return result;
}

} // namespace gs
