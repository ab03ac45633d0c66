#pragma once
// The recorded curves of one training run, as the Training page overlays them. Shared so other
// pages (the Optimizers page's "compare on a real network") can hand finished runs over.
#include <QString>
#include <utility>
#include <vector>

namespace gs::ui {

struct RunCurves {
  QString label;
  bool visible = true;
  std::vector<double> losses;         ///< per step, step 1 first
  std::vector<double> validationStep; ///< step at which each epoch ended
  std::vector<double> validationLoss, validationAccuracy;
  std::vector<std::pair<double, QString>> marks; ///< step, what changed
  double divergedAt = -1;                        ///< step where NaN/Inf appeared
};

} // namespace gs::ui
