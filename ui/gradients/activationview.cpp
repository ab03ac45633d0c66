#include "activationview.h"

#include <cmath>

namespace gs::ui {

ActivationView::ActivationView(QWidget* parent)
    : QCustomPlot(parent) {
  m_fraction = new QCPBars(xAxis, yAxis2);
  m_fraction->setPen(Qt::NoPen);
  m_fraction->setBrush(QColor(214, 39, 40, 70));
  m_fraction->setWidth(0.8);
  m_boxes = new QCPStatisticalBox(xAxis, yAxis);
  m_boxes->setWidth(0.6);
  m_boxes->setBrush(QColor(31, 119, 180, 90));
  yAxis2->setVisible(true);
  yAxis2->setRange(0, 1);
  setMinimumHeight(140);
  retranslate();
}

void ActivationView::retranslate() {
  xAxis->setLabel(tr("layer (1 = nearest the input)"));
  yAxis->setLabel(tr("activation (box: quartiles, whiskers: min/max)"));
  yAxis2->setLabel(m_dead ? tr("dead fraction (bars)") : tr("saturated fraction (bars)"));
  m_boxes->setName(tr("activations"));
  m_fraction->setName(m_dead ? tr("dead units") : tr("saturated values"));
  replot(QCustomPlot::rpQueuedReplot);
}

void ActivationView::setStats(const std::vector<ActivationStats>& stats, bool dead) {
  const bool relabel = dead != m_dead;
  m_stats = stats;
  m_dead = dead;
  QVector<QCPStatisticalBoxData> boxes;
  QVector<double> keys, fractions;
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (std::size_t i = 0; i < stats.size(); ++i) {
    const ActivationStats& s = stats[i];
    const double key = static_cast<double>(i + 1);
    if (!std::isfinite(s.min) || !std::isfinite(s.max))
      continue;
    boxes.push_back(QCPStatisticalBoxData(key, s.min, s.q1, s.median, s.q3, s.max));
    keys.push_back(key);
    fractions.push_back(s.saturated);
    lo = std::min(lo, s.min);
    hi = std::max(hi, s.max);
  }
  m_boxes->data()->set(boxes, true);
  m_fraction->setData(keys, fractions, true);
  xAxis->setRange(0.5, static_cast<double>(std::max<std::size_t>(stats.size(), 1)) + 0.5);
  if (lo <= hi)
    yAxis->setRange(lo - 0.05 * (hi - lo + 1e-9), hi + 0.05 * (hi - lo + 1e-9));
  if (relabel)
    retranslate();
  replot(QCustomPlot::rpQueuedReplot);
}

QString ActivationView::csv() const {
  QString out = m_dead ? "layer,min,q1,median,q3,max,std,dead_fraction\n"
                       : "layer,min,q1,median,q3,max,std,saturated_fraction\n";
  for (std::size_t i = 0; i < m_stats.size(); ++i) {
    const ActivationStats& s = m_stats[i];
    QStringList row{QString::number(i + 1)};
    for (double v : {s.min, s.q1, s.median, s.q3, s.max, s.std, s.saturated})
      row << QString::number(v, 'g', 10);
    out += row.join(',') + '\n';
  }
  return out;
}

} // namespace gs::ui
