// Mean squared error, torch.nn.MSELoss: L = mean((p - y)²).
#include "losses.h"

namespace gs::losses {

namespace {

class Mse : public ElementwiseLoss {
public:
  std::string name() const override { return "mse"; }

protected:
  double term(double p, double y, double& d) const override {
    // ∂(p - y)²/∂p = 2 (p - y)
    d = 2.0 * (p - y);
    return (p - y) * (p - y);
  }
};

} // namespace

std::unique_ptr<Loss> makeMse() {
  return std::make_unique<Mse>();
}

} // namespace gs::losses
