// Mean absolute percentage error (no torch twin; DESIGN.md section 2):
//   L = 100 · mean(|p - y| / max(|y|, 1e-7))
#include "losses.h"

#include <algorithm>
#include <cmath>

namespace gs::losses {

namespace {

class Mape : public ElementwiseLoss {
public:
  std::string name() const override { return "mape"; }

protected:
  double term(double p, double y, double& d) const override {
    const double scale = 100.0 / std::max(std::abs(y), 1e-7);
    // ∂(100 |p - y| / s)/∂p = 100 sign(p - y) / s, sign(0) = 0
    d = p > y ? scale : (p < y ? -scale : 0.0);
    return scale * std::abs(p - y);
  }
};

} // namespace

std::unique_ptr<Loss> makeMape() {
  return std::make_unique<Mape>();
}

} // namespace gs::losses
