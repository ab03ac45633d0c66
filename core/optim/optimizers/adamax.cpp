// Adamax as torch.optim.Adamax: Adam with the infinity norm, u ← max(β₂·u, |g| + ε), in place
// of the squared-gradient average; only the first moment is bias-corrected.
#include "core/optim/optimizers/optimizerbase.h"

#include <algorithm>

namespace gs::optim {
namespace {

template <typename T> class Adamax : public OptimizerBase<T, Adamax<T>> {
public:
  using OptimizerBase<T, Adamax<T>>::OptimizerBase;

  void update(const std::vector<ParamSlot<T>>& params) {
    const OptimizerConfig& c = this->m_config;
    // clr = lr / (1 − β₁ᵗ)
    const T clr =
        static_cast<T>(this->m_lr / (1 - std::pow(c.beta1, static_cast<double>(this->m_step))));
    const T beta1 = static_cast<T>(c.beta1), oneMinusBeta1 = static_cast<T>(1 - c.beta1);
    const T beta2 = static_cast<T>(c.beta2);
    const T eps = static_cast<T>(c.eps);
    const T weightDecay = static_cast<T>(c.weightDecay);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const ParamSlot<T>& p = params[i];
      T* m = m_expAvg.at(i, p.size).data();
      T* u = m_expInf.at(i, p.size).data();
      for (std::size_t k = 0; k < p.size; ++k) {
        T g = p.grad[k];
        if (c.weightDecay != 0)
          g += weightDecay * p.value[k];
        // m ← β₁·m + (1 − β₁)·g
        m[k] = beta1 * m[k] + oneMinusBeta1 * g;
        // u ← max(β₂·u, |g| + ε)
        u[k] = std::max(beta2 * u[k], std::abs(g) + eps);
        // θ ← θ − clr·m / u
        p.value[k] -= clr * (m[k] / u[k]);
      }
    }
  }

  std::vector<std::string> names() const { return {"exp_avg", "exp_inf", "exp_avg_hat"}; }

  bool values(std::size_t index, std::size_t element, double* out) const {
    if (!m_expAvg.exists(index, element))
      return false;
    const double t = static_cast<double>(this->m_step);
    out[0] = m_expAvg.value(index, element);
    out[1] = m_expInf.value(index, element);
    // m̂ = m / (1 − β₁ᵗ)
    out[2] = out[0] / (1 - std::pow(this->m_config.beta1, t));
    return true;
  }

  void clearState() {
    m_expAvg.clear();
    m_expInf.clear();
  }

private:
  StateBuffer<T> m_expAvg;
  StateBuffer<T> m_expInf;
};

} // namespace

template <typename T> std::unique_ptr<Optimizer<T>> makeAdamax(const OptimizerConfig& config) {
  return std::make_unique<Adamax<T>>(config);
}

} // namespace gs::optim

GS_INSTANTIATE_OPTIMIZER(makeAdamax)
