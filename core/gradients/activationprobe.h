#pragma once
// Per-layer probes of the gradients experiment: the distribution of a layer's activations,
// how many of them sit where the activation is flat, and the Frobenius norms the page plots.
#include "../tensor.h"
#include "gradientstep.h"

#include <string>

namespace gs {

/// Mean, standard deviation (population, as the batch is all there is), quartiles and the
/// saturated / dead fraction of `activations` ([N, ...]: N samples) after `activation`
/// ("sigmoid", "tanh", "relu", "leaky_relu", "elu"; "" for a layer without one).
ActivationStats activationStats(const Tensor& activations, const std::string& activation);

/// √(Σ x²), accumulated in double.
double frobeniusNorm(const Tensor& t);
/// √(Σ (a − b)²); a and b have the same size.
double differenceNorm(const Tensor& a, const Tensor& b);
/// True when every element is finite.
bool allFinite(const Tensor& t);

} // namespace gs
