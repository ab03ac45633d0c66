#pragma once
// Activation distributions per layer as box plots (min, quartiles, max over the batch) with
// the saturated (sigmoid, tanh) or dead (ReLU family) fraction as bars on the right axis.
#include "core/gradients/gradientstep.h"

#include <qcustomplot.h>
#include <vector>

namespace gs::ui {

class ActivationView : public QCustomPlot {
  Q_OBJECT
public:
  explicit ActivationView(QWidget* parent = nullptr);

  /// `dead`: the fraction means dead units (ReLU family), else saturated values.
  void setStats(const std::vector<ActivationStats>& stats, bool dead);
  void retranslate();

  /// "layer,min,q1,median,q3,max,std,fraction" rows.
  QString csv() const;

private:
  std::vector<ActivationStats> m_stats;
  bool m_dead = false;
  QCPStatisticalBox* m_boxes = nullptr;
  QCPBars* m_fraction = nullptr;
};

} // namespace gs::ui
