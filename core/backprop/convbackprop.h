#pragma once
// Backpropagation through one convolution layer (one channel, one kernel, stride 1, valid):
//   forward     Y = X ⋆ K                      (valid cross-correlation, the deep-learning "conv")
//   kernel      ∂C/∂K = X ⋆ ∂C/∂Y              (valid cross-correlation of the input with the
//                                               output gradient)
//   input       ∂C/∂X = ∂C/∂Y ∗ K  (full)      (full convolution of the output gradient with the
//               = full cross-correlation of ∂C/∂Y with rot180(K))
// All three are computed by the Convolution Lab's engine (gs::convolve with a trace), so the
// page animates them window by window with the Lab's numbers and equations.
#include "core/conv/convolution.h"
#include "core/tensor.h"

namespace gs::backprop {

inline constexpr int kMaxConvInputSide = 6;

struct ConvBackprop {
  Tensor input;          ///< X [H, W]
  Tensor kernel;         ///< K [k, k]
  Tensor outputGrad;     ///< ∂C/∂Y [H−k+1, W−k+1]
  ConvResult forward;    ///< Y: convolve(X, K, valid), output [1, H−k+1, W−k+1]
  ConvResult kernelGrad; ///< convolve(X, ∂C/∂Y, valid), output [1, k, k]
  ConvResult inputGrad;  ///< convolve(∂C/∂Y, K, full, flip), output [1, H, W]
};

/// input [H, W] with 2 ≤ H, W ≤ 6; kernel [k, k] with k = 2 or 3, k ≤ H and k ≤ W;
/// outputGrad [H−k+1, W−k+1]. Throws InputError naming what does not fit.
ConvBackprop convBackprop(const Tensor& input, const Tensor& kernel, const Tensor& outputGrad);

} // namespace gs::backprop
