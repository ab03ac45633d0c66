// Adam (and AdamW, see adam.h) as torch.optim.Adam of torch 1.13: moving averages of the
// gradient (m) and of its square (v), bias-corrected, optionally with AMSGrad's running max.
#include "core/optim/optimizers/adam.h"

#include <algorithm>

namespace gs::optim {

template <typename T> void Adam<T>::update(const std::vector<ParamSlot<T>>& params) {
  const OptimizerConfig& c = this->m_config;
  const double t = static_cast<double>(this->m_step);
  // bc₁ = 1 − β₁ᵗ,  bc₂ = 1 − β₂ᵗ,  step size = lr / bc₁
  const double biasCorrection1 = 1 - std::pow(c.beta1, t);
  const double biasCorrection2 = 1 - std::pow(c.beta2, t);
  const T stepSize = static_cast<T>(this->m_lr / biasCorrection1);
  const T bc2Sqrt = static_cast<T>(std::sqrt(biasCorrection2));
  const T beta1 = static_cast<T>(c.beta1), oneMinusBeta1 = static_cast<T>(1 - c.beta1);
  const T beta2 = static_cast<T>(c.beta2), oneMinusBeta2 = static_cast<T>(1 - c.beta2);
  const T eps = static_cast<T>(c.eps);
  const T weightDecay = static_cast<T>(c.weightDecay);
  // AdamW: θ ← θ·(1 − lr·λ)
  const T shrink = static_cast<T>(1 - this->m_lr * c.weightDecay);
  for (std::size_t i = 0; i < params.size(); ++i) {
    const ParamSlot<T>& p = params[i];
    T* m = m_expAvg.at(i, p.size).data();
    T* v = m_expAvgSq.at(i, p.size).data();
    T* vMax = c.amsgrad ? m_maxExpAvgSq.at(i, p.size).data() : nullptr;
    for (std::size_t k = 0; k < p.size; ++k) {
      T g = p.grad[k];
      if (m_decoupled)
        p.value[k] *= shrink;
      else if (c.weightDecay != 0)
        g += weightDecay * p.value[k];
      // m ← β₁·m + (1 − β₁)·g
      m[k] = beta1 * m[k] + oneMinusBeta1 * g;
      // v ← β₂·v + (1 − β₂)·g²
      v[k] = beta2 * v[k] + oneMinusBeta2 * (g * g);
      T second = v[k];
      if (vMax) {
        // AMSGrad: v̂max ← max(v̂max, v)
        vMax[k] = std::max(vMax[k], v[k]);
        second = vMax[k];
      }
      // θ ← θ − (lr / bc₁)·m / (√v / √bc₂ + ε)
      const T denom = std::sqrt(second) / bc2Sqrt + eps;
      p.value[k] -= stepSize * (m[k] / denom);
    }
  }
}

template <typename T> std::vector<std::string> Adam<T>::names() const {
  std::vector<std::string> out{"exp_avg", "exp_avg_sq", "exp_avg_hat", "exp_avg_sq_hat"};
  if (this->m_config.amsgrad)
    out.push_back("max_exp_avg_sq");
  return out;
}

template <typename T>
bool Adam<T>::values(std::size_t index, std::size_t element, double* out) const {
  if (!m_expAvg.exists(index, element))
    return false;
  const OptimizerConfig& c = this->m_config;
  const double t = static_cast<double>(this->m_step);
  out[0] = m_expAvg.value(index, element);
  out[1] = m_expAvgSq.value(index, element);
  // m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)
  out[2] = out[0] / (1 - std::pow(c.beta1, t));
  out[3] = out[1] / (1 - std::pow(c.beta2, t));
  if (c.amsgrad)
    out[4] = m_maxExpAvgSq.value(index, element);
  return true;
}

template <typename T> void Adam<T>::clearState() {
  m_expAvg.clear();
  m_expAvgSq.clear();
  m_maxExpAvgSq.clear();
}

template class Adam<float>;
template class Adam<double>;

template <typename T> std::unique_ptr<Optimizer<T>> makeAdam(const OptimizerConfig& config) {
  return std::make_unique<Adam<T>>(config, false);
}

} // namespace gs::optim

GS_INSTANTIATE_OPTIMIZER(makeAdam)
