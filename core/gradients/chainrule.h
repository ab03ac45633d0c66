#pragma once
// The chain-rule view: a chain with one neuron per layer (the course notes' example of why
// gradients vanish or explode):
//   a_0 = x,   z_l = w_l·a_{l−1} + b_l,   a_l = σ(z_l)   (l = 1..L),   C = ½·(a_L − y)²
// Each link multiplies the gradient by ∂a_l/∂a_{l−1} = σ'(z_l)·w_l, so
//   ∂C/∂a_{l−1} = ∂C/∂a_L · Π_{k=l..L} σ'(z_k)·w_k.
// With sigmoid, σ' ≤ 0.25: with |w| ≤ 1 every factor is ≤ 0.25 and the product shrinks at
// least 4× per layer; with large |w| the factors can exceed 1 and the product grows.
// With residual shortcuts a_l = a_{l−1} + σ(z_l) and the factor becomes 1 + σ'(z_l)·w_l.
#include <string>
#include <vector>

namespace gs {

struct ChainLink {
  double w = 0, b = 0;
  double z = 0, a = 0;
  double slope = 0;   ///< σ'(z_l)
  double factor = 0;  ///< ∂a_l/∂a_{l−1} = σ'(z_l)·w_l (+1 with a shortcut)
  double product = 0; ///< ∂C/∂a_{l−1}: the running product from the output back to this link
  double gradW = 0;   ///< ∂C/∂w_l = ∂C/∂a_l · σ'(z_l) · a_{l−1}
  double gradB = 0;   ///< ∂C/∂b_l = ∂C/∂a_l · σ'(z_l)
};

struct ChainRule {
  std::vector<ChainLink> links; ///< l = 1..L
  double loss = 0;
  double dOutput = 0; ///< ∂C/∂a_L = a_L − y
  double dInput = 0;  ///< ∂C/∂x = links[0].product
};

/// Activation names of the chain: sigmoid, tanh, relu, leaky_relu (slope 0.01), elu (α 1).
/// Throws InputError for another name or when w and b differ in length or are empty.
ChainRule evaluateChain(const std::string& activation, const std::vector<double>& w,
                        const std::vector<double>& b, double x, double y, bool residual = false);

/// max over z of σ'(z): 0.25 for sigmoid, 1 for the others.
double slopeBound(const std::string& activation);

} // namespace gs
