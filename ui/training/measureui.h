#pragma once
// `gradscope --measure-ui SECONDS` (issue 4): LeNet-5 trains on Fashion-MNIST (shapes when it
// is not installed) as fast as it can in the real window while the GUI thread's event-loop
// delay is sampled, then prints
//   p99_delay_ms=X refreshes_per_s=Y steps_per_s=Z cli_steps_per_s=W
// Returns 0 only when p99 < 50 ms, refreshes ≥ 10/s and steps ≥ 80 % of the headless rate.
class QWidget;

namespace gs::ui {

/// `window` holds the Training page and shows it. Runs its own event loop for about SECONDS
/// plus the data loading and a short headless measurement first.
int measureUi(QWidget& window, double seconds);

/// `gradscope --train-steps N`: trains the Training page's current set-up for N steps
/// (waiting for the data first), for screenshots mid-training. False when it could not.
bool trainSteps(QWidget& window, long steps);

} // namespace gs::ui
