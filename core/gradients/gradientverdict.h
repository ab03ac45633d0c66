#pragma once
// The verdict line of the Gradients page: does the gradient vanish toward the input, explode,
// or stay healthy? Thresholds (documented in the page's help):
//  - diverged:  a loss, gradient, weight or activation is NaN or infinite;
//  - exploding: the global gradient norm grew more than `growth` (1e3) within the last
//               `window` (5) steps, or r > `exploding` (1e3) in one of the last `window`
//               steps (the huge update an explosion causes often saturates the network, and
//               the steps after it alone would hide why);
//  - vanishing: r < `vanishing` (1e-3);
//  - healthy:   otherwise.
// r = ‖∂L/∂W_a‖ / ‖∂L/∂W_b‖ in the last step, with a = 2 and b = L−1 (the first and last
// hidden W → W layers, so the input's and the output's scale do not enter) when L ≥ 4, and
// a = 1, b = L otherwise.
#include "gradientstep.h"

#include <string>
#include <vector>

namespace gs {

struct VerdictThresholds {
  double vanishing = 1e-3;
  double exploding = 1e3;
  double growth = 1e3;
  int window = 5;
};

enum class GradientRegime { None, Healthy, Vanishing, Exploding, Diverged };

struct GradientVerdict {
  GradientRegime regime = GradientRegime::None;
  double ratio = 0;  ///< r (see above); NaN when the depth is 1
  int ratioStep = 0; ///< the step r comes from: the last one, or an exploding one in the window
  int lowLayer = 0;  ///< a, 1-based
  int highLayer = 0; ///< b, 1-based
  /// Exploding over steps: the norm grew `growth` times in `growthSteps` steps.
  bool byGrowth = false;
  double growth = 1;
  int growthSteps = 0;
  int step = 0;   ///< the step judged (for diverged: the first non-finite step)
  int layer = -1; ///< diverged: the layer named by GradientStep::nonFiniteLayer
  /// Clipping acted in the last step: the applied gradient had norm `clippedNorm`.
  bool clipped = false;
  double globalNorm = 0, clippedNorm = 0;
};

/// Judges the history of a run (oldest first). None for an empty history.
GradientVerdict judgeGradients(const std::vector<GradientStep>& history,
                               const VerdictThresholds& thresholds = {});

/// English one-liner: "vanishing: layer 2 gets 3e-07 of layer 19's gradient".
std::string describeVerdict(const GradientVerdict& verdict);

/// "3e-07": a number with one significant digit below 10 and above 1e4 in exponent form,
/// otherwise up to 2 significant digits.
std::string shortNumber(double value);

} // namespace gs
