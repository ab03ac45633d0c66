#include "gradientheatmap.h"

#include <cmath>

namespace gs::ui {

GradientHeatMap::GradientHeatMap(QWidget* parent)
    : QCustomPlot(parent) {
  m_map = new QCPColorMap(xAxis, yAxis);
  m_scale = new QCPColorScale(this);
  plotLayout()->addElement(0, 1, m_scale);
  m_map->setColorScale(m_scale);
  m_map->setGradient(QCPColorGradient::gpJet);
  m_map->setInterpolate(false);
  m_map->setTightBoundary(true);
  auto* group = new QCPMarginGroup(this);
  axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
  m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);
  setMinimumHeight(140);
  retranslate();
}

void GradientHeatMap::retranslate() {
  xAxis->setLabel(tr("step"));
  yAxis->setLabel(tr("layer"));
  m_scale->axis()->setLabel(tr("log10 ‖∂L/∂W‖"));
  replot(QCustomPlot::rpQueuedReplot);
}

void GradientHeatMap::clearSteps() {
  m_steps.clear();
  m_log.clear();
  redraw();
}

void GradientHeatMap::addStep(int step, const std::vector<double>& norms) {
  if (!m_log.empty() && m_log.front().size() != norms.size())
    clearSteps();
  std::vector<double> row(norms.size());
  for (std::size_t l = 0; l < norms.size(); ++l)
    row[l] = norms[l] > 0 && std::isfinite(norms[l]) ? std::log10(norms[l])
                                                     : std::numeric_limits<double>::quiet_NaN();
  m_steps.push_back(step);
  m_log.push_back(std::move(row));
  if (m_steps.size() > kMaxSteps) {
    m_steps.erase(m_steps.begin());
    m_log.erase(m_log.begin());
  }
}

double GradientHeatMap::cell(int stepIndex, int layer) const {
  return m_log.at(static_cast<std::size_t>(stepIndex)).at(static_cast<std::size_t>(layer));
}

void GradientHeatMap::redraw() {
  const int steps = static_cast<int>(m_steps.size());
  const int layers = m_log.empty() ? 0 : static_cast<int>(m_log.front().size());
  if (steps == 0 || layers == 0) {
    m_map->data()->clear();
    m_own.reset();
    replot(QCustomPlot::rpQueuedReplot);
    return;
  }
  // A colour map needs two cells per axis to know their size: a single step (or layer) is
  // drawn as two equal cells a half step apart.
  const int columns = std::max(steps, 2), rows = std::max(layers, 2);
  const double first = m_steps.front(), last = steps > 1 ? m_steps.back() : first + 0.5;
  m_map->data()->setSize(columns, rows);
  m_map->data()->setRange(
      QCPRange(steps > 1 ? first : first - 0.25, steps > 1 ? last : first + 0.25),
      QCPRange(layers > 1 ? 1.0 : 0.75, layers > 1 ? layers : 1.25));
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (int s = 0; s < columns; ++s) {
    for (int l = 0; l < rows; ++l) {
      const double v = m_log[static_cast<std::size_t>(std::min(s, steps - 1))]
                            [static_cast<std::size_t>(std::min(l, layers - 1))];
      m_map->data()->setCell(s, l, v);
      if (std::isfinite(v)) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      }
    }
  }
  m_own.reset();
  if (lo <= hi)
    m_own = QCPRange(lo, hi > lo ? hi : lo + 1);
  applyRange();
  xAxis->setRange(first - 0.5, (steps > 1 ? last : first) + 0.5);
  yAxis->setRange(0.5, layers + 0.5);
  replot(QCustomPlot::rpQueuedReplot);
}

void GradientHeatMap::applyRange() {
  if (const std::optional<QCPRange> range = m_shared ? m_shared : m_own)
    m_map->setDataRange(*range);
}

void GradientHeatMap::setSharedRange(std::optional<QCPRange> range) {
  m_shared = range;
  applyRange();
  replot(QCustomPlot::rpQueuedReplot);
}

void GradientHeatMap::setLegendVisible(bool visible) {
  if (visible == m_scale->visible())
    return;
  // Out of the layout, the hidden legend leaves its room to the map.
  if (visible) {
    plotLayout()->addElement(0, 1, m_scale);
  } else {
    plotLayout()->take(m_scale);
    plotLayout()->simplify();
  }
  m_scale->setVisible(visible);
  replot(QCustomPlot::rpQueuedReplot);
}

QString GradientHeatMap::csv() const {
  QString out = "step,layer,log10_grad_norm\n";
  for (std::size_t s = 0; s < m_steps.size(); ++s)
    for (std::size_t l = 0; l < m_log[s].size(); ++l)
      out += QString::number(m_steps[s]) + ',' + QString::number(l + 1) + ',' +
             QString::number(m_log[s][l], 'g', 10) + '\n';
  return out;
}

} // namespace gs::ui
