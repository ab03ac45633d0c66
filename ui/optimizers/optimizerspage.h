#pragma once
// The Optimizers page (issue 6): optimizers racing on a loss surface. The user picks a surface
// (or types f(x, y)), a start point (click the map) and any racers with their own
// hyperparameters, then steps or runs the race. Every trajectory comes from
// gs::runTrajectory, the same optimizers that train networks. The "Real network" tab trains one
// network once per racer (gs::Comparison on a worker thread) and overlays the loss curves.
#include <QVector>
#include <vector>

#include "common/page.h"
#include "core/optim/surface.h"

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace gs::ui {

class ComparisonPanel;
class RaceResults;
class RacerEditor;
class SurfacePlot;

class OptimizersPage : public Page {
  Q_OBJECT
public:
  explicit OptimizersPage(QWidget* parent = nullptr);
  ~OptimizersPage() override;

  QString pageId() const override { return QStringLiteral("optimizers"); }
  QString title() const override { return tr("Optimizers"); }
  QString helpHtml() const override;
  /// "compare": a network line-up of racers, MLP on the spiral, and the comparison started.
  void applySuggestion(const QString& name) override;
  QJsonObject saveState() const override;
  void restoreState(const QJsonObject& state) override;

  /// The step the race shows (0 = everyone at the start).
  long currentStep() const { return m_step; }
  /// Sets up the showcase: Rosenbrock with all ten optimizers, run to the end.
  void showRosenbrockRace();
  /// The "Real network" part: its set-up, worker and curves.
  ComparisonPanel* comparison() const { return m_comparison; }
  /// Shows the surface race (false) or the real-network comparison (true).
  void showComparison(bool on);
  bool comparisonShown() const;

protected:
  void retranslate() override;

private:
  void buildUi();
  void selectSurface(const QString& name);
  /// Parses the typed f(x, y); on success it becomes the surface (resetView: also its default
  /// view and start), on failure the inline message names the column and the old surface stays.
  void applyExpression(bool resetView);
  void applyStartFields();
  void setStart(Point2 start);
  void recomputeMap(const ViewRect& view);
  void recomputeRace();
  void setStep(long step);
  void updateViews();
  void showReadout(int racer, int step, QPoint globalPos);
  QString trajectoriesCsv() const;
  void setRunning(bool running);
  /// Racers suited to a small network (learning rates of the usual order for each).
  void setNetworkLineup();

  // Race state (all numbers come from core).
  Surface m_surface;
  QString m_surfaceName = QStringLiteral("rosenbrock");
  Point2 m_start;
  std::vector<Trajectory> m_trajectories;
  std::vector<QString> m_errors; ///< per racer: why runTrajectory refused it
  long m_step = 0;
  double m_epsilon = 1e-3;

  QGroupBox* m_surfaceBox = nullptr;
  QComboBox* m_surfaceCombo = nullptr;
  QLabel* m_expressionLabel = nullptr;
  QLineEdit* m_expressionEdit = nullptr;
  QLabel* m_expressionError = nullptr;
  QPushButton* m_demoButton = nullptr;
  QLabel* m_startLabel = nullptr;
  QLineEdit* m_startX = nullptr;
  QLineEdit* m_startY = nullptr;
  QLabel* m_startMessage = nullptr;
  QPushButton* m_resetViewButton = nullptr;

  QGroupBox* m_racerBox = nullptr;
  RacerEditor* m_racers = nullptr;

  QGroupBox* m_raceBox = nullptr;
  QLabel* m_sigmaLabel = nullptr;
  QDoubleSpinBox* m_sigma = nullptr;
  QLabel* m_seedLabel = nullptr;
  QSpinBox* m_seed = nullptr;
  QLabel* m_stepsLabel = nullptr;
  QSpinBox* m_maxSteps = nullptr;
  QLabel* m_speedLabel = nullptr;
  QSpinBox* m_speed = nullptr;
  QLabel* m_epsilonLabel = nullptr;
  QLineEdit* m_epsilonEdit = nullptr;
  QLabel* m_epsilonError = nullptr;
  QPushButton* m_stepButton = nullptr;
  QPushButton* m_runButton = nullptr;
  QPushButton* m_resetButton = nullptr;
  QPushButton* m_endButton = nullptr;
  QLabel* m_stepLabel = nullptr;

  SurfacePlot* m_plot = nullptr;
  RaceResults* m_results = nullptr;
  QLabel* m_readout = nullptr;
  QTimer* m_timer = nullptr;

  QTabWidget* m_tabs = nullptr;
  ComparisonPanel* m_comparison = nullptr;
};

} // namespace gs::ui
