#include "chainruleview.h"

#include <cmath>

namespace gs::ui {

ChainRuleView::ChainRuleView(QWidget* parent)
    : QCustomPlot(parent) {
  yAxis->setScaleType(QCPAxis::stLogarithmic);
  yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  yAxis->setNumberFormat("eb");
  yAxis->setNumberPrecision(0);
  m_factors = new QCPBars(xAxis, yAxis);
  m_factors->setPen(Qt::NoPen);
  m_factors->setBrush(QColor(31, 119, 180, 110));
  m_factors->setWidth(0.7);
  m_slopes = addGraph();
  m_slopes->setLineStyle(QCPGraph::lsNone);
  m_slopes->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QColor(44, 160, 44), 6));
  m_bound025 = addGraph();
  m_bound025->setPen(QPen(QColor(44, 160, 44), 1.5, Qt::DashLine));
  m_product = addGraph();
  m_product->setPen(QPen(QColor(214, 39, 40), 2));
  m_product->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
  // The legend sits in its own row under the plot, two entries per line, so it never covers
  // the bars or the product (whose values span the whole height).
  legend->setVisible(true);
  auto* legendRow = new QCPLayoutGrid;
  plotLayout()->addElement(1, 0, legendRow);
  legendRow->setMargins(QMargins(5, 0, 5, 5));
  axisRect()->insetLayout()->take(legend);
  legendRow->addElement(0, 0, legend);
  legend->setWrap(2); // before the fill order, which rearranges the entries by it
  legend->setFillOrder(QCPLegend::foColumnsFirst);
  legend->setBorderPen(Qt::NoPen);
  plotLayout()->setRowStretchFactor(1, 0.001);
  setMinimumHeight(140);
  retranslate();
}

void ChainRuleView::retranslate() {
  xAxis->setLabel(tr("layer l (1 = nearest the input)"));
  yAxis->setLabel(tr("magnitude (log)"));
  m_factors->setName(tr("|σ'(z_l)·w_l| (factor)"));
  m_slopes->setName(tr("σ'(z_l)"));
  m_bound025->setName(tr("max σ' = %1").arg(m_bound));
  m_product->setName(tr("|∂C/∂a_(l−1)| (running product)"));
  replot(QCustomPlot::rpQueuedReplot);
}

void ChainRuleView::setChain(const ChainRule& chain, double slopeBound) {
  m_chain = chain;
  const bool relabel = slopeBound != m_bound;
  m_bound = slopeBound;
  QVector<double> fk, fv, sk, sv, pk, pv;
  double lo = slopeBound, hi = slopeBound;
  const auto add = [&lo, &hi](QVector<double>& k, QVector<double>& v, double key, double value) {
    value = std::fabs(value);
    if (!(value > 0) || !std::isfinite(value))
      return;
    k.push_back(key);
    v.push_back(value);
    lo = std::min(lo, value);
    hi = std::max(hi, value);
  };
  for (std::size_t l = 0; l < chain.links.size(); ++l) {
    const ChainLink& link = chain.links[l];
    const double key = static_cast<double>(l + 1);
    add(fk, fv, key, link.factor);
    add(sk, sv, key, link.slope);
    add(pk, pv, key, link.product);
  }
  m_factors->setData(fk, fv, true);
  m_factors->setBaseValue(std::max(lo / 3, 1e-300));
  m_slopes->setData(sk, sv, true);
  m_product->setData(pk, pv, true);
  const double n = static_cast<double>(std::max<std::size_t>(chain.links.size(), 1));
  m_bound025->setData({0.5, n + 0.5}, {slopeBound, slopeBound}, true);
  xAxis->setRange(0.5, n + 0.5);
  yAxis->setRange(lo / 3, hi * 3);
  if (relabel)
    retranslate();
  replot(QCustomPlot::rpQueuedReplot);
}

QString ChainRuleView::csv() const {
  QString out = "layer,w,z,slope,factor,product\n";
  for (std::size_t l = 0; l < m_chain.links.size(); ++l) {
    const ChainLink& k = m_chain.links[l];
    QStringList row{QString::number(l + 1)};
    for (double v : {k.w, k.z, k.slope, k.factor, k.product})
      row << QString::number(v, 'g', 10);
    out += row.join(',') + '\n';
  }
  return out;
}

} // namespace gs::ui
