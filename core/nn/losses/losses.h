#pragma once
// The loss implementations behind makeLoss() (core/nn/loss.h). One file per loss family.
#include "../loss.h"

#include <memory>

namespace gs::losses {

/// A loss that is the mean of one term per element: L = (1/n) Σ term(p_i, y_i).
class ElementwiseLoss : public Loss {
public:
  double compute(const Tensor& prediction, const Tensor& target, Tensor* grad) const final;

protected:
  /// The term for one element; sets `d` to ∂term/∂p.
  virtual double term(double p, double y, double& d) const = 0;
};

std::unique_ptr<Loss> makeMse();
std::unique_ptr<Loss> makeMae();
std::unique_ptr<Loss> makeHuber();
std::unique_ptr<Loss> makeSmoothL1();
std::unique_ptr<Loss> makeMsle();
std::unique_ptr<Loss> makeMape();
std::unique_ptr<Loss> makeBce();
std::unique_ptr<Loss> makeBceWithLogits();
std::unique_ptr<Loss> makeNll();
std::unique_ptr<Loss> makeCrossEntropy();
std::unique_ptr<Loss> makeHinge();
std::unique_ptr<Loss> makeExponential();

} // namespace gs::losses
