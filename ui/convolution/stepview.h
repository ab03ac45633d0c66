#pragma once
// The animation: per input channel the padded input with the window, the kernel (rotated
// when flipped) and the channel's partial sum; the output planes with the cells computed so
// far; and the equation of the current cell written out with its numbers. Takes a value
// snapshot (StepScene) computed by core; draws one step of its trace.
#include "core/conv/convolution.h"
#include "core/conv/pooling.h"

#include <QWidget>
#include <vector>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace gs::ui {

class NumberGrid;

struct StepScene {
  bool pooling = false;
  PoolKind poolKind = PoolKind::Max;
  bool flip = false;
  PadMode padMode = PadMode::Valid; ///< as chosen (the resolved padding is in geometry)
  Tensor input;                     ///< [C, H, W]
  Tensor kernels;                   ///< [N, C, kh, kw] as entered (convolution only)
  ConvGeometry geometry;
  Tensor output; ///< [N, Ho, Wo] (pooling: [C, Ho, Wo])
  std::vector<TraceStep> convTrace;
  std::vector<PoolStep> poolTrace;
};

class StepView : public QWidget {
  Q_OBJECT
public:
  explicit StepView(QWidget* parent = nullptr);

  void setScene(StepScene scene);
  /// Nothing shown (no valid setup).
  void clearScene();
  void setStep(int index);
  int stepCount() const;
  int step() const { return m_step; }
  /// What is shown (empty input when nothing can be computed).
  const StepScene& scene() const { return m_scene; }

  /// The equation of the current step as shown.
  QString equation() const;
  NumberGrid* outputGrid(int plane) const;
  NumberGrid* inputGrid(int channel) const;
  NumberGrid* kernelGrid(int channel) const;

  void retranslate();

  /// "max(1, 3, 4, 6) = 6" or "(1 + 3 + 4 + 6) / 4 = 3.5": one pooling step written out with
  /// core's values (max skips the padding, average counts it as core does).
  static QString poolEquation(const PoolStep& step, PoolKind kind, const ConvGeometry& geometry);

private:
  void rebuildGrids();
  void updateTitles();

  StepScene m_scene;
  Tensor m_shownKernels; ///< rotated by 180° when flip is on (from core)
  int m_step = 0;
  QGridLayout* m_channelGrid = nullptr;
  QVBoxLayout* m_outputColumn = nullptr;
  std::vector<NumberGrid*> m_inputGrids;
  std::vector<NumberGrid*> m_kernelGrids;
  std::vector<QLabel*> m_partialLabels;
  std::vector<NumberGrid*> m_outputGrids;
  QLabel* m_cellLabel = nullptr;
  QLabel* m_equation = nullptr;
  QLabel* m_partials = nullptr;
  QLabel* m_legend = nullptr;
};

} // namespace gs::ui
