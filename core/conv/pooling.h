#pragma once
// Max and average pooling with a trace (DESIGN.md section 3): kernel, stride (default =
// kernel), zero padding. Average counts padded cells (PyTorch's count_include_pad=True);
// max ignores them.
#include "convolution.h"

namespace gs {

enum class PoolKind { Max, Average };
/// "max" | "avg"; InputError otherwise.
PoolKind poolKindFromName(const std::string& name);

struct PoolSpec {
  PoolKind kind = PoolKind::Max;
  int kernelH = 2, kernelW = 2;
  int strideH = 0, strideW = 0; ///< 0 = same as the kernel
  int padding = 0;
};

struct PoolStep {
  int channel = 0, i = 0, j = 0;
  std::vector<TraceTerm> terms;       ///< every cell of the window (w unused)
  int argmaxRow = -1, argmaxCol = -1; ///< max only: the chosen input cell
  double value = 0;
};

struct PoolResult {
  ConvGeometry geometry;
  Tensor output; ///< [C, Ho, Wo]
  std::vector<PoolStep> trace;
};

/// input: [C, H, W] or [H, W]. Throws InputError on a bad kernel, stride or padding (padding
/// more than half the kernel, as PyTorch refuses).
PoolResult pool(const Tensor& input, const PoolSpec& spec, bool withTrace);

} // namespace gs
