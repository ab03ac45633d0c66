#pragma once
// The thread of "Compare optimizers on a real network" (DESIGN.md section 1). The worker lives
// on its own QThread and owns the Comparison (the models, the data); the page sends it a job
// through a queued call and receives ComparisonSnapshot values, at most ~10 per second.
// cancel() and stop() are thread-safe and take effect between two training steps.
#include "core/train/comparison.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <atomic>
#include <vector>

namespace gs::ui {

/// What the page is sent: a copy, no pointer into the worker's models.
struct ComparisonSnapshot {
  int ticket = 0;
  bool loading = false;    ///< still loading the data / building the model
  double loadFraction = 0; ///< of the data load, in [0, 1]
  std::vector<ComparisonRun> runs;
  long stepsPerRun = 0;
  long stepsPerEpoch = 0;
  double progress = 0;    ///< of the whole comparison, in [0, 1]
  bool finished = false;  ///< every run has finished
  bool cancelled = false; ///< stopped before the end
  double seconds = 0;     ///< training time so far
  QString error;          ///< why nothing could run (bad set-up), empty otherwise
};

class ComparisonWorker : public QObject {
  Q_OBJECT
public:
  explicit ComparisonWorker(QObject* parent = nullptr);

  /// Thread-safe: ends the running job (after its current step or during the data load) and
  /// returns the ticket the next job must carry.
  int cancel();
  /// Thread-safe: stop for good (the page closes).
  void stop() {
    m_stopping = true;
    cancel();
  }

  /// Runs the whole comparison, sending snapshots; returns when done or cancelled.
  void start(int ticket, const gs::Experiment& experiment, const gs::ComparisonPlan& plan);

signals:
  void snapshot(const gs::ui::ComparisonSnapshot& snapshot);

private:
  bool current(int ticket) const { return ticket == m_ticket && !m_stopping; }

  std::atomic<int> m_ticket{0};
  std::atomic<bool> m_cancel{false};
  std::atomic<bool> m_stopping{false};
};

} // namespace gs::ui

Q_DECLARE_METATYPE(gs::ui::ComparisonSnapshot)
