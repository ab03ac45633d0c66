// Binary cross-entropy, on probabilities (torch.nn.BCELoss) and on logits
// (torch.nn.BCEWithLogitsLoss).
#include "losses.h"

#include <algorithm>
#include <cmath>

namespace gs::losses {

namespace {

class Bce : public ElementwiseLoss {
public:
  std::string name() const override { return "bce"; }
  TargetKind targetKind() const override { return TargetKind::Binary; }

protected:
  double term(double p, double y, double& d) const override {
    // ℓ = -(y log p + (1 - y) log(1 - p)); torch clamps each log at -100 so that p = 0 or 1
    // gives a finite loss.
    const double logP = std::max(std::log(p), -100.0);
    const double log1mP = std::max(std::log1p(-p), -100.0);
    // ∂ℓ/∂p = (p - y) / (p (1 - p)), torch bounds the denominator below by 1e-12f
    d = (p - y) / std::max(p * (1.0 - p), static_cast<double>(1e-12f));
    return -(y * logP + (1.0 - y) * log1mP);
  }
};

class BceWithLogits : public ElementwiseLoss {
public:
  std::string name() const override { return "bce_with_logits"; }
  TargetKind targetKind() const override { return TargetKind::Binary; }
  float decisionThreshold() const override { return 0.0f; }

protected:
  double term(double x, double y, double& d) const override {
    // ℓ = -(y log σ(x) + (1 - y) log(1 - σ(x))) = max(x, 0) - x y + log(1 + e^{-|x|}),
    // the last form never overflows.
    const double sigma = x >= 0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x));
    // ∂ℓ/∂x = σ(x) - y
    d = sigma - y;
    return std::max(x, 0.0) - x * y + std::log1p(std::exp(-std::abs(x)));
  }
};

} // namespace

std::unique_ptr<Loss> makeBce() {
  return std::make_unique<Bce>();
}
std::unique_ptr<Loss> makeBceWithLogits() {
  return std::make_unique<BceWithLogits>();
}

} // namespace gs::losses
