#include "sigmoid.h"

#include <cmath>

namespace gs {

Tensor Sigmoid::forward(const Tensor& x, bool /*training*/) {
  Tensor y = x;
  // y = 1 / (1 + e^−x), written as e^x / (1 + e^x) for x < 0 so that e^−x never overflows
  for (float& v : y.values()) {
    if (v >= 0.0f) {
      v = 1.0f / (1.0f + std::exp(-v));
    } else {
      const float e = std::exp(v);
      v = e / (1.0f + e);
    }
  }
  m_output = y;
  return y;
}

Tensor Sigmoid::backward(const Tensor& gradOut) {
  Tensor dx = gradOut;
  // ∂y/∂x = y·(1 − y)
  for (std::size_t i = 0; i < dx.size(); ++i)
    dx[i] *= m_output[i] * (1.0f - m_output[i]);
  return dx;
}

} // namespace gs
