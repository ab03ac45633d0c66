#pragma once
// "Compare optimizers on a real network" (issue 6): the racers of the page train the same
// network from the same initial weights on the same batches, one run per racer, on a worker
// thread; their loss curves overlay in the racers' colours, and one click hands them to the
// Training page's run overlay. Owns no layout: the page places setupBox() in its control column
// and view()->widget() in its "Real network" tab.
#include "comparisonview.h"
#include "comparisonworker.h"
#include "racer.h"

#include <QJsonObject>
#include <QObject>
#include <vector>

#include "common/runcurves.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;

namespace gs::ui {

class ComparisonPanel : public QObject {
  Q_OBJECT
public:
  explicit ComparisonPanel(QObject* parent = nullptr);
  /// Stops a running comparison (after its current step) and waits for the thread.
  ~ComparisonPanel() override;

  QGroupBox* setupBox() const { return m_box; }
  ComparisonView* view() const { return m_view; }

  /// Starts a comparison of `racers` with the set-up in the box (a running one is cancelled).
  /// A set-up that cannot work gets the inline message and nothing starts.
  void compare(const std::vector<Racer>& racers);
  void cancel();
  bool running() const { return m_running; }
  /// The shown runs as the Training page overlays them, labelled "adam lr 0.001".
  std::vector<RunCurves> runCurves() const;

  /// Sets the network, data, epochs, steps limit, batch size and seed.
  void setSetup(const QString& preset, const QString& data, int epochs, int batch, int seed);

  /// Set-up and the last results (so that a restored session shows the finished comparison).
  QJsonObject saveState() const;
  void restoreState(const QJsonObject& state);
  void retranslate();

  /// "adam lr 0.001": how a racer's run is labelled.
  static QString runLabel(const Racer& racer);

signals:
  /// The Compare button: the page answers with compare(its racers).
  void compareRequested();
  /// "Show on Training page".
  void runsExported(const std::vector<gs::ui::RunCurves>& runs);
  /// A comparison started, advanced or ended.
  void stateChanged();

private:
  void onSnapshot(const ComparisonSnapshot& snapshot);
  void updateDataControls();
  void setRunning(bool running);
  void showError(const QString& text);
  void updateStatus();

  QThread* m_thread = nullptr;
  ComparisonWorker* m_worker = nullptr;
  int m_ticket = 0;
  bool m_running = false;
  std::vector<QString> m_labels; ///< of the runs of the current comparison
  std::vector<QColor> m_colors;
  long m_stepsPerRun = 0;

  QGroupBox* m_box = nullptr;
  QLabel* m_presetLabel = nullptr;
  QComboBox* m_preset = nullptr;
  QLabel* m_dataLabel = nullptr;
  QComboBox* m_data = nullptr;
  QLabel* m_samplesLabel = nullptr;
  QSpinBox* m_samples = nullptr;
  QLabel* m_epochsLabel = nullptr;
  QSpinBox* m_epochs = nullptr;
  QLabel* m_maxStepsLabel = nullptr;
  QSpinBox* m_maxSteps = nullptr;
  QLabel* m_batchLabel = nullptr;
  QSpinBox* m_batch = nullptr;
  QLabel* m_seedLabel = nullptr;
  QSpinBox* m_seed = nullptr;
  QPushButton* m_compareButton = nullptr;
  QPushButton* m_cancelButton = nullptr;
  QProgressBar* m_progress = nullptr;
  QLabel* m_status = nullptr;
  QLabel* m_error = nullptr;
  QPushButton* m_exportButton = nullptr;
  ComparisonView* m_view = nullptr;
  ComparisonSnapshot m_last; ///< the last snapshot's progress (its runs live in the view)
};

} // namespace gs::ui
