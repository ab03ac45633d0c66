#pragma once
// Scalar activations and losses with their derivatives: the numbers behind the Backprop page's
// "Activations & losses" explorer and the small network's σ and σ'. PyTorch's defaults:
// leaky_relu slope 0.01, elu alpha 1, softplus beta 1, huber delta 1 (DESIGN.md section 2).
#include <string>
#include <vector>

namespace gs::backprop {

enum class ActivationKind { Sigmoid, Tanh, Relu, LeakyRelu, Elu, Softplus, Linear };

/// "sigmoid" | "tanh" | "relu" | "leaky_relu" | "elu" | "softplus" | "linear"; InputError
/// otherwise.
ActivationKind activationFromName(const std::string& name);
std::string activationName(ActivationKind kind);
/// Every kind, in the order above.
std::vector<ActivationKind> allActivations();

/// σ(z)
double activate(ActivationKind kind, double z);
/// σ'(z). At the kink of relu and leaky_relu (z = 0) the value PyTorch uses: the left slope.
double activateDerivative(ActivationKind kind, double z);

/// softmax(z)_i = exp(z_i − max z) / Σ_j exp(z_j − max z) (shifted so that large z do not
/// overflow).
std::vector<double> softmax(const std::vector<double>& z);
/// ∂softmax_i/∂z_j = s_i (δ_ij − s_j): [n][n].
std::vector<std::vector<double>> softmaxJacobian(const std::vector<double>& z);

enum class LossKind { Mse, Mae, Huber, Msle, Mape, Bce, CrossEntropy, Hinge, Exponential };

/// "mse" | "mae" | "huber" | "msle" | "mape" | "bce" | "cross_entropy" | "hinge" |
/// "exponential"; InputError otherwise.
LossKind lossFromName(const std::string& name);
std::string lossName(LossKind kind);
std::vector<LossKind> allLosses();

/// The loss of one prediction p against its target y and dℓ/dp:
///   mse (p−y)²; mae |p−y|; huber ½(p−y)² if |p−y| < 1 else |p−y| − ½;
///   msle (log(1+p) − log(1+y))²; mape 100·|p−y| / max(|y|, 1e-7);
///   bce −(y log p + (1−y) log(1−p)), p a probability;
///   cross_entropy −y log p (the term of the true class, p its softmax probability);
///   hinge max(0, 1 − y·p) and exponential exp(−y·p), y ∈ {−1, +1}, p a score.
/// Outside a loss's domain (p ≤ 0 for bce, p ≤ −1 for msle, ...) the value is inf or NaN, as
/// the formula gives.
struct LossPoint {
  double value = 0;
  double gradient = 0; ///< dℓ/dp
};
LossPoint lossAt(LossKind kind, double p, double y);

/// The range of predictions where the loss is defined and worth plotting, for a target y.
struct Range {
  double lo = 0, hi = 0;
};
Range lossPlotRange(LossKind kind, double y);

} // namespace gs::backprop
