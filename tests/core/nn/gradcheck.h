#pragma once
// Finite-difference gradient checks for layers and networks.
// The scalar L = Σ y·r with a fixed random r makes ∂L/∂y = r, so backward(r) must give
// ∂L/∂x and ∂L/∂θ. Each is compared with the central difference
//   ∂L/∂v ≈ (L(v + h) − L(v − h)) / 2h,
// L summed in double over the float32 outputs.
#include "core/nn/layer.h"
#include "core/nn/network.h"

#include <cmath>
#include <functional>
#include <gtest/gtest.h>
#include <string>

namespace gs::test {

inline Tensor randomTensor(const Shape& shape, Rng& rng, double lo = -1.0, double hi = 1.0) {
  Tensor t(shape);
  for (float& v : t.values())
    v = static_cast<float>(rng.uniform(lo, hi));
  return t;
}

inline double dot(const Tensor& a, const Tensor& b) {
  double s = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    s += static_cast<double>(a[i]) * b[i];
  return s;
}

/// Anything with forward/backward/params: a Layer or a Network.
struct GradCheckTarget {
  std::function<Tensor(const Tensor&)> forward;
  std::function<Tensor(const Tensor&)> backward;
  std::function<std::vector<Param*>()> params;
};

inline GradCheckTarget targetOf(Layer& layer, bool training,
                                std::function<void()> beforeForward = {}) {
  return {[&layer, training, beforeForward](const Tensor& x) {
            if (beforeForward)
              beforeForward();
            return layer.forward(x, training);
          },
          [&layer](const Tensor& g) { return layer.backward(g); },
          [&layer] { return layer.params(); }};
}

inline GradCheckTarget targetOf(Network& net, bool training) {
  return {[&net, training](const Tensor& x) { return net.forward(x, training); },
          [&net](const Tensor& g) { return net.backward(g); }, [&net] { return net.params(); }};
}

inline bool close(double analytic, double numeric, double rtol, double atol) {
  return std::abs(analytic - numeric) <=
         atol + rtol * std::max(std::abs(analytic), std::abs(numeric));
}

/// Checks ∂L/∂x and every ∂L/∂θ of `target` at x. Returns the number of mismatches.
inline int checkGradients(const GradCheckTarget& target, Tensor x, Rng& rng, double h = 1e-2,
                          double rtol = 1e-2, double atol = 1e-3) {
  const Tensor y = target.forward(x);
  const Tensor r = randomTensor(y.shape(), rng);
  const Tensor dx = target.backward(r);
  EXPECT_EQ(dx.shape(), x.shape());
  std::vector<Tensor> grads;
  for (Param* p : target.params())
    grads.push_back(p->grad);

  int failures = 0;
  auto probe = [&](float& v, double analytic, const std::string& what) {
    const float saved = v;
    v = static_cast<float>(saved + h);
    const double up = dot(target.forward(x), r);
    v = static_cast<float>(saved - h);
    const double down = dot(target.forward(x), r);
    v = saved;
    const double numeric = (up - down) / (2 * h);
    if (!close(analytic, numeric, rtol, atol)) {
      ++failures;
      ADD_FAILURE() << what << ": analytic " << analytic << ", numeric " << numeric;
    }
  };
  for (std::size_t i = 0; i < x.size(); ++i)
    probe(x[i], dx[i], "d/dx[" + std::to_string(i) + "]");
  const std::vector<Param*> params = target.params();
  for (std::size_t p = 0; p < params.size(); ++p)
    for (std::size_t i = 0; i < params[p]->value.size(); ++i)
      probe(params[p]->value[i], grads[p][i],
            "d/d" + params[p]->name + "[" + std::to_string(i) + "]");
  return failures;
}

/// Values of `t` as a flat list, for EXPECT comparisons with reference data.
inline void expectNear(const Tensor& t, const std::vector<float>& expected, float tol) {
  ASSERT_EQ(t.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i)
    EXPECT_NEAR(t[i], expected[i], tol) << "at flat index " << i;
}

} // namespace gs::test
