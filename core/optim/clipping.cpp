#include "core/optim/clipping.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/error.h"

namespace gs {

double clipGradNorm(const std::vector<GradSpan>& grads, double maxNorm) {
  if (!(std::isfinite(maxNorm) && maxNorm > 0))
    throw InputError("gradient clipping: max norm must be a number > 0, got " +
                     std::to_string(maxNorm));
  // total = √(Σ g²), accumulated in double
  double sumSquares = 0;
  for (const GradSpan& g : grads)
    for (std::size_t k = 0; k < g.size; ++k)
      sumSquares += static_cast<double>(g.data[k]) * static_cast<double>(g.data[k]);
  const double total = std::sqrt(sumSquares);
  // coef = max_norm / (total + 1e-6); g ← g · min(coef, 1) as torch (which multiplies by the
  // clamped coefficient, i.e. leaves g alone unless total + 1e-6 > max_norm)
  const double coef = maxNorm / (total + 1e-6);
  if (coef < 1) {
    const float scale = static_cast<float>(coef);
    for (const GradSpan& g : grads)
      for (std::size_t k = 0; k < g.size; ++k)
        g.data[k] *= scale;
  }
  return total;
}

void clipGradValue(const std::vector<GradSpan>& grads, double clipValue) {
  if (!(std::isfinite(clipValue) && clipValue > 0))
    throw InputError("gradient clipping: clip value must be a number > 0, got " +
                     std::to_string(clipValue));
  const float limit = static_cast<float>(clipValue);
  // g ← clamp(g, −c, c)
  for (const GradSpan& g : grads)
    for (std::size_t k = 0; k < g.size; ++k)
      g.data[k] = std::clamp(g.data[k], -limit, limit);
}

} // namespace gs
