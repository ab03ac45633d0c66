#pragma once
// The output-size formula with the numbers substituted ("Ho = ⌊(5 + 1 + 1 − 3) / 2⌋ + 1 = 3")
// and the layer's parameter, multiply-add and FLOP counts, all numbers from core.
#include "core/conv/convolution.h"

#include <QWidget>

class QLabel;

namespace gs::ui {

class FormulaView : public QWidget {
  Q_OBJECT
public:
  explicit FormulaView(QWidget* parent = nullptr);

  /// channels C and kernels N of the layer the geometry and cost belong to.
  void setConvolution(const ConvGeometry& geometry, const ConvCost& cost, int channels,
                      int kernels);
  void setPooling(const ConvGeometry& geometry);
  void clear();

  QString formulaText() const;
  QString costText() const;
  void retranslate();

  /// "Ho = ⌊(5 + 1 + 1 − 3) / 2⌋ + 1 = 3" and the same for Wo, core's geometry written out.
  static QString axisFormula(const QString& name, int n, int p0, int p1, int k, int d, int s,
                             int out);
  static QString heightFormula(const ConvGeometry& g);
  static QString widthFormula(const ConvGeometry& g);

private:
  void refresh();

  enum class Kind { None, Convolution, Pooling } m_kind = Kind::None;
  ConvGeometry m_geometry;
  ConvCost m_cost;
  int m_channels = 0, m_kernels = 0;
  QLabel* m_formulaLabel = nullptr;
  QLabel* m_costLabel = nullptr;
};

} // namespace gs::ui
