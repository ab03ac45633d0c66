#include "chainrule.h"

#include "../error.h"

#include <cmath>

namespace gs {
namespace {

struct Scalar {
  double value;
  double slope;
};

Scalar activate(const std::string& name, double z) {
  if (name == "sigmoid") {
    const double s = 1.0 / (1.0 + std::exp(-z));
    // σ'(z) = σ(z)·(1 − σ(z))
    return {s, s * (1.0 - s)};
  }
  if (name == "tanh") {
    const double t = std::tanh(z);
    // tanh'(z) = 1 − tanh²(z)
    return {t, 1.0 - t * t};
  }
  // relu'(0) = 0, as torch.
  if (name == "relu")
    return {z > 0 ? z : 0.0, z > 0 ? 1.0 : 0.0};
  if (name == "leaky_relu")
    return {z > 0 ? z : 0.01 * z, z > 0 ? 1.0 : 0.01};
  if (name == "elu") {
    // elu(z) = exp(z) − 1 for z ≤ 0, so elu'(z) = exp(z) there.
    const double e = std::exp(z);
    return {z > 0 ? z : e - 1.0, z > 0 ? 1.0 : e};
  }
  throw InputError("chain rule: unknown activation '" + name +
                   "' (sigmoid, tanh, relu, leaky_relu, elu)");
}

} // namespace

double slopeBound(const std::string& activation) {
  activate(activation, 0.0);
  return activation == "sigmoid" ? 0.25 : 1.0;
}

ChainRule evaluateChain(const std::string& activation, const std::vector<double>& w,
                        const std::vector<double>& b, double x, double y, bool residual) {
  if (w.empty() || w.size() != b.size())
    throw InputError("chain rule: need one weight and one bias per layer");
  ChainRule chain;
  chain.links.resize(w.size());
  double previous = x;
  for (std::size_t l = 0; l < w.size(); ++l) {
    ChainLink& link = chain.links[l];
    link.w = w[l];
    link.b = b[l];
    link.z = link.w * previous + link.b;
    const Scalar s = activate(activation, link.z);
    link.a = residual ? previous + s.value : s.value;
    link.slope = s.slope;
    link.factor = link.slope * link.w + (residual ? 1.0 : 0.0);
    previous = link.a;
  }
  const double output = chain.links.back().a;
  // C = ½(a_L − y)²  =>  ∂C/∂a_L = a_L − y
  chain.loss = 0.5 * (output - y) * (output - y);
  chain.dOutput = output - y;

  double dA = chain.dOutput; // ∂C/∂a_l, walking back from l = L
  for (std::size_t l = w.size(); l-- > 0;) {
    ChainLink& link = chain.links[l];
    const double input = l > 0 ? chain.links[l - 1].a : x;
    // ∂C/∂z_l = ∂C/∂a_l · σ'(z_l); ∂C/∂b_l = ∂C/∂z_l; ∂C/∂w_l = ∂C/∂z_l · a_{l−1}
    link.gradB = dA * link.slope;
    link.gradW = link.gradB * input;
    // ∂C/∂a_{l−1} = ∂C/∂a_l · ∂a_l/∂a_{l−1}
    dA *= link.factor;
    link.product = dA;
  }
  chain.dInput = dA;
  return chain;
}

} // namespace gs
