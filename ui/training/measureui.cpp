#include "measureui.h"

#include "common/uiprobe.h"
#include "core/error.h"
#include "setuppanel.h"
#include "trainingpage.h"

#include <QDir>
#include <QElapsedTimer>
#include <cstdio>

namespace gs::ui {

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
  processEventsUntil([page] { return page->ready(); }, 120000);
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

  const long steps0 = page->stepCount(), refreshes0 = page->refreshCount();
  const EventLoopDelay delay = sampleEventLoop(seconds, [page] { page->run(); });
  const double elapsed = delay.elapsedSeconds;
  const long steps = page->stepCount() - steps0, refreshes = page->refreshCount() - refreshes0;
  page->pause();
  processEventsUntil([page] { return !page->running(); }, 2000);

  const double p99 = delay.p99Ms;
  const double refreshesPerSecond = static_cast<double>(refreshes) / elapsed;
  const double stepsPerSecond = static_cast<double>(steps) / elapsed;
  std::printf("data=%s samples=%ld\n", fashion ? "fashion-mnist" : "shapes", delay.samples);
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
  processEventsUntil([page] { return page->ready(); }, 120000);
  if (!page->ready())
    return false;
  page->runSteps(steps);
  processEventsUntil([page] { return !page->running(); }, 600000);
  return page->stepCount() >= steps;
}

} // namespace gs::ui
