#include "elu.h"

#include <cmath>

namespace gs {

std::unique_ptr<Layer> Elu::fromJson(LayerSpec& spec) {
  return std::make_unique<Elu>(spec.number("alpha", 1.0, -1e6, 1e6));
}

Tensor Elu::forward(const Tensor& x, bool /*training*/) {
  m_input = x;
  Tensor y = x;
  // y = x if x > 0 else α·(e^x − 1)
  for (float& v : y.values())
    v = v > 0.0f ? v : static_cast<float>(m_alpha) * std::expm1(v);
  m_output = y;
  return y;
}

Tensor Elu::backward(const Tensor& gradOut) {
  Tensor dx = gradOut;
  // ∂y/∂x = 1 if x > 0 else α·e^x = y + α
  for (std::size_t i = 0; i < dx.size(); ++i)
    if (!(m_input[i] > 0.0f))
      dx[i] *= m_output[i] + static_cast<float>(m_alpha);
  return dx;
}

} // namespace gs
