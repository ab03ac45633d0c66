#pragma once
// The training thread of one gradients experiment. The worker lives on its own QThread and
// owns the DeepNet; the GUI talks to it only through queued calls and receives copied
// GradientsSnapshot values. Back-pressure: the worker runs one chunk (~30 ms of steps), sends
// it, and runs the next chunk only when the GUI asks, after it has drawn the last one.
#include "core/gradients/deepnet.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

namespace gs::ui {

/// The steps one chunk made, copied out of the worker.
struct GradientsSnapshot {
  int ticket = 0;                  ///< the run this chunk belongs to (see GradientsWorker)
  std::vector<GradientStep> steps; ///< oldest first
  int remaining = 0;               ///< steps still asked for; -1 = run until paused
  bool diverged = false;           ///< a non-finite value appeared: the run stopped
  QString error;                   ///< set when the config or the data could not be used
};

class GradientsWorker : public QObject {
  Q_OBJECT
public:
  explicit GradientsWorker(QObject* parent = nullptr);
  ~GradientsWorker() override;

  /// Thread-safe: invalidates every queued and running chunk (pause, reset, shutdown).
  /// Returns the new ticket the next commands must carry.
  int cancel();
  /// Thread-safe: stop for good (the window closes); any running chunk ends after its step.
  void stop() { m_stopping = true; }

public slots:
  /// Builds a new network from `config` (the step count restarts at 0), whatever the ticket.
  /// Emits an empty snapshot, or one with `error` set.
  void configure(int ticket, const gs::DeepNetConfig& config);
  /// Runs up to `count` steps (-1: until cancelled) for about 30 ms, then emits a snapshot.
  void run(int ticket, int count);

signals:
  void snapshot(const gs::ui::GradientsSnapshot& snapshot);

private:
  std::unique_ptr<DeepNet> m_net;
  std::atomic<int> m_ticket{0};
  std::atomic<bool> m_stopping{false};
};

} // namespace gs::ui

Q_DECLARE_METATYPE(gs::ui::GradientsSnapshot)
Q_DECLARE_METATYPE(gs::DeepNetConfig)
