// AdamW as torch.optim.AdamW: Adam with decoupled weight decay θ ← θ·(1 − lr·λ) applied before
// the moment update (default λ = 1e-2). The update itself is Adam's (adam.cpp).
#include "core/optim/optimizers/adam.h"

namespace gs::optim {

template <typename T> std::unique_ptr<Optimizer<T>> makeAdamw(const OptimizerConfig& config) {
  return std::make_unique<Adam<T>>(config, true);
}

} // namespace gs::optim

GS_INSTANTIATE_OPTIMIZER(makeAdamw)
