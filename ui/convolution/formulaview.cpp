#include "formulaview.h"
#include "common/presentation.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace gs::ui {

FormulaView::FormulaView(QWidget* parent)
    : QWidget(parent) {
  m_formulaLabel = new QLabel(this);
  m_formulaLabel->setObjectName("formulaLabel");
  m_formulaLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_formulaLabel->setWordWrap(true);
  setRelativeFont(m_formulaLabel, 1.25);
  m_costLabel = new QLabel(this);
  m_costLabel->setObjectName("costLabel");
  m_costLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_costLabel->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_formulaLabel);
  layout->addWidget(m_costLabel);
  retranslate();
}

void FormulaView::setConvolution(const ConvGeometry& geometry, const ConvCost& cost, int channels,
                                 int kernels) {
  m_kind = Kind::Convolution;
  m_geometry = geometry;
  m_cost = cost;
  m_channels = channels;
  m_kernels = kernels;
  refresh();
}

void FormulaView::setPooling(const ConvGeometry& geometry) {
  m_kind = Kind::Pooling;
  m_geometry = geometry;
  refresh();
}

void FormulaView::clear() {
  m_kind = Kind::None;
  refresh();
}

QString FormulaView::formulaText() const {
  return m_formulaLabel->text();
}
QString FormulaView::costText() const {
  return m_costLabel->text();
}

QString FormulaView::axisFormula(const QString& name, int n, int p0, int p1, int k, int d, int s,
                                 int out) {
  // ke = d·(k − 1) + 1 is written out only when the dilation makes it differ from k.
  const QString kernelTerm =
      d == 1 ? QString::number(k) : QStringLiteral("(%1·(%2 − 1) + 1)").arg(d).arg(k);
  return QStringLiteral("%1 = ⌊(%2 + %3 + %4 − %5) / %6⌋ + 1 = %7")
      .arg(name)
      .arg(n)
      .arg(p0)
      .arg(p1)
      .arg(kernelTerm)
      .arg(s)
      .arg(out);
}

QString FormulaView::heightFormula(const ConvGeometry& g) {
  return axisFormula(QStringLiteral("Ho"), g.inH, g.pad.top, g.pad.bottom, g.kH, g.dilationH,
                     g.strideH, g.outH);
}

QString FormulaView::widthFormula(const ConvGeometry& g) {
  return axisFormula(QStringLiteral("Wo"), g.inW, g.pad.left, g.pad.right, g.kW, g.dilationW,
                     g.strideW, g.outW);
}

void FormulaView::refresh() {
  if (m_kind == Kind::None) {
    m_formulaLabel->clear();
    m_costLabel->clear();
    return;
  }
  const ConvGeometry& g = m_geometry;
  m_formulaLabel->setText(tr("Output size: %1;   %2").arg(heightFormula(g), widthFormula(g)));
  if (m_kind == Kind::Pooling) {
    m_costLabel->setText(tr("Pooling has no parameters to learn."));
    return;
  }
  const QLocale locale;
  const QString perKernel = QStringLiteral("%1·%2·%3").arg(m_channels).arg(g.kH).arg(g.kW);
  m_costLabel->setText(
      tr("Parameters = N·C·kh·kw + N = %1·%2 + %1 = %3;   MACs = N·Ho·Wo·C·kh·kw = %1·%4·%5·%2 = "
         "%6;   FLOPs = 2·MACs = %7")
          .arg(m_kernels)
          .arg(perKernel)
          .arg(locale.toString(m_cost.params))
          .arg(g.outH)
          .arg(g.outW)
          .arg(locale.toString(m_cost.macs))
          .arg(locale.toString(m_cost.flops)));
}

void FormulaView::retranslate() {
  m_formulaLabel->setToolTip(tr("Output size per axis: ⌊(input + padding before + padding after − "
                                "effective kernel) / stride⌋ + 1"));
  m_costLabel->setToolTip(tr("Cost of this layer: learnable parameters, multiply-adds and "
                             "floating-point operations"));
  refresh();
}

} // namespace gs::ui
