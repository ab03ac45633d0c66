// NAdam as torch.optim.NAdam of torch 1.13: Adam with Nesterov momentum and the momentum
// schedule μ_t = β₁·(1 − ½·0.96^(t·ψ)) (ψ = momentum_decay, default 4e-3).
#include "core/optim/optimizers/optimizerbase.h"

namespace gs::optim {
namespace {

template <typename T> class Nadam : public OptimizerBase<T, Nadam<T>> {
public:
  using OptimizerBase<T, Nadam<T>>::OptimizerBase;

  void update(const std::vector<ParamSlot<T>>& params) {
    const OptimizerConfig& c = this->m_config;
    const double t = static_cast<double>(this->m_step);
    // bc₂ = 1 − β₂ᵗ
    const T biasCorrection2 = static_cast<T>(1 - std::pow(c.beta2, t));
    // μ_t = β₁·(1 − ½·0.96^(t·ψ)),  μ_{t+1} likewise
    const double mu = c.beta1 * (1 - 0.5 * std::pow(0.96, t * c.momentumDecay));
    const double muNext = c.beta1 * (1 - 0.5 * std::pow(0.96, (t + 1) * c.momentumDecay));
    // Π_t = Π_{t−1}·μ_t (one product shared by all parameters: they step together)
    m_muProduct *= mu;
    // torch 1.13 computes Π_{t+1} as Π_t·μ_t·μ_{t+1} (μ_t twice; later torch versions use
    // Π_t·μ_{t+1}). Kept as 1.13 has it, so that the numbers match the reference.
    const double muProductNext = m_muProduct * mu * muNext;
    // weights of the gradient and of the momentum in the Nesterov step
    const T gradStep = static_cast<T>(this->m_lr * (1 - mu) / (1 - m_muProduct));
    const T momentumStep = static_cast<T>(this->m_lr * muNext / (1 - muProductNext));
    const T beta1 = static_cast<T>(c.beta1), oneMinusBeta1 = static_cast<T>(1 - c.beta1);
    const T beta2 = static_cast<T>(c.beta2), oneMinusBeta2 = static_cast<T>(1 - c.beta2);
    const T eps = static_cast<T>(c.eps);
    const T weightDecay = static_cast<T>(c.weightDecay);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const ParamSlot<T>& p = params[i];
      T* m = m_expAvg.at(i, p.size).data();
      T* v = m_expAvgSq.at(i, p.size).data();
      for (std::size_t k = 0; k < p.size; ++k) {
        T g = p.grad[k];
        if (c.weightDecay != 0)
          g += weightDecay * p.value[k];
        // m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²
        m[k] = beta1 * m[k] + oneMinusBeta1 * g;
        v[k] = beta2 * v[k] + oneMinusBeta2 * (g * g);
        // denom = √(v / bc₂) + ε
        const T denom = std::sqrt(v[k] / biasCorrection2) + eps;
        // θ ← θ − lr·(1 − μ_t)/(1 − Π_t)·g/denom − lr·μ_{t+1}/(1 − Π_{t+1})·m/denom
        p.value[k] -= gradStep * (g / denom);
        p.value[k] -= momentumStep * (m[k] / denom);
      }
    }
  }

  std::vector<std::string> names() const {
    return {"exp_avg", "exp_avg_sq", "exp_avg_sq_hat", "mu_product"};
  }

  bool values(std::size_t index, std::size_t element, double* out) const {
    if (!m_expAvg.exists(index, element))
      return false;
    const double t = static_cast<double>(this->m_step);
    out[0] = m_expAvg.value(index, element);
    out[1] = m_expAvgSq.value(index, element);
    // v̂ = v / (1 − β₂ᵗ)
    out[2] = out[1] / (1 - std::pow(this->m_config.beta2, t));
    out[3] = m_muProduct;
    return true;
  }

  void clearState() {
    m_expAvg.clear();
    m_expAvgSq.clear();
    m_muProduct = 1;
  }

private:
  StateBuffer<T> m_expAvg;
  StateBuffer<T> m_expAvgSq;
  double m_muProduct = 1;
};

} // namespace

template <typename T> std::unique_ptr<Optimizer<T>> makeNadam(const OptimizerConfig& config) {
  return std::make_unique<Nadam<T>>(config);
}

} // namespace gs::optim

GS_INSTANTIATE_OPTIMIZER(makeNadam)
