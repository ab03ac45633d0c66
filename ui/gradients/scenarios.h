#pragma once
// The one-click scenarios of the Gradients page: each sets the activation, initialiser and
// remedies and keeps depth, width, data and seed, so two of them compare like for like.
#include "core/gradients/deepnet.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace gs::ui {

struct GradientScenario {
  QString id;          ///< stable, for saved state and object names
  QString title;       ///< translated
  QString explanation; ///< translated, one or two sentences for the help
  /// The scenario's settings on top of `base` (depth, width, data and seed kept).
  DeepNetConfig apply(const DeepNetConfig& base) const;

  std::string activation, init;
  bool batchNorm = false, residual = false;
  std::string clip = "off";
  double clipThreshold = 1.0, l2 = 0;
};

class GradientScenarios {
  Q_DECLARE_TR_FUNCTIONS(GradientScenarios)
public:
  /// In the order of the page: the problems, then the remedies.
  static std::vector<GradientScenario> all();
  /// nullptr when there is none with this id.
  static const GradientScenario* find(const std::vector<GradientScenario>& list, const QString& id);
};

} // namespace gs::ui
