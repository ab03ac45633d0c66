#include "tensor.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <stdexcept>

namespace gs {

std::string shapeString(const Shape& shape) {
  std::string s = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) {
    if (i > 0)
      s += ", ";
    s += std::to_string(shape[i]);
  }
  return s + "]";
}

std::size_t shapeSize(const Shape& shape) {
  std::size_t n = 1;
  for (int d : shape) {
    if (d < 0)
      throw std::invalid_argument("negative dimension in shape " + shapeString(shape));
    n *= static_cast<std::size_t>(d);
  }
  return n;
}

Tensor::Tensor(Shape shape, float fill)
    : m_shape(std::move(shape))
    , m_data(shapeSize(m_shape), fill) {}

Tensor::Tensor(Shape shape, const std::vector<float>& values)
    : m_shape(std::move(shape))
    , m_data(values.begin(), values.end()) {
  if (m_data.size() != shapeSize(m_shape))
    throw std::invalid_argument("tensor of shape " + shapeString(m_shape) + " needs " +
                                std::to_string(shapeSize(m_shape)) + " values, got " +
                                std::to_string(m_data.size()));
}

std::size_t Tensor::offset(int n, int c, int h, int w) const {
  return ((static_cast<std::size_t>(n) * m_shape[1] + c) * m_shape[2] + h) * m_shape[3] + w;
}

float& Tensor::at(int n, int c, int h, int w) {
  return m_data[offset(n, c, h, w)];
}
float Tensor::at(int n, int c, int h, int w) const {
  return m_data[offset(n, c, h, w)];
}

void Tensor::reshape(Shape shape) {
  if (shapeSize(shape) != m_data.size())
    throw std::invalid_argument("cannot reshape " + shapeString(m_shape) + " to " +
                                shapeString(shape));
  m_shape = std::move(shape);
}

Tensor Tensor::reshaped(Shape shape) const {
  Tensor t = *this;
  t.reshape(std::move(shape));
  return t;
}

void Tensor::fill(float value) {
  std::fill(m_data.begin(), m_data.end(), value);
}

MapRM Tensor::matrix(int rows, int cols) {
  if (static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols) != m_data.size())
    throw std::invalid_argument("matrix view " + std::to_string(rows) + "x" + std::to_string(cols) +
                                " of tensor " + shapeString(m_shape));
  return MapRM(m_data.data(), rows, cols);
}

ConstMapRM Tensor::matrix(int rows, int cols) const {
  if (static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols) != m_data.size())
    throw std::invalid_argument("matrix view " + std::to_string(rows) + "x" + std::to_string(cols) +
                                " of tensor " + shapeString(m_shape));
  return ConstMapRM(m_data.data(), rows, cols);
}

} // namespace gs
