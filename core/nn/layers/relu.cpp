#include "relu.h"

namespace gs {

Tensor Relu::forward(const Tensor& x, bool /*training*/) {
  Tensor y = reuseOutput(x.shape());
  // y = max(0, x), written as a select so that the whole tensor goes through vector registers
  y.array() = (x.array() > 0.0f).select(x.array(), 0.0f);
  m_output = y;
  return y;
}

Tensor Relu::backward(const Tensor& gradOut) {
  Tensor dx = reuseInputGradient(gradOut.shape());
  // ∂y/∂x = 1 where x > 0, else 0 (PyTorch takes 0 at x = 0); y > 0 exactly where x > 0
  dx.array() = (m_output.array() > 0.0f).select(gradOut.array(), 0.0f);
  return dx;
}

} // namespace gs
