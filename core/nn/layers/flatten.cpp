#include "flatten.h"

namespace gs {

Shape Flatten::build(const Shape& inputShape) {
  m_inputShape = inputShape;
  return {static_cast<int>(shapeSize(inputShape))};
}

Tensor Flatten::forward(const Tensor& x, bool /*training*/) {
  return x.reshaped({x.dim(0), static_cast<int>(shapeSize(m_inputShape))});
}

Tensor Flatten::backward(const Tensor& gradOut) {
  // ∂L/∂x is ∂L/∂y with the input's shape: flattening only renames the cells.
  Shape shape = m_inputShape;
  shape.insert(shape.begin(), gradOut.dim(0));
  return gradOut.reshaped(shape);
}

} // namespace gs
