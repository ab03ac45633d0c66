#include "layerplot.h"

#include <cmath>

namespace gs::ui {

LayerPlot::LayerPlot(QWidget* parent)
    : QCustomPlot(parent) {
  yAxis->setScaleType(QCPAxis::stLogarithmic);
  yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  yAxis->setNumberFormat("eb");
  yAxis->setNumberPrecision(0);
  m_graph = addGraph();
  m_graph->setPen(QPen(QColor(31, 119, 180), 2));
  m_graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
  m_guide = addGraph();
  m_guide->setPen(QPen(QColor(150, 150, 150), 1, Qt::DashLine));
  legend->setVisible(false);
  setMinimumHeight(140);
}

void LayerPlot::setTexts(const QString& yLabel, const QString& seriesName,
                         const QString& guideName) {
  xAxis->setLabel(tr("layer (1 = nearest the input)"));
  yAxis->setLabel(yLabel);
  m_graph->setName(seriesName);
  m_guide->setName(guideName);
}

void LayerPlot::setGuide(double y) {
  m_guideY = y;
  setValues(m_values);
}

void LayerPlot::setValues(const std::vector<double>& values) {
  m_values = values;
  QVector<double> keys, shown;
  double lo = std::numeric_limits<double>::infinity(), hi = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!(values[i] > 0) || !std::isfinite(values[i]))
      continue;
    keys.push_back(static_cast<double>(i + 1));
    shown.push_back(values[i]);
    lo = std::min(lo, values[i]);
    hi = std::max(hi, values[i]);
  }
  m_graph->setData(keys, shown, true);
  const double n = std::max<double>(1.0, static_cast<double>(values.size()));
  m_guide->data()->clear();
  if (std::isfinite(m_guideY)) {
    m_guide->setData({0.5, n + 0.5}, {m_guideY, m_guideY}, true);
    lo = std::min(lo, m_guideY);
    hi = std::max(hi, m_guideY);
  }
  xAxis->setRange(0.5, n + 0.5);
  if (hi > 0)
    yAxis->setRange(lo / 3, hi * 3);
  replot(QCustomPlot::rpQueuedReplot);
}

QString LayerPlot::csv() const {
  QString out = "layer,value\n";
  for (std::size_t i = 0; i < m_values.size(); ++i)
    out += QString::number(i + 1) + ',' + QString::number(m_values[i], 'g', 10) + '\n';
  return out;
}

} // namespace gs::ui
