#pragma once
// Heat map of log10 ‖∂L/∂W_l‖, layer × step: the whole history at a glance. Takes the norms
// of every step (plain values); keeps the last kMaxSteps steps.
#include <optional>
#include <qcustomplot.h>
#include <vector>

namespace gs::ui {

class GradientHeatMap : public QCustomPlot {
  Q_OBJECT
public:
  static constexpr int kMaxSteps = 1000;

  explicit GradientHeatMap(QWidget* parent = nullptr);

  /// Appends one step's norms (one per layer); a new depth clears the history.
  void addStep(int step, const std::vector<double>& norms);
  void clearSteps();
  void redraw();
  void retranslate();

  int stepCount() const { return static_cast<int>(m_steps.size()); }
  /// log10 of a cell, NaN for a zero or non-finite norm.
  double cell(int stepIndex, int layer) const;
  /// "step,layer,log10_grad_norm" rows.
  QString csv() const;

  /// The finite range of the log10 norms held; nullopt when there is none.
  std::optional<QCPRange> valueRange() const { return m_own; }
  /// Colours by `range` (the split view gives both maps one scale); nullopt: by its own data.
  void setSharedRange(std::optional<QCPRange> range);
  /// The colour range in use.
  QCPRange colorRange() const { return m_map->dataRange(); }
  /// Shows or hides the colour legend (in the split view only the right map shows it).
  void setLegendVisible(bool visible);
  bool legendVisible() const { return m_scale->visible(); }

private:
  void applyRange();

  std::vector<int> m_steps;
  std::vector<std::vector<double>> m_log; ///< [step][layer]
  QCPColorMap* m_map = nullptr;
  QCPColorScale* m_scale = nullptr;
  std::optional<QCPRange> m_own, m_shared;
};

} // namespace gs::ui
