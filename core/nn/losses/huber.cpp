// torch.nn.HuberLoss(delta = 1) and torch.nn.SmoothL1Loss(beta = 1). With d = p - y:
//   huber:     0.5 d²            if |d| < δ,  δ (|d| - 0.5 δ)  otherwise
//   smooth_l1: 0.5 d² / β        if |d| < β,  |d| - 0.5 β      otherwise
// For δ = β = 1 the two coincide; they differ by the factor δ for other settings.
#include "losses.h"

#include <cmath>

namespace gs::losses {

namespace {

class Huber : public ElementwiseLoss {
public:
  Huber(std::string name, double delta, bool smoothL1)
      : m_name(std::move(name))
      , m_delta(delta)
      , m_smoothL1(smoothL1) {}
  std::string name() const override { return m_name; }

protected:
  double term(double p, double y, double& d) const override {
    const double r = p - y;
    const double a = std::abs(r);
    const double sign = r > 0 ? 1.0 : (r < 0 ? -1.0 : 0.0);
    if (m_smoothL1) {
      if (a < m_delta) {
        // ∂(0.5 r² / β)/∂p = r / β
        d = r / m_delta;
        return 0.5 * r * r / m_delta;
      }
      // ∂(|r| - 0.5 β)/∂p = sign(r)
      d = sign;
      return a - 0.5 * m_delta;
    }
    if (a < m_delta) {
      // ∂(0.5 r²)/∂p = r
      d = r;
      return 0.5 * r * r;
    }
    // ∂(δ (|r| - 0.5 δ))/∂p = δ sign(r)
    d = m_delta * sign;
    return m_delta * (a - 0.5 * m_delta);
  }

private:
  std::string m_name;
  double m_delta;
  bool m_smoothL1;
};

} // namespace

std::unique_ptr<Loss> makeHuber() {
  return std::make_unique<Huber>("huber", 1.0, false);
}
std::unique_ptr<Loss> makeSmoothL1() {
  return std::make_unique<Huber>("smooth_l1", 1.0, true);
}

} // namespace gs::losses
