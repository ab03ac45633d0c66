#include "convolution.h"

#include "core/error.h"
#include "core/im2col.h"

#include <algorithm>

namespace gs {

namespace {

std::string dims(int h, int w) {
  return std::to_string(h) + "×" + std::to_string(w);
}

/// The input's shape as [C, H, W] ([H, W] is one channel).
Shape inputShapeChw(const Tensor& input) {
  if (input.rank() == 2)
    return {1, input.dim(0), input.dim(1)};
  if (input.rank() == 3)
    return input.shape();
  throw InputError("input must be [H][W] or [C][H][W], got shape " + shapeString(input.shape()));
}

/// The kernels' shape as [N, C, kh, kw] ([kh, kw] and [C, kh, kw] are one kernel).
Shape kernelShapeNchw(const Tensor& kernels) {
  if (kernels.rank() == 2)
    return {1, 1, kernels.dim(0), kernels.dim(1)};
  if (kernels.rank() == 3)
    return {1, kernels.dim(0), kernels.dim(1), kernels.dim(2)};
  if (kernels.rank() == 4)
    return kernels.shape();
  throw InputError("kernel must be [kh][kw], [C][kh][kw] or [N][C][kh][kw], got shape " +
                   shapeString(kernels.shape()));
}

std::string plural(int n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

/// Output rows per im2col band, so that the unrolled columns stay below 256 KB (they stay in
/// cache, and a small buffer avoids the page faults of a fresh multi-megabyte one per call).
int bandRows(const ConvGeometry& g, int channels) {
  const long rowFloats = static_cast<long>(channels) * g.kH * g.kW * g.outW;
  constexpr long kBandFloats = 1L << 16;
  return static_cast<int>(
      std::clamp(kBandFloats / std::max(rowFloats, 1L), 1L, static_cast<long>(g.outH)));
}

/// x: [C, H, W]; k: [N, C, kh, kw] as stored (not flipped).
void fillTrace(const Tensor& x, const Tensor& k, const Shape& kShape,
               const std::vector<float>& bias, const ConvSpec& spec, const ConvGeometry& g,
               const Tensor& output, std::vector<TraceStep>& trace) {
  const int N = kShape[0], C = kShape[1], kh = kShape[2], kw = kShape[3];
  trace.reserve(static_cast<std::size_t>(N) * g.outH * g.outW);
  for (int o = 0; o < N; ++o) {
    for (int i = 0; i < g.outH; ++i) {
      for (int j = 0; j < g.outW; ++j) {
        TraceStep step;
        step.out = o;
        step.i = i;
        step.j = j;
        step.activation = spec.activation;
        step.bias = bias.empty() ? 0.0 : bias[static_cast<std::size_t>(o)];
        step.terms.reserve(static_cast<std::size_t>(C) * kh * kw);
        for (int c = 0; c < C; ++c) {
          double partial = 0;
          for (int m = 0; m < kh; ++m) {
            for (int n = 0; n < kw; ++n) {
              TraceTerm t;
              t.channel = c;
              // y[i][j] = Σ x[i·s + m·d − p0][j·s + n·d − p0'] · w[m][n]
              t.row = i * g.strideH + m * g.dilationH - g.pad.top;
              t.col = j * g.strideW + n * g.dilationW - g.pad.left;
              // flip: the stored kernel is rotated 180°, so window cell (m, n) meets
              // w[kh−1−m][kw−1−n]
              t.kRow = spec.flip ? kh - 1 - m : m;
              t.kCol = spec.flip ? kw - 1 - n : n;
              const bool inside = t.row >= 0 && t.row < g.inH && t.col >= 0 && t.col < g.inW;
              t.x = inside ? x[(static_cast<std::size_t>(c) * g.inH + t.row) * g.inW + t.col] : 0.0;
              t.w = k[((static_cast<std::size_t>(o) * C + c) * kh + t.kRow) * kw + t.kCol];
              partial += t.x * t.w;
              step.terms.push_back(t);
            }
          }
          step.channelSums.push_back(partial);
          step.sum += partial;
        }
        step.value = output[(static_cast<std::size_t>(o) * g.outH + i) * g.outW + j];
        trace.push_back(std::move(step));
      }
    }
  }
}

} // namespace

Tensor rotate180(const Tensor& kernel) {
  if (kernel.rank() < 2)
    throw InputError("a kernel to rotate needs at least 2 dimensions, got shape " +
                     shapeString(kernel.shape()));
  const int kh = kernel.dim(kernel.rank() - 2), kw = kernel.dim(kernel.rank() - 1);
  const std::size_t plane = static_cast<std::size_t>(kh) * kw;
  Tensor out(kernel.shape());
  for (std::size_t p = 0; p < kernel.size() / std::max<std::size_t>(plane, 1); ++p)
    // rot180(w)[m][n] = w[kh−1−m][kw−1−n]: reversing a plane's flat order does exactly that
    std::reverse_copy(kernel.data() + p * plane, kernel.data() + (p + 1) * plane,
                      out.data() + p * plane);
  return out;
}

ConvCost convCost(int channels, int kernels, int kh, int kw, int outH, int outW) {
  ConvCost cost;
  // params = N·C·kh·kw + N (one bias per kernel)
  cost.params = static_cast<long long>(kernels) * channels * kh * kw + kernels;
  // MACs = N·Ho·Wo·C·kh·kw: one multiply-add per weight per output cell
  cost.macs = static_cast<long long>(kernels) * outH * outW * channels * kh * kw;
  // FLOPs = 2·MACs (a multiply and an add)
  cost.flops = 2 * cost.macs;
  return cost;
}

ConvResult convolve(const Tensor& input, const Tensor& kernels, const std::vector<float>& bias,
                    const ConvSpec& spec, bool withTrace) {
  const Shape xs = inputShapeChw(input), ks = kernelShapeNchw(kernels);
  const int C = xs[0], H = xs[1], W = xs[2];
  const int N = ks[0], kh = ks[2], kw = ks[3];

  if (H > kMaxInputSide || W > kMaxInputSide)
    throw InputError("input " + dims(H, W) + " is larger than the " +
                     dims(kMaxInputSide, kMaxInputSide) + " limit");
  if (ks[1] != C)
    throw InputError("kernel has " + plural(ks[1], "channel") + ", input has " + std::to_string(C));
  if (!bias.empty() && static_cast<int>(bias.size()) != N)
    throw InputError("bias has " + plural(static_cast<int>(bias.size()), "value") + ", expected " +
                     std::to_string(N) + " (one per kernel)");
  if (spec.padding.mode == PadMode::Valid && spec.strideH >= 1 && spec.strideW >= 1 &&
      spec.dilationH >= 1 && spec.dilationW >= 1) {
    const int keH = effectiveKernel(kh, spec.dilationH), keW = effectiveKernel(kw, spec.dilationW);
    if (keH > H || keW > W)
      throw InputError("valid mode: kernel " + dims(kh, kw) +
                       (keH != kh || keW != kw ? " (effective " + dims(keH, keW) + ")" : "") +
                       " is larger than the input " + dims(H, W) +
                       "; valid uses no padding, so there is no output (use same or full)");
  }

  ConvResult result;
  const ConvGeometry g = makeConvGeometry(H, W, kh, kw, spec.padding, spec.strideH, spec.strideW,
                                          spec.dilationH, spec.dilationW);
  result.geometry = g;
  result.cost = convCost(C, N, kh, kw, g.outH, g.outW);

  // The weights as one matrix [N][C·kh·kw]; flip multiplies by the rotated kernel.
  const Tensor rotated = spec.flip ? rotate180(kernels) : Tensor();
  const ConstMapRM wm(spec.flip ? rotated.data() : kernels.data(), N, C * kh * kw);

  // out[N][Ho·Wo] = W[N][C·kh·kw] · cols[C·kh·kw][Ho·Wo], one band of output rows at a time.
  result.output = Tensor({N, g.outH, g.outW});
  MapRM out(result.output.data(), N, g.outH * g.outW);
  const int band = bandRows(g, C);
  std::vector<float> cols;
  for (int i0 = 0; i0 < g.outH; i0 += band) {
    ConvGeometry part = g;
    part.outH = std::min(band, g.outH - i0);
    // Band rows start at output row i0: shifting the top padding moves every window down by
    // i0·s rows (y = (i + i0)·s + m·d − p0).
    part.pad.top = g.pad.top - i0 * g.strideH;
    const int cells = part.outH * g.outW;
    cols.resize(static_cast<std::size_t>(C) * kh * kw * cells);
    im2col(input.data(), C, part, cols.data());
    out.middleCols(static_cast<long>(i0) * g.outW, cells).noalias() =
        wm * ConstMapRM(cols.data(), C * kh * kw, cells);
  }

  // y = activation(Σ x·w + b)
  for (int o = 0; o < N; ++o) {
    const double b = bias.empty() ? 0.0 : bias[static_cast<std::size_t>(o)];
    for (int c = 0; c < g.outH * g.outW; ++c)
      out(o, c) = static_cast<float>(applyActivation(spec.activation, out(o, c) + b));
  }

  if (withTrace)
    fillTrace(input, kernels, ks, bias, spec, g, result.output, result.trace);
  return result;
}

} // namespace gs
