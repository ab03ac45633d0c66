#pragma once
// The Convolution Lab's engine (DESIGN.md section 3): multi-channel 2-D convolution or
// cross-correlation with padding modes, stride, dilation, bias and activation, and a trace of
// every output cell that the page animates and the CLI prints with --trace.
#include "core/convgeometry.h"
#include "core/error.h"
#include "core/tensor.h"

#include <string>
#include <vector>

namespace gs {

enum class Activation { None, Relu, Sigmoid, Tanh };
/// "none" | "relu" | "sigmoid" | "tanh"; InputError otherwise.
Activation activationFromName(const std::string& name);
std::string activationName(Activation a);
double applyActivation(Activation a, double v);

/// The largest input side convolve() and pool() accept.
inline constexpr int kMaxInputSide = 4096;

struct ConvSpec {
  PaddingSpec padding = PaddingSpec::valid();
  int strideH = 1, strideW = 1;
  int dilationH = 1, dilationW = 1;
  bool flip = false; ///< true: mathematical convolution (kernel rotated 180°)
  Activation activation = Activation::None;
};

/// One (input, weight) product of a window. row/col index the input plane; a padding cell has
/// a row or column outside [0, H) × [0, W) and x = 0.
struct TraceTerm {
  int channel = 0;
  int row = 0, col = 0;   ///< input cell (may lie in the padding)
  int kRow = 0, kCol = 0; ///< kernel cell as stored (before any flip)
  double x = 0, w = 0;    ///< w is the weight actually multiplied (after the flip)
};

/// Everything that produced one output cell.
struct TraceStep {
  int out = 0, i = 0, j = 0; ///< output channel (kernel index), row, column
  std::vector<TraceTerm> terms;
  std::vector<double> channelSums; ///< partial sum per input channel
  double sum = 0;                  ///< Σ x·w over all channels
  double bias = 0;
  double value = 0; ///< activation(sum + bias), equal to the output cell (float)
  Activation activation = Activation::None; ///< the activation that produced value
};

struct ConvCost {
  long long params = 0; ///< N·C·kh·kw + N
  long long macs = 0;   ///< N·Ho·Wo·C·kh·kw
  long long flops = 0;  ///< 2·MACs
};

struct ConvResult {
  ConvGeometry geometry;
  Tensor output; ///< [N, Ho, Wo]
  ConvCost cost;
  std::vector<TraceStep> trace; ///< in output order (n, i, j); empty unless asked for
};

/// input: [C, H, W] (or [H, W] for one channel); kernels: [N, C, kh, kw] (or [kh, kw] /
/// [C, kh, kw] for one kernel); bias: N values or empty. Throws InputError naming the problem:
/// kernel channels ≠ input channels, bias count ≠ kernels, stride or dilation < 1, kernel
/// larger than the padded input (in valid mode the message says valid has no padding), input
/// larger than 4096×4096. The output is W · im2col(x) (Eigen GEMM, flip = the rotated kernel),
/// the path the Conv2D layer shares; the trace is rebuilt from the same geometry, its sums in
/// double, its value the output cell itself.
ConvResult convolve(const Tensor& input, const Tensor& kernels, const std::vector<float>& bias,
                    const ConvSpec& spec, bool withTrace);

/// The kernel rotated by 180° (per plane), as used when flip is on.
Tensor rotate180(const Tensor& kernel);

/// Cost of a layer without computing it (the course's formulas).
ConvCost convCost(int channels, int kernels, int kh, int kw, int outH, int outW);

/// "(-1)×1 + 0×0 + … + 1 = 1": the worked equation of one step, numbers written compactly.
/// Each term is weight×input (the weight actually multiplied, i.e. after a flip), terms of all
/// input channels in order (channel, kernel row, kernel column). The bias term is appended only
/// when the bias is not zero (a zero bias adds nothing to read). With an activation the line
/// ends "= s, relu(s) = v". Negative numbers are written in parentheses.
std::string traceEquation(const TraceStep& step);

/// A number as the equation writes it: integers without decimals, others rounded to at most 4
/// decimals with trailing zeros removed ("0.5", "0.3333"), tiny values in 4 significant digits
/// ("1.235e-05"), negatives in parentheses when `parenthesizeNegative` ("(-1)").
std::string formatNumber(double v, bool parenthesizeNegative = false);

} // namespace gs
