#include "relu.h"

namespace gs {

namespace {

using ConstArray = Eigen::Map<const Eigen::ArrayXf>;
using Array = Eigen::Map<Eigen::ArrayXf>;

ConstArray array(const Tensor& t) {
  return {t.data(), static_cast<Eigen::Index>(t.size())};
}

} // namespace

Tensor Relu::forward(const Tensor& x, bool /*training*/) {
  Tensor y = reuseOutput(x.shape());
  // y = max(0, x), written as a select so that the whole tensor goes through vector registers
  Array(y.data(), static_cast<Eigen::Index>(y.size())) = (array(x) > 0.0f).select(array(x), 0.0f);
  m_output = y;
  return y;
}

Tensor Relu::backward(const Tensor& gradOut) {
  Tensor dx = reuseInputGradient(gradOut.shape());
  // ∂y/∂x = 1 where x > 0, else 0 (PyTorch takes 0 at x = 0); y > 0 exactly where x > 0
  Array(dx.data(), static_cast<Eigen::Index>(dx.size())) =
      (array(m_output) > 0.0f).select(array(gradOut), 0.0f);
  return dx;
}

} // namespace gs
