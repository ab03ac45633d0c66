#include "leakyrelu.h"

namespace gs {

std::unique_ptr<Layer> LeakyRelu::fromJson(LayerSpec& spec) {
  return std::make_unique<LeakyRelu>(spec.number("slope", 0.01, -1e6, 1e6));
}

Tensor LeakyRelu::forward(const Tensor& x, bool /*training*/) {
  m_input = x;
  Tensor y = x;
  // y = x if x > 0 else slope·x
  for (float& v : y.values())
    v = v > 0.0f ? v : static_cast<float>(m_slope) * v;
  return y;
}

Tensor LeakyRelu::backward(const Tensor& gradOut) {
  Tensor dx = gradOut;
  // ∂y/∂x = 1 if x > 0 else slope
  for (std::size_t i = 0; i < dx.size(); ++i)
    dx[i] = m_input[i] > 0.0f ? dx[i] : static_cast<float>(m_slope) * dx[i];
  return dx;
}

} // namespace gs
