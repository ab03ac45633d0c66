#include "measuregradients.h"

#include "common/uiprobe.h"
#include "gradientspage.h"
#include "gradientspanel.h"
#include "gradientssetup.h"

#include <cstdio>

namespace gs::ui {

int measureGradientsUi(QWidget& window, double seconds) {
  auto* page = window.findChild<GradientsPage*>();
  if (!page) {
    std::fprintf(stderr, "gradscope: no Gradients page\n");
    return 2;
  }
  GradientsPanel* panel = page->leftPanel();
  page->setComparison(QString());
  DeepNetConfig c = page->setup()->config();
  c.depth = kMaxDepth;
  page->setup()->setConfig(c);
  page->selectScenario("deep_sigmoid"); // keeps the depth, applies the set-up
  processEventsUntil([panel] { return !panel->isBusy(); }, 60000);
  if (panel->config().depth != kMaxDepth || !panel->errorText().isEmpty()) {
    std::fprintf(stderr, "gradscope: the depth-%d set-up did not load: %s\n", kMaxDepth,
                 qPrintable(panel->errorText()));
    return 2;
  }

  const long steps0 = panel->stepsReceived(), refreshes0 = panel->refreshCount();
  const EventLoopDelay delay = sampleEventLoop(seconds, [panel] { panel->run(); });
  const long steps = panel->stepsReceived() - steps0;
  const long refreshes = panel->refreshCount() - refreshes0;
  panel->pause();

  const double refreshesPerSecond = static_cast<double>(refreshes) / delay.elapsedSeconds;
  const double stepsPerSecond = static_cast<double>(steps) / delay.elapsedSeconds;
  std::printf("scenario=deep_sigmoid depth=%d width=%d data=%s samples=%ld\n", c.depth, c.width,
              c.data.c_str(), delay.samples);
  std::printf("p99_delay_ms=%.2f refreshes_per_s=%.1f steps_per_s=%.1f\n", delay.p99Ms,
              refreshesPerSecond, stepsPerSecond);
  std::fflush(stdout);
  return delay.p99Ms < 50 && refreshesPerSecond >= 10 ? 0 : 1;
}

} // namespace gs::ui
