#include "measureui.h"

#include "core/error.h"
#include "setuppanel.h"
#include "trainingpage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace gs::ui {

namespace {
/// Processes events until `done` or `ms` pass.
template <typename F> void waitFor(F done, int ms) {
  QElapsedTimer clock;
  clock.start();
  while (!done() && clock.elapsed() < ms)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}
} // namespace

int measureUi(QWidget& window, double seconds) {
  auto* page = window.findChild<TrainingPage*>();
  if (!page) {
    std::fprintf(stderr, "gradscope: no Training page\n");
    return 2;
  }
  const bool fashion = QDir("/usr/share/datasets/fashion-mnist").exists();
  page->setup()->setDataSet(fashion ? "fashion-mnist" : "shapes");
  page->setup()->setPreset("lenet5");
  page->setup()->setOptimizer("sgd", 0.05);
  page->setup()->setBatchSize(32);
  page->setSpeed(0);
  page->configure();
  waitFor([page] { return page->ready(); }, 120000);
  if (!page->ready()) {
    std::fprintf(stderr, "gradscope: the training set-up did not load: %s\n",
                 qPrintable(page->message()));
    return 2;
  }

  // The CLI's rate: the same experiment, headless, in this process (the GUI idle meanwhile).
  double cliStepsPerSecond = 0;
  {
    Trainer trainer = makeTrainer(page->setup()->experiment());
    QElapsedTimer clock;
    clock.start();
    long steps = 0;
    while (clock.elapsed() < 3000) {
      trainer.step();
      ++steps;
    }
    cliStepsPerSecond = static_cast<double>(steps) * 1000.0 / static_cast<double>(clock.elapsed());
  }

  // Event-loop delay: a 0-ms timer posted every 5 ms, timed from posting to firing.
  std::vector<double> delays;
  bool measuring = true;
  QTimer probe;
  probe.setInterval(5);
  QObject::connect(&probe, &QTimer::timeout, [&delays, &measuring] {
    auto* posted = new QElapsedTimer;
    posted->start();
    QTimer::singleShot(0, [posted, &delays, &measuring] {
      if (measuring)
        delays.push_back(static_cast<double>(posted->nsecsElapsed()) / 1e6);
      delete posted;
    });
  });
  const long steps0 = page->stepCount(), refreshes0 = page->refreshCount();
  QElapsedTimer clock;
  clock.start();
  page->run();
  probe.start();
  QEventLoop loop;
  QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
  loop.exec();
  measuring = false;
  probe.stop();
  const double elapsed = static_cast<double>(clock.elapsed()) / 1000.0;
  const long steps = page->stepCount() - steps0, refreshes = page->refreshCount() - refreshes0;
  page->pause();
  waitFor([page] { return !page->running(); }, 2000);

  std::sort(delays.begin(), delays.end());
  const double p99 =
      delays.empty() ? 0 : delays[std::min(delays.size() - 1, delays.size() * 99 / 100)];
  const double refreshesPerSecond = static_cast<double>(refreshes) / elapsed;
  const double stepsPerSecond = static_cast<double>(steps) / elapsed;
  std::printf("data=%s samples=%zu\n", fashion ? "fashion-mnist" : "shapes", delays.size());
  std::printf("p99_delay_ms=%.2f refreshes_per_s=%.1f steps_per_s=%.1f cli_steps_per_s=%.1f\n", p99,
              refreshesPerSecond, stepsPerSecond, cliStepsPerSecond);
  std::fflush(stdout);
  const bool ok = p99 < 50 && refreshesPerSecond >= 10 && stepsPerSecond >= 0.8 * cliStepsPerSecond;
  return ok ? 0 : 1;
}

bool trainSteps(QWidget& window, long steps) {
  auto* page = window.findChild<TrainingPage*>();
  if (!page)
    return false;
  waitFor([page] { return page->ready(); }, 120000);
  if (!page->ready())
    return false;
  page->runSteps(steps);
  waitFor([page] { return !page->running(); }, 600000);
  return page->stepCount() >= steps;
}

} // namespace gs::ui
