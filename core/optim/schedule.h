#pragma once
// Learning-rate schedules with torch.optim.lr_scheduler's closed forms: the learning rate at
// epoch e (e = 0 is the start, before the first scheduler.step()).
#include <string>
#include <vector>

namespace gs {

struct LrSchedule {
  /// "constant", "step" (StepLR), "exponential" (ExponentialLR), "cosine" (CosineAnnealingLR).
  std::string name = "constant";
  long stepSize = 1;  ///< step: decay every stepSize epochs
  double gamma = 0.1; ///< step, exponential: decay factor
  long tMax = 1;      ///< cosine: half period in epochs
  double etaMin = 0;  ///< cosine: lowest learning rate
};

/// Names accepted by learningRateAt, in that order.
std::vector<std::string> scheduleNames();

/// Throws InputError naming the field when the schedule is unknown or a field is out of range
/// (stepSize >= 1, gamma > 0, tMax >= 1, etaMin >= 0 and finite).
void validateSchedule(const LrSchedule& schedule);

/// The learning rate at epoch `epoch` >= 0 for a base learning rate `baseLr`:
///   constant     lr = base
///   step         lr = base · γ^⌊e / step_size⌋
///   exponential  lr = base · γ^e
///   cosine       lr = η_min + (base − η_min)·(1 + cos(π·e / T_max)) / 2
double learningRateAt(const LrSchedule& schedule, double baseLr, long epoch);

} // namespace gs
