#include "core/optim/schedule.h"

#include <cmath>
#include <numbers>

#include "core/error.h"

namespace gs {

std::vector<std::string> scheduleNames() {
  return {"constant", "step", "exponential", "cosine"};
}

void validateSchedule(const LrSchedule& s) {
  if (s.name == "constant")
    return;
  if (s.name == "step" || s.name == "exponential") {
    if (!(std::isfinite(s.gamma) && s.gamma > 0))
      throw InputError(s.name + " schedule: gamma must be a number > 0, got " +
                       std::to_string(s.gamma));
    if (s.name == "step" && s.stepSize < 1)
      throw InputError("step schedule: step_size must be >= 1, got " + std::to_string(s.stepSize));
    return;
  }
  if (s.name == "cosine") {
    if (s.tMax < 1)
      throw InputError("cosine schedule: T_max must be >= 1, got " + std::to_string(s.tMax));
    if (!(std::isfinite(s.etaMin) && s.etaMin >= 0))
      throw InputError("cosine schedule: eta_min must be a number >= 0, got " +
                       std::to_string(s.etaMin));
    return;
  }
  throw InputError("unknown learning-rate schedule '" + s.name +
                   "' (known: constant, step, exponential, cosine)");
}

double learningRateAt(const LrSchedule& s, double baseLr, long epoch) {
  const double e = static_cast<double>(epoch);
  if (s.name == "step")
    // lr = base · γ^⌊e / step_size⌋
    return baseLr * std::pow(s.gamma, static_cast<double>(epoch / s.stepSize));
  if (s.name == "exponential")
    // lr = base · γ^e
    return baseLr * std::pow(s.gamma, e);
  if (s.name == "cosine")
    // lr = η_min + (base − η_min)·(1 + cos(π·e / T_max)) / 2
    return s.etaMin + (baseLr - s.etaMin) *
                          (1 + std::cos(std::numbers::pi * e / static_cast<double>(s.tMax))) / 2;
  return baseLr;
}

} // namespace gs
