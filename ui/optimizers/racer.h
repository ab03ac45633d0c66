#pragma once
// One optimizer taking part in the race: which of the course's ten it is, its hyperparameters
// and its colour. A plain value; the page keeps a vector of them.
#include <QColor>
#include <QJsonObject>
#include <QString>

#include "core/optim/optimizer.h"

namespace gs::ui {

struct Racer {
  /// One of gs::courseOptimizerNames(): "sgd", "momentum", "nesterov", "adam", ...
  std::string courseName = "sgd";
  /// What runTrajectory gets (defaults resolved; config.name is "sgd" for momentum/nesterov).
  OptimizerConfig config = presetConfig("sgd");
  QColor color;

  /// "Adam lr=0.01": the legend and table label.
  QString label() const;
  QJsonObject toJson() const;
  /// A racer from saved JSON (missing fields keep the preset); InputError for an unknown name.
  static Racer fromJson(const QJsonObject& json);
};

/// Display name of a course optimizer ("RMSprop", "NAdam"); proper names, not translated.
QString displayName(const std::string& courseName);

/// The i-th colour of the race palette (ten distinct colours, then repeating).
QColor raceColor(int index);

} // namespace gs::ui
