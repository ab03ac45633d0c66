#include "surfaceplot.h"

#include <algorithm>
#include <cmath>

namespace gs::ui {

/// Contour segments drawn straight onto the axis rect: far cheaper than one plottable per
/// segment, and exported to PNG and PDF like everything else on the plot.
class ContourLines : public QCPLayerable {
public:
  ContourLines(QCustomPlot* plot, QCPAxis* xAxis, QCPAxis* yAxis)
      : QCPLayerable(plot)
      , m_xAxis(xAxis)
      , m_yAxis(yAxis) {}

  void setSegments(const std::vector<std::vector<ContourSegment>>& levels) {
    m_lines.clear();
    for (const auto& level : levels)
      for (const ContourSegment& s : level)
        m_lines.push_back({s.a.x, s.a.y, s.b.x, s.b.y});
  }

protected:
  void applyDefaultAntialiasingHint(QCPPainter* painter) const override {
    applyAntialiasingHint(painter, true, QCP::aeOther);
  }
  QRect clipRect() const override { return m_xAxis->axisRect()->rect(); }
  void draw(QCPPainter* painter) override {
    QVector<QLineF> pixels;
    pixels.reserve(static_cast<int>(m_lines.size()));
    for (const auto& l : m_lines)
      pixels.append(QLineF(m_xAxis->coordToPixel(l[0]), m_yAxis->coordToPixel(l[1]),
                           m_xAxis->coordToPixel(l[2]), m_yAxis->coordToPixel(l[3])));
    painter->setPen(QPen(QColor(40, 40, 60, 110), 0.8));
    painter->drawLines(pixels);
  }

private:
  QCPAxis* m_xAxis;
  QCPAxis* m_yAxis;
  std::vector<std::array<double, 4>> m_lines;
};

SurfacePlot::SurfacePlot(QWidget* parent)
    : QCustomPlot(parent) {
  setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  setMouseTracking(true);
  m_map = new QCPColorMap(xAxis, yAxis);
  m_map->setInterpolate(true);
  m_map->setTightBoundary(true);
  m_scale = new QCPColorScale(this);
  plotLayout()->addElement(0, 1, m_scale);
  m_map->setColorScale(m_scale);
  // Pale, light at the bottom of the valley, so that the racers' saturated colours stand out.
  QCPColorGradient gradient;
  gradient.setColorStopAt(0.0, QColor(0xff, 0xff, 0xe5));
  gradient.setColorStopAt(0.25, QColor(0xd9, 0xf0, 0xa3));
  gradient.setColorStopAt(0.5, QColor(0xad, 0xdd, 0x8e));
  gradient.setColorStopAt(0.75, QColor(0x78, 0xc6, 0x79));
  gradient.setColorStopAt(1.0, QColor(0x41, 0xab, 0x5d));
  gradient.setNanHandling(QCPColorGradient::nhNanColor);
  gradient.setNanColor(QColor(200, 200, 200));
  m_map->setGradient(gradient);
  auto* margins = new QCPMarginGroup(this);
  axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
  m_map->removeFromLegend();

  m_contours = new ContourLines(this, xAxis, yAxis);

  m_minima = addGraph();
  m_minima->setLineStyle(QCPGraph::lsNone);
  m_minima->setScatterStyle(
      QCPScatterStyle(QCPScatterStyle::ssStar, QPen(Qt::black, 1.5), QBrush(Qt::white), 13));
  m_start = addGraph();
  m_start->setLineStyle(QCPGraph::lsNone);
  m_start->setScatterStyle(
      QCPScatterStyle(QCPScatterStyle::ssCrossSquare, QPen(Qt::black, 1.5), QBrush(Qt::white), 11));

  legend->setVisible(true);
  legend->setFont(QFont(font().family(), 8));
  legend->setBrush(QColor(255, 255, 255, 210));
  legend->setRowSpacing(-2);
  axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

  m_viewTimer = new QTimer(this);
  m_viewTimer->setSingleShot(true);
  m_viewTimer->setInterval(120);
  connect(m_viewTimer, &QTimer::timeout, this, [this] { emit viewChanged(visibleRect()); });
  const auto rangeMoved = [this] {
    if (!m_settingView)
      m_viewTimer->start();
  };
  connect(xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, rangeMoved);
  connect(yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, rangeMoved);
  retranslate();
}

void SurfacePlot::retranslate() {
  xAxis->setLabel("x");
  yAxis->setLabel("y");
  m_minima->setName(tr("minimum"));
  m_start->setName(tr("start"));
  setToolTip(tr("Wheel: zoom. Drag: pan. Click: set the start point. Hover a trajectory to read "
                "it. Right-click: export PNG / PDF / trajectories (CSV)."));
  replot(rpQueuedReplot);
}

void SurfacePlot::setSurfaceMap(const SurfaceMap& map) {
  const auto n = static_cast<int>(map.n);
  m_map->data()->setSize(n, n);
  m_map->data()->setRange(QCPRange(map.view.xMin, map.view.xMax),
                          QCPRange(map.view.yMin, map.view.yMax));
  // On a log scale f is clamped below to the lowest decade shown, so that the minimum (f = 0)
  // gets the lowest colour instead of none.
  const double floor = std::max(map.range.minPositive, map.range.max * 1e-6);
  for (int iy = 0; iy < n; ++iy)
    for (int ix = 0; ix < n; ++ix) {
      const double v = map.values[static_cast<std::size_t>(iy * n + ix)];
      m_map->data()->setCell(ix, iy, map.range.logScale && v < floor ? floor : v);
    }
  const auto scaleType = map.range.logScale ? QCPAxis::stLogarithmic : QCPAxis::stLinear;
  m_scale->setDataScaleType(scaleType);
  m_scale->axis()->setTicker(map.range.logScale
                                 ? QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog)
                                 : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  m_scale->axis()->setNumberFormat(map.range.logScale ? "eb" : "gb");
  m_scale->axis()->setNumberPrecision(map.range.logScale ? 0 : 6);
  m_scale->setDataRange(map.range.logScale ? QCPRange(floor, map.range.max)
                                           : QCPRange(map.range.min, map.range.max));
  m_scale->axis()->setLabel(map.range.logScale ? tr("f (log scale)") : tr("f"));
  m_contours->setSegments(map.contours);
  replot(rpQueuedReplot);
}

void SurfacePlot::setMinima(const std::vector<Point2>& minima) {
  QVector<double> xs, ys;
  for (const Point2& p : minima) {
    xs.append(p.x);
    ys.append(p.y);
  }
  m_minima->setData(xs, ys);
  if (minima.empty())
    m_minima->removeFromLegend();
  else
    m_minima->addToLegend();
  replot(rpQueuedReplot);
}

void SurfacePlot::setStart(Point2 start) {
  m_start->setData({start.x}, {start.y});
  replot(rpQueuedReplot);
}

void SurfacePlot::setTracks(const std::vector<RaceTrack>& tracks) {
  while (m_paths.size() > static_cast<int>(tracks.size())) {
    removePlottable(m_paths.takeLast());
    removePlottable(m_markers.takeLast());
  }
  while (m_paths.size() < static_cast<int>(tracks.size())) {
    m_paths.append(new QCPCurve(xAxis, yAxis));
    auto* marker = new QCPCurve(xAxis, yAxis);
    marker->setLineStyle(QCPCurve::lsNone);
    marker->removeFromLegend();
    m_markers.append(marker);
  }
  for (std::size_t i = 0; i < tracks.size(); ++i) {
    const RaceTrack& t = tracks[i];
    QCPCurve* path = m_paths[static_cast<int>(i)];
    path->setName(t.label);
    path->setPen(QPen(t.color, 2));
    path->setData(t.xs, t.ys);
    QCPCurve* marker = m_markers[static_cast<int>(i)];
    marker->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 1), QBrush(t.color), 10));
    if (t.xs.isEmpty())
      marker->data()->clear();
    else
      marker->setData({t.xs.last()}, {t.ys.last()});
  }
  m_tracks = tracks;
  replot(rpQueuedReplot);
}

void SurfacePlot::setView(const ViewRect& view) {
  m_settingView = true;
  xAxis->setRange(view.xMin, view.xMax);
  yAxis->setRange(view.yMin, view.yMax);
  m_settingView = false;
  replot(rpQueuedReplot);
}

ViewRect SurfacePlot::visibleRect() const {
  return {xAxis->range().lower, xAxis->range().upper, yAxis->range().lower, yAxis->range().upper};
}

void SurfacePlot::mousePressEvent(QMouseEvent* event) {
  m_pressPos = event->pos();
  QCustomPlot::mousePressEvent(event);
}

void SurfacePlot::mouseReleaseEvent(QMouseEvent* event) {
  QCustomPlot::mouseReleaseEvent(event);
  if (event->button() == Qt::LeftButton && (event->pos() - m_pressPos).manhattanLength() < 4 &&
      axisRect()->rect().contains(event->pos()))
    emit startClicked(
        {xAxis->pixelToCoord(event->pos().x()), yAxis->pixelToCoord(event->pos().y())});
}

void SurfacePlot::mouseMoveEvent(QMouseEvent* event) {
  QCustomPlot::mouseMoveEvent(event);
  if (event->buttons() != Qt::NoButton)
    return;
  // The nearest drawn point of any track within 8 pixels.
  double best = 8 * 8;
  int bestTrack = -1, bestStep = -1;
  const QPointF pos = event->position();
  for (std::size_t t = 0; t < m_tracks.size(); ++t) {
    const RaceTrack& track = m_tracks[t];
    for (int k = 0; k < track.xs.size(); ++k) {
      const double dx = xAxis->coordToPixel(track.xs[k]) - pos.x();
      const double dy = yAxis->coordToPixel(track.ys[k]) - pos.y();
      if (dx * dx + dy * dy < best) {
        best = dx * dx + dy * dy;
        bestTrack = static_cast<int>(t);
        bestStep = k;
      }
    }
  }
  if (bestTrack >= 0)
    emit trackHovered(bestTrack, bestStep, event->globalPosition().toPoint());
  else
    emit hoverLeft();
}

} // namespace gs::ui
