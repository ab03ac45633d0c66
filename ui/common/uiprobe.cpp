#include "uiprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <vector>

namespace gs::ui {

EventLoopDelay sampleEventLoop(double seconds, const std::function<void()>& begin) {
  // Each sample: a 0-ms timer posted every 5 ms, timed from posting to firing. The timers are
  // owned by `context`, so none fires after this function returns.
  std::vector<double> delays;
  QObject context;
  QTimer probe;
  probe.setInterval(5);
  QObject::connect(&probe, &QTimer::timeout, &context, [&delays, &context] {
    QElapsedTimer posted;
    posted.start();
    QTimer::singleShot(0, &context, [posted, &delays] {
      delays.push_back(static_cast<double>(posted.nsecsElapsed()) / 1e6);
    });
  });
  QElapsedTimer clock;
  clock.start();
  if (begin)
    begin();
  probe.start();
  QEventLoop loop;
  QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
  loop.exec();
  probe.stop();
  EventLoopDelay out;
  out.elapsedSeconds = static_cast<double>(clock.elapsed()) / 1000.0;
  out.samples = static_cast<long>(delays.size());
  std::sort(delays.begin(), delays.end());
  out.p99Ms = delays.empty() ? 0 : delays[std::min(delays.size() - 1, delays.size() * 99 / 100)];
  return out;
}

void processEventsUntil(const std::function<bool()>& done, int ms) {
  QElapsedTimer clock;
  clock.start();
  while (!done() && clock.elapsed() < ms)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace gs::ui
