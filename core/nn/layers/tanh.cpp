#include "tanh.h"

namespace gs {

Tensor Tanh::forward(const Tensor& x, bool /*training*/) {
  Tensor y = x;
  // y = tanh(x)
  y.array() = y.array().tanh();
  m_output = y;
  return y;
}

Tensor Tanh::backward(const Tensor& gradOut) {
  Tensor dx = gradOut;
  // ∂y/∂x = 1 − y²
  for (std::size_t i = 0; i < dx.size(); ++i)
    dx[i] *= 1.0f - m_output[i] * m_output[i];
  return dx;
}

} // namespace gs
