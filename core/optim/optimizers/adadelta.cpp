// Adadelta as torch.optim.Adadelta: running averages of squared gradients and squared updates;
// the ratio of their roots sets a per-coordinate step, scaled by lr (default 1.0).
#include "core/optim/optimizers/optimizerbase.h"

namespace gs::optim {
namespace {

template <typename T> class Adadelta : public OptimizerBase<T, Adadelta<T>> {
public:
  using OptimizerBase<T, Adadelta<T>>::OptimizerBase;

  void update(const std::vector<ParamSlot<T>>& params) {
    const OptimizerConfig& c = this->m_config;
    const T lr = static_cast<T>(this->m_lr);
    const T rho = static_cast<T>(c.rho);
    const T oneMinusRho = static_cast<T>(1 - c.rho);
    const T eps = static_cast<T>(c.eps);
    const T weightDecay = static_cast<T>(c.weightDecay);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const ParamSlot<T>& p = params[i];
      T* squareAvg = m_squareAvg.at(i, p.size).data();
      T* accDelta = m_accDelta.at(i, p.size).data();
      for (std::size_t k = 0; k < p.size; ++k) {
        T g = p.grad[k];
        if (c.weightDecay != 0)
          g += weightDecay * p.value[k];
        // E[g²] ← ρ·E[g²] + (1 − ρ)·g²
        squareAvg[k] = rho * squareAvg[k] + oneMinusRho * (g * g);
        // Δ = √(E[Δ²] + ε) / √(E[g²] + ε) · g
        const T delta = std::sqrt(accDelta[k] + eps) / std::sqrt(squareAvg[k] + eps) * g;
        // E[Δ²] ← ρ·E[Δ²] + (1 − ρ)·Δ²
        accDelta[k] = rho * accDelta[k] + oneMinusRho * (delta * delta);
        // θ ← θ − lr·Δ
        p.value[k] -= lr * delta;
      }
    }
  }

  std::vector<std::string> names() const { return {"square_avg", "acc_delta"}; }

  bool values(std::size_t index, std::size_t element, double* out) const {
    if (!m_squareAvg.exists(index, element))
      return false;
    out[0] = m_squareAvg.value(index, element);
    out[1] = m_accDelta.value(index, element);
    return true;
  }

  void clearState() {
    m_squareAvg.clear();
    m_accDelta.clear();
  }

private:
  StateBuffer<T> m_squareAvg;
  StateBuffer<T> m_accDelta;
};

} // namespace

template <typename T> std::unique_ptr<Optimizer<T>> makeAdadelta(const OptimizerConfig& config) {
  return std::make_unique<Adadelta<T>>(config);
}

} // namespace gs::optim

GS_INSTANTIATE_OPTIMIZER(makeAdadelta)
