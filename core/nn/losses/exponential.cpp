// Exponential loss (AdaBoost's; no torch twin, DESIGN.md section 2):
//   L = mean(exp(-y · p)) with y ∈ {-1, +1}
#include "losses.h"

#include <cmath>

namespace gs::losses {

namespace {

class Exponential : public ElementwiseLoss {
public:
  std::string name() const override { return "exponential"; }
  TargetKind targetKind() const override { return TargetKind::Sign; }
  float decisionThreshold() const override { return 0.0f; }

protected:
  double term(double p, double y, double& d) const override {
    const double e = std::exp(-y * p);
    // ∂ exp(-y p)/∂p = -y exp(-y p)
    d = -y * e;
    return e;
  }
};

} // namespace

std::unique_ptr<Loss> makeExponential() {
  return std::make_unique<Exponential>();
}

} // namespace gs::losses
