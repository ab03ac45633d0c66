#pragma once
// Loss and accuracy curves: training loss per step (raw and smoothed), validation loss and
// accuracy per epoch, markers where a hyperparameter changed or the run diverged, and up to
// eight earlier runs overlaid for comparison (hidden, renamed, removed from the run list).
#include "common/runcurves.h"

#include <QJsonObject>
#include <QWidget>
#include <vector>

class QCustomPlot;
class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace gs::ui {

class LossView : public QWidget {
  Q_OBJECT
public:
  static constexpr int kMaxRuns = 8;
  explicit LossView(QWidget* parent = nullptr);

  RunCurves& current() { return m_current; }
  const RunCurves& current() const { return m_current; }
  const std::vector<RunCurves>& previous() const { return m_previous; }
  /// Keeps the current run as a previous one (oldest dropped beyond kMaxRuns) and clears it.
  void archiveCurrent(const QString& label);
  /// Adds finished runs made elsewhere (the Optimizers page's comparison) to the overlay.
  void addPrevious(const std::vector<RunCurves>& runs);
  void clearCurrent();
  void removeRun(int index);
  /// Redraws from the data (called after the data changed).
  void refresh();
  /// Number of points of the raw training-loss graph (for tests).
  int rawPointCount() const;
  QString curvesCsv() const;

  QJsonObject saveState() const;
  void restoreState(const QJsonObject& state);
  void retranslate();

private:
  void updateRunList();
  void hover(double x);

  QCustomPlot* m_plot;
  QCheckBox* m_log;
  QLabel* m_readout;
  QListWidget* m_runs;
  QPushButton* m_remove;
  RunCurves m_current;
  std::vector<RunCurves> m_previous;
  bool m_updatingList = false;
};

} // namespace gs::ui
