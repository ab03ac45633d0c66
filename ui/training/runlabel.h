#pragma once
// Labels of earlier runs on the loss plot: a run is named by what differed from the run before
// it ("adam lr 0.001", "batch 64"), the first one by its preset, so the overlay reads as the
// list of experiments a person made rather than a wall of identical settings.
#include <QString>
#include <vector>

namespace gs::ui {

/// One setting that tells runs apart: what it is ("lr") and how it reads in a label ("lr 0.001").
struct RunSetting {
  QString key;
  QString text;
};
using RunSettings = std::vector<RunSetting>;

/// The settings of `run` that differ from `previous` (empty: `run` is the first); the optimizer
/// is named with its learning rate. The first run, or one that repeats the previous run's
/// settings, is named by its "preset" setting.
QString runLabel(const RunSettings& run, const RunSettings& previous);

} // namespace gs::ui
