// RMSprop as torch.optim.RMSprop: a running average of squared gradients divides the step;
// optionally centered (subtract the squared running mean of gradients) and with momentum
// (a buffer starting at zero accumulating g / (√v + ε)).
#include "core/optim/optimizers/optimizerbase.h"

namespace gs::optim {
namespace {

template <typename T> class Rmsprop : public OptimizerBase<T, Rmsprop<T>> {
public:
  using OptimizerBase<T, Rmsprop<T>>::OptimizerBase;

  void update(const std::vector<ParamSlot<T>>& params) {
    const OptimizerConfig& c = this->m_config;
    const T lr = static_cast<T>(this->m_lr);
    const T alpha = static_cast<T>(c.alpha);
    const T oneMinusAlpha = static_cast<T>(1 - c.alpha);
    const T eps = static_cast<T>(c.eps);
    const T mu = static_cast<T>(c.momentum);
    const T weightDecay = static_cast<T>(c.weightDecay);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const ParamSlot<T>& p = params[i];
      T* squareAvg = m_squareAvg.at(i, p.size).data();
      T* gradAvg = c.centered ? m_gradAvg.at(i, p.size).data() : nullptr;
      T* velocity = c.momentum > 0 ? m_velocity.at(i, p.size).data() : nullptr;
      for (std::size_t k = 0; k < p.size; ++k) {
        T g = p.grad[k];
        if (c.weightDecay != 0)
          g += weightDecay * p.value[k];
        // v ← α·v + (1 − α)·g²
        squareAvg[k] = alpha * squareAvg[k] + oneMinusAlpha * (g * g);
        T avg;
        if (gradAvg) {
          // centered: ḡ ← α·ḡ + (1 − α)·g;  avg = √(v − ḡ²) + ε
          gradAvg[k] = alpha * gradAvg[k] + oneMinusAlpha * g;
          avg = std::sqrt(squareAvg[k] - gradAvg[k] * gradAvg[k]) + eps;
        } else {
          // avg = √v + ε
          avg = std::sqrt(squareAvg[k]) + eps;
        }
        if (velocity) {
          // b ← μ·b + g / avg;  θ ← θ − lr·b
          velocity[k] = mu * velocity[k] + g / avg;
          p.value[k] -= lr * velocity[k];
        } else {
          // θ ← θ − lr·g / avg
          p.value[k] -= lr * (g / avg);
        }
      }
    }
  }

  std::vector<std::string> names() const {
    std::vector<std::string> out{"square_avg"};
    if (this->m_config.centered)
      out.push_back("grad_avg");
    if (this->m_config.momentum > 0)
      out.push_back("velocity");
    return out;
  }

  bool values(std::size_t index, std::size_t element, double* out) const {
    if (!m_squareAvg.exists(index, element))
      return false;
    *out++ = m_squareAvg.value(index, element);
    if (this->m_config.centered)
      *out++ = m_gradAvg.value(index, element);
    if (this->m_config.momentum > 0)
      *out = m_velocity.value(index, element);
    return true;
  }

  void clearState() {
    m_squareAvg.clear();
    m_gradAvg.clear();
    m_velocity.clear();
  }

private:
  StateBuffer<T> m_squareAvg;
  StateBuffer<T> m_gradAvg;
  StateBuffer<T> m_velocity;
};

} // namespace

template <typename T> std::unique_ptr<Optimizer<T>> makeRmsprop(const OptimizerConfig& config) {
  return std::make_unique<Rmsprop<T>>(config);
}

} // namespace gs::optim

GS_INSTANTIATE_OPTIMIZER(makeRmsprop)
