// Mean squared logarithmic error (no torch twin; DESIGN.md section 2):
//   L = mean((log(1 + p) - log(1 + y))²), defined for p, y > -1.
#include "losses.h"

#include <cmath>

namespace gs::losses {

namespace {

class Msle : public ElementwiseLoss {
public:
  std::string name() const override { return "msle"; }

protected:
  double term(double p, double y, double& d) const override {
    const double r = std::log1p(p) - std::log1p(y);
    // ∂r²/∂p = 2 r / (1 + p)
    d = 2.0 * r / (1.0 + p);
    return r * r;
  }
};

} // namespace

std::unique_ptr<Loss> makeMsle() {
  return std::make_unique<Msle>();
}

} // namespace gs::losses
