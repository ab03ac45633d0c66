#include "boundaryview.h"

#include "common/plotexport.h"

#include <QVBoxLayout>
#include <algorithm>
#include <qcustomplot.h>

namespace gs::ui {

namespace {
const QColor kClassColors[] = {QColor(40, 90, 200),  QColor(220, 110, 30), QColor(40, 160, 60),
                               QColor(190, 40, 40),  QColor(140, 70, 190), QColor(130, 90, 50),
                               QColor(220, 90, 170), QColor(110, 110, 110)};
}

BoundaryView::BoundaryView(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
  m_plot->setObjectName("boundaryPlot");
  m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
  m_map->setInterpolate(false);
  installPlotExport(m_plot, "decision-boundary");
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_plot);
  retranslate();
}

void BoundaryView::retranslate() {
  m_plot->setToolTip(tr("Background: the class the network predicts at each point (lighter = "
                        "less sure); dots: the training samples"));
  m_plot->xAxis->setLabel(tr("x₁"));
  m_plot->yAxis->setLabel(tr("x₂"));
  m_plot->replot();
}

void BoundaryView::setGrid(const BoundaryGrid& g) {
  if (g.size == 0)
    return;
  int classes = 2;
  for (int c : g.pointLabel)
    classes = std::max(classes, c + 1);
  for (int c : g.predicted)
    classes = std::max(classes, c + 1);
  classes = std::min(classes, 8);
  if (classes != m_classes) {
    // One colour band per class; inside a band, confidence goes from pale to full.
    m_classes = classes;
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setLevelCount(256);
    for (int c = 0; c < classes; ++c) {
      const double lo = static_cast<double>(c) / classes, hi = static_cast<double>(c + 1) / classes;
      gradient.setColorStopAt(lo + 1e-6, kClassColors[c].lighter(185));
      gradient.setColorStopAt(hi - 1e-6, kClassColors[c].lighter(130));
    }
    m_map->setGradient(gradient);
    m_plot->clearGraphs();
    for (int c = 0; c < classes; ++c) {
      QCPGraph* graph = m_plot->addGraph();
      graph->setLineStyle(QCPGraph::lsNone);
      graph->setScatterStyle(
          QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 0.8), kClassColors[c], 6));
    }
  }
  m_map->data()->setSize(g.size, g.size);
  m_map->data()->setRange(QCPRange(g.xMin, g.xMax), QCPRange(g.yMin, g.yMax));
  const double minConfidence = 1.0 / classes;
  for (int r = 0; r < g.size; ++r)
    for (int c = 0; c < g.size; ++c) {
      const std::size_t i = static_cast<std::size_t>(r * g.size + c);
      const double sure =
          std::clamp((g.confidence[i] - minConfidence) / (1 - minConfidence), 0.0, 1.0);
      m_map->data()->setCell(c, r,
                             (std::min(g.predicted[i], classes - 1) + 0.05 + 0.9 * sure) / classes);
    }
  m_map->setDataRange(QCPRange(0, 1));
  std::vector<QVector<double>> xs(static_cast<std::size_t>(classes)),
      ys(static_cast<std::size_t>(classes));
  for (std::size_t i = 0; i < g.pointX.size(); ++i) {
    const auto c = static_cast<std::size_t>(std::min(g.pointLabel[i], classes - 1));
    xs[c].push_back(g.pointX[i]);
    ys[c].push_back(g.pointY[i]);
  }
  for (int c = 0; c < classes; ++c)
    m_plot->graph(c)->setData(xs[static_cast<std::size_t>(c)], ys[static_cast<std::size_t>(c)]);
  m_plot->xAxis->setRange(g.xMin, g.xMax);
  m_plot->yAxis->setRange(g.yMin, g.yMax);
  m_plot->replot();
}

} // namespace gs::ui
