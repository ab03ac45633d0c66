#include "relu.h"

namespace gs {

Tensor Relu::forward(const Tensor& x, bool /*training*/) {
  Tensor y = reuseOutput(x.shape());
  // y = max(0, x)
  for (std::size_t i = 0; i < x.size(); ++i)
    y[i] = x[i] > 0.0f ? x[i] : 0.0f;
  m_output = y;
  return y;
}

Tensor Relu::backward(const Tensor& gradOut) {
  Tensor dx = reuseInputGradient(gradOut.shape());
  const float* y = m_output.data();
  // ∂y/∂x = 1 where x > 0, else 0 (PyTorch takes 0 at x = 0)
  for (std::size_t i = 0; i < dx.size(); ++i)
    dx[i] = y[i] > 0.0f ? gradOut[i] : 0.0f;
  return dx;
}

} // namespace gs
