#pragma once
// The training thread (DESIGN.md section 1). The worker lives on its own QThread and owns the
// Trainer; the page talks to it only through queued slots and receives TrainingSnapshot values.
// Back-pressure: the worker keeps training in ~50 ms chunks, but sends a snapshot only when the
// page has drawn the previous one (markDrawn), so the GUI never queues up work.
#include "core/data/dataspec.h"
#include "core/train/experiment.h"
#include "trainingsnapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

namespace gs::ui {

class TrainingWorker : public QObject {
  Q_OBJECT
public:
  explicit TrainingWorker(QObject* parent = nullptr);
  ~TrainingWorker() override;

  /// Thread-safe: invalidates queued and running commands (pause, new setup, shutdown) and
  /// cancels a data load. Returns the ticket the next commands must carry.
  int cancel();
  /// Thread-safe: the page has drawn the last snapshot; the next one may come.
  void markDrawn() { m_drawn = true; }
  /// Thread-safe: stop for good (the window closes).
  void stop() {
    m_stopping = true;
    m_cancelLoad = true;
  }

public slots:
  /// Loads the data (cached while spec, samples, noise and seed stay) and builds the trainer.
  void configure(int ticket, const gs::Experiment& experiment);
  /// count > 0: that many steps; 0: to the end of the epoch; -1: until paused.
  void run(int ticket, long count);
  /// Stops a run and reports the steps not sent yet.
  void pause(int ticket);
  /// Back to step 0 of the same run (identical replay).
  void reset(int ticket);
  /// New hyperparameters between steps; the run goes on.
  void setConfig(const gs::TrainerConfig& config);
  /// Steps per second; 0 = as fast as possible.
  void setSpeed(double stepsPerSecond) { m_speed = stepsPerSecond; }
  /// The sample the feature maps show: a validation index, or (index -1) `drawn`.
  void setSample(int index, const std::vector<float>& drawn);

signals:
  void snapshot(const gs::ui::TrainingSnapshot& snapshot);
  void loadProgress(double fraction);

private:
  void chunk(int ticket);
  void emitSnapshot(int ticket, bool running, bool reset);
  void fillViews(TrainingSnapshot& s);
  void fillBoundary(TrainingSnapshot& s, Network& net);

  std::unique_ptr<Trainer> m_trainer;
  std::optional<LoadedData> m_data;
  std::string m_dataKey;
  std::atomic<int> m_ticket{0};
  std::atomic<bool> m_stopping{false};
  std::atomic<bool> m_cancelLoad{false};
  std::atomic<bool> m_drawn{true};
  std::atomic<double> m_speed{0};
  long m_remaining = 0; ///< steps still asked for; -1 until paused; -2 to the epoch's end
  long m_sentSteps = 0; ///< steps already sent
  std::size_t m_sentEpochs = 0;
  int m_sample = 0;
  std::vector<float> m_drawnSample;
  QElapsedTimer m_runClock;
  long m_runStartStep = 0;
};

} // namespace gs::ui

Q_DECLARE_METATYPE(gs::Experiment)
Q_DECLARE_METATYPE(gs::TrainerConfig)
