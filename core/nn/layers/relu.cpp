#include "relu.h"

namespace gs {

Tensor Relu::forward(const Tensor& x, bool /*training*/) {
  Tensor y = x;
  // y = max(0, x)
  for (float& v : y.values())
    v = v > 0.0f ? v : 0.0f;
  m_output = y;
  return y;
}

Tensor Relu::backward(const Tensor& gradOut) {
  Tensor dx = gradOut;
  const float* y = m_output.data();
  // ∂y/∂x = 1 where x > 0, else 0 (PyTorch takes 0 at x = 0)
  for (std::size_t i = 0; i < dx.size(); ++i)
    dx[i] = y[i] > 0.0f ? dx[i] : 0.0f;
  return dx;
}

} // namespace gs
