// Adagrad as torch.optim.Adagrad: a per-coordinate sum of squared gradients divides the step,
// with an optional learning-rate decay lr / (1 + (t−1)·lr_decay). Initial accumulator 0.
#include "core/optim/optimizers/optimizerbase.h"

namespace gs::optim {
namespace {

template <typename T> class Adagrad : public OptimizerBase<T, Adagrad<T>> {
public:
  using OptimizerBase<T, Adagrad<T>>::OptimizerBase;

  void update(const std::vector<ParamSlot<T>>& params) {
    const OptimizerConfig& c = this->m_config;
    // clr = lr / (1 + (t − 1)·lr_decay)
    const T clr =
        static_cast<T>(this->m_lr / (1 + static_cast<double>(this->m_step - 1) * c.lrDecay));
    const T weightDecay = static_cast<T>(c.weightDecay);
    const T eps = static_cast<T>(c.eps);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const ParamSlot<T>& p = params[i];
      T* sum = m_sum.at(i, p.size).data();
      for (std::size_t k = 0; k < p.size; ++k) {
        T g = p.grad[k];
        if (c.weightDecay != 0)
          g += weightDecay * p.value[k];
        // s ← s + g²
        sum[k] += g * g;
        // θ ← θ − clr·g / (√s + ε)
        p.value[k] -= clr * (g / (std::sqrt(sum[k]) + eps));
      }
    }
  }

  std::vector<std::string> names() const { return {"sum"}; }

  bool values(std::size_t index, std::size_t element, double* out) const {
    if (!m_sum.exists(index, element))
      return false;
    out[0] = m_sum.value(index, element);
    return true;
  }

  void clearState() { m_sum.clear(); }

private:
  StateBuffer<T> m_sum;
};

} // namespace

template <typename T> std::unique_ptr<Optimizer<T>> makeAdagrad(const OptimizerConfig& config) {
  return std::make_unique<Adagrad<T>>(config);
}

} // namespace gs::optim

GS_INSTANTIATE_OPTIMIZER(makeAdagrad)
