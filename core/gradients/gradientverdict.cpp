#include "gradientverdict.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace gs {

std::string shortNumber(double value) {
  if (!std::isfinite(value))
    return std::isnan(value) ? "NaN" : (value > 0 ? "inf" : "-inf");
  char text[32];
  const double magnitude = std::fabs(value);
  if (magnitude != 0 && (magnitude < 1e-2 || magnitude >= 1e4))
    std::snprintf(text, sizeof text, "%.0e", value);
  else
    std::snprintf(text, sizeof text, "%.2g", value);
  return text;
}

GradientVerdict judgeGradients(const std::vector<GradientStep>& history,
                               const VerdictThresholds& thresholds) {
  GradientVerdict verdict;
  if (history.empty())
    return verdict;

  for (const GradientStep& s : history) {
    if (s.nonFiniteLayer >= 0) {
      verdict.regime = GradientRegime::Diverged;
      verdict.step = s.step;
      verdict.layer = s.nonFiniteLayer;
      return verdict;
    }
  }

  const GradientStep& last = history.back();
  verdict.step = last.step;
  verdict.globalNorm = last.globalNorm;
  verdict.clippedNorm = last.clippedNorm;
  verdict.clipped = last.clippedNorm < last.globalNorm;

  // Growth over the window: the last global norm against the smallest of the previous
  // `window` steps.
  const std::size_t k = history.size() - 1;
  const std::size_t first = k >= static_cast<std::size_t>(thresholds.window)
                                ? k - static_cast<std::size_t>(thresholds.window)
                                : 0;
  for (std::size_t i = first; i < k; ++i) {
    const double before = history[i].globalNorm;
    if (before <= 0)
      continue;
    const double growth = last.globalNorm / before;
    if (growth > verdict.growth) {
      verdict.growth = growth;
      verdict.growthSteps = static_cast<int>(k - i);
    }
  }

  const int depth = static_cast<int>(last.gradNorm.size());
  verdict.ratio = std::numeric_limits<double>::quiet_NaN();
  verdict.ratioStep = last.step;
  if (depth >= 2) {
    verdict.lowLayer = depth >= 4 ? 2 : 1;
    verdict.highLayer = depth >= 4 ? depth - 1 : depth;
    const auto ratioOf = [&verdict](const GradientStep& s) {
      const double low = s.gradNorm[static_cast<std::size_t>(verdict.lowLayer - 1)];
      const double high = s.gradNorm[static_cast<std::size_t>(verdict.highLayer - 1)];
      // Both zero (a dead network) counts as vanishing: nothing reaches the input.
      return high > 0 ? low / high : (low > 0 ? std::numeric_limits<double>::infinity() : 0.0);
    };
    verdict.ratio = ratioOf(last);
    // An explosion stays in the verdict for `window` steps: the huge update it causes
    // often saturates the network, and the next steps alone would hide why.
    for (std::size_t i = first; i < k; ++i) {
      const double r = ratioOf(history[i]);
      if (history[i].gradNorm.size() == last.gradNorm.size() && r > thresholds.exploding &&
          !(verdict.ratio > thresholds.exploding)) {
        verdict.ratio = r;
        verdict.ratioStep = history[i].step;
      }
    }
  }

  if (verdict.growth > thresholds.growth) {
    verdict.regime = GradientRegime::Exploding;
    verdict.byGrowth = true;
  } else if (depth >= 2 && verdict.ratio > thresholds.exploding) {
    verdict.regime = GradientRegime::Exploding;
  } else if (depth >= 2 && verdict.ratio < thresholds.vanishing) {
    verdict.regime = GradientRegime::Vanishing;
  } else {
    verdict.regime = GradientRegime::Healthy;
  }
  return verdict;
}

std::string describeVerdict(const GradientVerdict& v) {
  const auto layers = [&v] {
    return "layer " + std::to_string(v.lowLayer) + " gets " + shortNumber(v.ratio) + " of layer " +
           std::to_string(v.highLayer) + "'s gradient";
  };
  std::string text;
  switch (v.regime) {
  case GradientRegime::None:
    return "no step yet";
  case GradientRegime::Diverged:
    return "diverged at step " + std::to_string(v.step) + ": " +
           (v.layer > 0 ? "layer " + std::to_string(v.layer) + " is not finite"
                        : std::string("the loss is not finite"));
  case GradientRegime::Exploding:
    text = v.byGrowth ? "exploding: gradient norm grew " + shortNumber(v.growth) + " in " +
                            std::to_string(v.growthSteps) + " steps"
           : v.ratioStep != v.step
               ? "exploding at step " + std::to_string(v.ratioStep) + ": " + layers()
               : "exploding: " + layers();
    break;
  case GradientRegime::Vanishing:
    text = "vanishing: " + layers();
    break;
  case GradientRegime::Healthy:
    text = v.lowLayer > 0 ? "healthy: " + layers() : "healthy";
    break;
  }
  if (v.clipped)
    text +=
        " (clipped from " + shortNumber(v.globalNorm) + " to " + shortNumber(v.clippedNorm) + ")";
  return text;
}

} // namespace gs
