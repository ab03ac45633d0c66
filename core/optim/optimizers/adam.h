#pragma once
// Adam and AdamW share one implementation (torch.optim.Adam / AdamW of torch 1.13); they differ
// only in how weight decay enters: Adam adds λ·θ to the gradient, AdamW shrinks θ by lr·λ first.
#include "core/optim/optimizers/optimizerbase.h"

namespace gs::optim {

template <typename T> class Adam : public OptimizerBase<T, Adam<T>> {
public:
  Adam(const OptimizerConfig& resolved, bool decoupledWeightDecay)
      : OptimizerBase<T, Adam<T>>(resolved)
      , m_decoupled(decoupledWeightDecay) {}

  void update(const std::vector<ParamSlot<T>>& params);
  std::vector<std::string> names() const;
  bool values(std::size_t index, std::size_t element, double* out) const;
  void clearState();

private:
  bool m_decoupled = false;
  StateBuffer<T> m_expAvg;
  StateBuffer<T> m_expAvgSq;
  StateBuffer<T> m_maxExpAvgSq;
};

} // namespace gs::optim
