#pragma once
// `gradscope --page gradients --measure-ui SECONDS` (issue 5): the Gradients page runs the deep
// sigmoid scenario at depth 100 (the whole data set every step) as fast as it can in the real
// window while the GUI thread's event-loop delay is sampled, then prints
//   p99_delay_ms=X refreshes_per_s=Y steps_per_s=Z
// Returns 0 only when p99 < 50 ms and the views are redrawn with new steps ≥ 10 times a second.
class QWidget;

namespace gs::ui {

/// `window` holds the Gradients page and shows it. Runs its own event loop for about SECONDS.
int measureGradientsUi(QWidget& window, double seconds);

} // namespace gs::ui
