#include "comparisonworker.h"

#include "core/error.h"

#include <QElapsedTimer>

namespace gs::ui {

namespace {
constexpr qint64 kSnapshotMs = 100; // at most ~10 snapshots per second
} // namespace

ComparisonWorker::ComparisonWorker(QObject* parent)
    : QObject(parent) {
  qRegisterMetaType<gs::ui::ComparisonSnapshot>();
}

int ComparisonWorker::cancel() {
  m_cancel = true;
  return ++m_ticket;
}

void ComparisonWorker::start(int ticket, const gs::Experiment& experiment,
                             const gs::ComparisonPlan& plan) {
  if (!current(ticket))
    return;
  m_cancel = false;
  if (!current(ticket)) // cancel() came between the check and the reset
    return;
  ComparisonSnapshot s;
  s.ticket = ticket;
  s.loading = true;
  emit snapshot(s);
  QElapsedTimer sinceSnapshot;
  sinceSnapshot.start();
  try {
    const auto loadProgress = [&](double f) {
      if (sinceSnapshot.elapsed() < kSnapshotMs && f < 1)
        return;
      sinceSnapshot.restart();
      s.loadFraction = f;
      emit snapshot(s);
    };
    Comparison comparison = makeComparison(experiment, plan, loadProgress, &m_cancel);
    s.loading = false;
    s.stepsPerRun = comparison.stepsPerRun();
    s.stepsPerEpoch = comparison.stepsPerEpoch();
    QElapsedTimer clock;
    clock.start();
    const auto send = [&] {
      s.runs = comparison.runs();
      s.progress = comparison.progress();
      s.finished = comparison.finished();
      s.cancelled = !s.finished && !current(ticket);
      s.seconds = static_cast<double>(clock.elapsed()) / 1000.0;
      emit snapshot(s);
      sinceSnapshot.restart();
    };
    send();
    while (current(ticket) && comparison.round(&m_cancel))
      if (sinceSnapshot.elapsed() >= kSnapshotMs)
        send();
    send();
  } catch (const Cancelled&) {
    s.loading = false;
    s.cancelled = true;
    emit snapshot(s);
  } catch (const std::exception& e) {
    // InputError (a preset that does not fit the data, a missing folder, ...) or out of memory.
    s.loading = false;
    s.error = QString::fromStdString(e.what());
    emit snapshot(s);
  }
}

} // namespace gs::ui
