#pragma once
// The chain-rule view: a chain with one neuron per layer. Bars: |σ'(z_l)·w_l|, the factor
// each link multiplies the gradient by; points: σ'(z_l) with the activation's bound (0.25 for
// sigmoid) drawn as a line; line: |∂C/∂a_{l−1}|, the running product from the output (right)
// back to the input (left). Log scale.
#include "core/gradients/chainrule.h"

#include <qcustomplot.h>

namespace gs::ui {

class ChainRuleView : public QCustomPlot {
  Q_OBJECT
public:
  explicit ChainRuleView(QWidget* parent = nullptr);

  void setChain(const ChainRule& chain, double slopeBound);
  void retranslate();

  const ChainRule& chain() const { return m_chain; }
  /// "layer,w,z,slope,factor,product" rows.
  QString csv() const;

private:
  ChainRule m_chain;
  double m_bound = 0.25;
  QCPBars* m_factors = nullptr;
  QCPGraph* m_slopes = nullptr;
  QCPGraph* m_product = nullptr;
  QCPGraph* m_bound025 = nullptr;
};

} // namespace gs::ui
