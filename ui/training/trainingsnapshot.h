#pragma once
// The plain values the training worker sends to the views (DESIGN.md section 1): copies, no
// pointers into the model, so the GUI thread never touches the Trainer.
#include "core/train/trainer.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <vector>

namespace gs::ui {

/// One layer's output for the chosen sample: [C, H, W] (maps) or [F] (a vector).
struct LayerOutput {
  QString name; ///< "layer 1 (conv2d)"
  QString type;
  Shape shape;
  std::vector<float> values;
};

/// The kernels of one conv2d layer: [out, in, kh, kw].
struct LayerKernels {
  int layer = 0;
  QString name;
  Shape shape;
  std::vector<float> values;
};

/// The decision boundary of a 2-D set: the predicted class on a grid over the data.
struct BoundaryGrid {
  int size = 0; ///< size × size cells
  double xMin = 0, xMax = 0, yMin = 0, yMax = 0;
  std::vector<int> predicted;    ///< row-major, y outer
  std::vector<float> confidence; ///< probability of the predicted class
  std::vector<double> pointX, pointY;
  std::vector<int> pointLabel;
};

struct TrainingSnapshot {
  int ticket = 0;
  bool reset = false;              ///< the run restarted at step 0 (new setup or Reset)
  long firstStep = 0;              ///< step number of losses[0] (1-based)
  std::vector<double> losses;      ///< steps made since the last snapshot
  std::vector<double> accuracies;  ///< NaN where there is none
  std::vector<EpochRecord> epochs; ///< epochs finished since the last snapshot
  long step = 0, epoch = 0;
  long stepsPerEpoch = 0;
  long batchSize = 0;
  long validationSize = 0;
  double learningRate = 0;
  bool running = false; ///< more steps follow without a new command
  bool stopped = false; ///< the run stopped (NaN / early stopping)
  QString stopReason;
  QString error; ///< setup rejected (message names the layer / field)

  QStringList classNames;
  bool image = false;
  int sampleIndex = -1;     ///< validation sample shown (-1: the drawn one)
  std::vector<float> input; ///< the sample, shape inputShape
  Shape inputShape;
  std::vector<LayerOutput> outputs;
  std::vector<LayerKernels> kernels;
  std::vector<float> probabilities; ///< softmax of the last output
  int trueLabel = -1;
  std::vector<std::vector<long>> confusion; ///< of the last validation
  BoundaryGrid boundary;                    ///< size 0 unless the data is 2-D
};

} // namespace gs::ui

Q_DECLARE_METATYPE(gs::ui::TrainingSnapshot)
