#pragma once
// The optimizer options shared by `train`, `optimize` and `gradients` (DESIGN.md 4.3):
// --lr --momentum --nesterov --dampening --betas B1,B2 --eps --weight-decay --alpha --rho
// --amsgrad --centered.
#include "command.h"
#include "core/optim/optimizer.h"

namespace gs::cli {

/// `own` followed by the optimizer options (--lr, --momentum, ... --centered).
std::vector<Option> withOptimizerOptions(std::vector<Option> own);

/// --NAME as a finite number ≥ 0 (fallback when absent); InputError otherwise.
double nonNegativeNumber(const Args& args, const std::string& name, double fallback);

/// `base` with every optimizer option given on the command line applied. Each value is
/// checked here (lr > 0, the others ≥ 0): in OptimizerConfig a negative value means "torch's
/// default", so a negative input must never reach it.
OptimizerConfig optimizerConfigFromArgs(const Args& args, OptimizerConfig base);

} // namespace gs::cli
