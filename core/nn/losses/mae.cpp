// Mean absolute error, torch.nn.L1Loss: L = mean(|p - y|).
#include "losses.h"

namespace gs::losses {

namespace {

class Mae : public ElementwiseLoss {
public:
  std::string name() const override { return "mae"; }

protected:
  double term(double p, double y, double& d) const override {
    // ∂|p - y|/∂p = sign(p - y), with sign(0) = 0 as torch
    d = p > y ? 1.0 : (p < y ? -1.0 : 0.0);
    return std::abs(p - y);
  }
};

} // namespace

std::unique_ptr<Loss> makeMae() {
  return std::make_unique<Mae>();
}

} // namespace gs::losses
