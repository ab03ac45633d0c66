#pragma once
// Measuring how responsive the GUI is while a page works (the --measure-ui benchmarks of
// issues 4 and 5): the GUI thread's event-loop delay is sampled by posting a 0-ms timer every
// 5 ms and timing it from posting to firing.
#include <functional>

namespace gs::ui {

struct EventLoopDelay {
  double p99Ms = 0;          ///< 99th percentile of the delays
  long samples = 0;          ///< how many delays were measured
  double elapsedSeconds = 0; ///< from `begin` to the end of the loop
};

/// Runs an event loop for `seconds` while sampling its delay. `begin` (optional) is called
/// right after the clock starts and before the first sample, e.g. to start the work measured.
EventLoopDelay sampleEventLoop(double seconds, const std::function<void()>& begin = {});

/// Processes events until `done()` is true or `ms` milliseconds pass.
void processEventsUntil(const std::function<bool()>& done, int ms);

} // namespace gs::ui
