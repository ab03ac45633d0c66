// Stochastic gradient descent with momentum, dampening, Nesterov and weight decay, exactly as
// torch.optim.SGD: the momentum buffer starts as the first (decayed) gradient.
#include "core/optim/optimizers/optimizerbase.h"

namespace gs::optim {
namespace {

template <typename T> class Sgd : public OptimizerBase<T, Sgd<T>> {
public:
  using OptimizerBase<T, Sgd<T>>::OptimizerBase;

  void update(const std::vector<ParamSlot<T>>& params) {
    const OptimizerConfig& c = this->m_config;
    const T lr = static_cast<T>(this->m_lr);
    const T mu = static_cast<T>(c.momentum);
    const T weightDecay = static_cast<T>(c.weightDecay);
    const T keep = static_cast<T>(1 - c.dampening);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const ParamSlot<T>& p = params[i];
      const bool first = !m_velocity.has(i, p.size);
      T* v = c.momentum != 0 ? m_velocity.at(i, p.size).data() : nullptr;
      for (std::size_t k = 0; k < p.size; ++k) {
        // g = ∇ + λ·θ
        T g = p.grad[k];
        if (c.weightDecay != 0)
          g += weightDecay * p.value[k];
        if (v) {
          // v₁ = g;  v_t = μ·v_{t−1} + (1 − dampening)·g
          v[k] = first ? g : mu * v[k] + keep * g;
          // nesterov: g ← g + μ·v;  otherwise g ← v
          g = c.nesterov ? g + mu * v[k] : v[k];
        }
        // θ ← θ − lr·g
        p.value[k] -= lr * g;
      }
    }
  }

  std::vector<std::string> names() const {
    if (this->m_config.momentum == 0)
      return {};
    return {"velocity"};
  }

  bool values(std::size_t index, std::size_t element, double* out) const {
    if (!m_velocity.exists(index, element))
      return false;
    out[0] = m_velocity.value(index, element);
    return true;
  }

  void clearState() { m_velocity.clear(); }

private:
  StateBuffer<T> m_velocity;
};

} // namespace

template <typename T> std::unique_ptr<Optimizer<T>> makeSgd(const OptimizerConfig& config) {
  return std::make_unique<Sgd<T>>(config);
}

} // namespace gs::optim

GS_INSTANTIATE_OPTIMIZER(makeSgd)
