#pragma once
// The Training page (issue 4): set up a data set and a network, train it one step, one epoch
// or continuously on a worker thread, and watch the loss curves, every layer's feature maps,
// the kernels, the prediction, the decision boundary and the confusion matrix change.
#include "common/page.h"
#include "runlabel.h"
#include "trainingsnapshot.h"

#include <QElapsedTimer>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QCheckBox;
class QTabWidget;
class QThread;

namespace gs::ui {

class BoundaryView;
class ConfusionView;
class DrawCanvas;
class LayerMapsView;
class LossView;
class SetupPanel;
class TrainingWorker;

class TrainingPage : public Page {
  Q_OBJECT
public:
  explicit TrainingPage(QWidget* parent = nullptr);
  ~TrainingPage() override;

  QString pageId() const override { return QStringLiteral("training"); }
  QString title() const override { return tr("Training"); }
  QString helpHtml() const override;
  void applySuggestion(const QString& name) override;
  QJsonObject saveState() const override;
  void restoreState(const QJsonObject& state) override;
  bool acceptRuns(const std::vector<RunCurves>& runs) override;

  SetupPanel* setup() const { return m_setup; }
  LossView* lossView() const { return m_loss; }
  LayerMapsView* layerMapsView() const { return m_maps; }
  /// The worker has a trainer for the current set-up (Train buttons usable).
  bool ready() const { return m_ready; }
  bool running() const { return m_running; }
  long stepCount() const { return m_step; }
  /// Snapshots drawn so far.
  long refreshCount() const { return m_refreshes; }
  QString message() const;
  /// The last snapshot drawn (what the views show).
  const std::optional<TrainingSnapshot>& lastSnapshot() const { return m_last; }
  /// Steps per second the worker is paced at; 0 = as fast as possible.
  void setSpeed(double stepsPerSecond);

public slots:
  /// Rebuilds the run from the set-up now (otherwise done 100 ms after the last edit); the
  /// current curve stays overlaid as an earlier run.
  void configure();
  void step();
  void stepEpoch();
  /// Trains `count` steps as one run (Run for a fixed number of steps).
  void runSteps(long count);
  void run();
  void pause();
  void toggleRun();
  void reset();

protected:
  void retranslate() override;

private:
  void onSnapshot(const TrainingSnapshot& snapshot);
  void onHyperparameters();
  void updateButtons();
  /// Starts the worker on `count` steps (0: the rest of the epoch, −1: until paused).
  void startRun(long count);
  void updateStatus();
  void showMessage(const QString& text, bool error);
  void updateVisibleView();
  void sendSample();
  /// Keeps the current curve as an earlier run, labelled by what differed from the run before.
  void archiveRun();

  SetupPanel* m_setup;
  LossView* m_loss;
  LayerMapsView* m_maps;
  BoundaryView* m_boundary;
  ConfusionView* m_confusion;
  QTabWidget* m_tabs;
  QPushButton* m_stepButton;
  QPushButton* m_epochButton;
  QPushButton* m_runButton;
  QPushButton* m_resetButton;
  QComboBox* m_speed;
  QLabel* m_speedLabel;
  QLabel* m_status;
  QLabel* m_message;
  QProgressBar* m_progress;
  QPushButton* m_cancelLoad;
  QSpinBox* m_sample;
  QCheckBox* m_useDrawing;
  DrawCanvas* m_canvas;
  QLabel* m_sampleLabel;
  QThread* m_thread;
  TrainingWorker* m_worker;

  int m_ticket = 0;
  int m_setupTicket = 0;
  bool m_ready = false;
  bool m_running = false;
  bool m_loading = false;
  long m_step = 0;
  long m_epoch = 0;
  long m_batch = 0;
  long m_refreshes = 0;
  RunSettings m_runSettings;      ///< of the current run
  RunSettings m_archivedSettings; ///< of the last run archived (empty: none yet)
  TrainerConfig m_config;
  std::optional<TrainingSnapshot> m_last;
  QElapsedTimer m_runClock;
  qint64 m_elapsedMs = 0;
  long m_rateStep = 0;
  qint64 m_rateMs = 0;
  double m_samplesPerSecond = 0;
  QTimer* m_setupTimer;
};

} // namespace gs::ui
