#include "convbackprop.h"

#include "core/error.h"

namespace gs::backprop {

namespace {
std::string dims(const Tensor& t) {
  return t.rank() == 2 ? std::to_string(t.dim(0)) + "×" + std::to_string(t.dim(1))
                       : shapeString(t.shape());
}
} // namespace

ConvBackprop convBackprop(const Tensor& input, const Tensor& kernel, const Tensor& outputGrad) {
  if (input.rank() != 2 || input.dim(0) < 2 || input.dim(1) < 2 ||
      input.dim(0) > kMaxConvInputSide || input.dim(1) > kMaxConvInputSide)
    throw InputError("input: " + dims(input) + " is not a matrix of 2×2 to 6×6");
  if (kernel.rank() != 2 || kernel.dim(0) != kernel.dim(1) || kernel.dim(0) < 2 ||
      kernel.dim(0) > 3)
    throw InputError("kernel: " + dims(kernel) + " is neither 2×2 nor 3×3");
  const int k = kernel.dim(0);
  if (k > input.dim(0) || k > input.dim(1))
    throw InputError("kernel: " + dims(kernel) + " is larger than the input " + dims(input));
  const int ho = input.dim(0) - k + 1, wo = input.dim(1) - k + 1;
  if (outputGrad.rank() != 2 || outputGrad.dim(0) != ho || outputGrad.dim(1) != wo)
    throw InputError("output gradient: " + dims(outputGrad) + " must be " + std::to_string(ho) +
                     "×" + std::to_string(wo) + ", the size of the valid output");

  ConvBackprop r{input, kernel, outputGrad, {}, {}, {}};
  ConvSpec valid; // valid, stride 1, cross-correlation
  // Y[i][j] = Σ_mn X[i+m][j+n] K[m][n]
  r.forward = convolve(input, kernel, {}, valid, true);
  // ∂C/∂K[m][n] = Σ_ij ∂C/∂Y[i][j] X[i+m][j+n]: the output gradient slides over the input
  r.kernelGrad = convolve(input, outputGrad, {}, valid, true);
  // ∂C/∂X[p][q] = Σ_ij ∂C/∂Y[i][j] K[p−i][q−j]: full convolution (kernel rotated 180°)
  ConvSpec full;
  full.padding = PaddingSpec::full();
  full.flip = true;
  r.inputGrad = convolve(outputGrad, kernel, {}, full, true);
  return r;
}

} // namespace gs::backprop
