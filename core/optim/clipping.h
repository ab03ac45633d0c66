#pragma once
// Gradient clipping as torch.nn.utils: by the global L2 norm over all parameters
// (clip_grad_norm_) and by value (clip_grad_value_). Works on the gradient arrays in place.
#include <cstddef>
#include <vector>

namespace gs {

/// One gradient array of `size` floats (a parameter's gradient, e.g. from a ParamSlot).
struct GradSpan {
  float* data = nullptr;
  std::size_t size = 0;
};

/// total = √(Σ g²) over every element of every span; every gradient is scaled by
/// min(1, maxNorm / (total + 1e-6)). Returns the total norm before clipping.
/// InputError when maxNorm is not a number > 0.
double clipGradNorm(const std::vector<GradSpan>& grads, double maxNorm);

/// Clamps every gradient element to [−clipValue, clipValue].
/// InputError when clipValue is not a number > 0.
void clipGradValue(const std::vector<GradSpan>& grads, double clipValue);

} // namespace gs
