#include "softmax.h"

#include <cmath>

namespace gs {

namespace {

/// [N, K, inner]: softmax runs over K with stride `inner`.
struct Axes {
  std::size_t outer, k, inner;
};

Axes axesOf(const Tensor& t) {
  std::size_t inner = 1;
  for (int d = 2; d < t.rank(); ++d)
    inner *= static_cast<std::size_t>(t.dim(d));
  return {static_cast<std::size_t>(t.dim(0)), static_cast<std::size_t>(t.dim(1)), inner};
}

} // namespace

Tensor Softmax::forward(const Tensor& x, bool /*training*/) {
  const Axes a = axesOf(x);
  Tensor y = x;
  for (std::size_t n = 0; n < a.outer; ++n)
    for (std::size_t p = 0; p < a.inner; ++p) {
      float* v = y.data() + n * a.k * a.inner + p;
      float top = v[0];
      for (std::size_t k = 1; k < a.k; ++k)
        top = std::max(top, v[k * a.inner]);
      // y_k = e^{x_k − max} / Σ_j e^{x_j − max}   (subtracting the max changes nothing but
      // keeps e^x from overflowing)
      double sum = 0;
      for (std::size_t k = 0; k < a.k; ++k) {
        v[k * a.inner] = std::exp(v[k * a.inner] - top);
        sum += v[k * a.inner];
      }
      for (std::size_t k = 0; k < a.k; ++k)
        v[k * a.inner] = static_cast<float>(v[k * a.inner] / sum);
    }
  m_output = y;
  return y;
}

Tensor Softmax::backward(const Tensor& gradOut) {
  const Axes a = axesOf(gradOut);
  Tensor dx = gradOut;
  for (std::size_t n = 0; n < a.outer; ++n)
    for (std::size_t p = 0; p < a.inner; ++p) {
      const std::size_t base = n * a.k * a.inner + p;
      const float* y = m_output.data() + base;
      float* g = dx.data() + base;
      // ∂L/∂x_k = y_k·(g_k − Σ_j g_j·y_j)   (from ∂y_j/∂x_k = y_j·(δ_jk − y_k))
      double dotGy = 0;
      for (std::size_t k = 0; k < a.k; ++k)
        dotGy += static_cast<double>(g[k * a.inner]) * y[k * a.inner];
      for (std::size_t k = 0; k < a.k; ++k)
        g[k * a.inner] = static_cast<float>(y[k * a.inner] * (g[k * a.inner] - dotGy));
    }
  return dx;
}

} // namespace gs
