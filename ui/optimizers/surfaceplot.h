#pragma once
// The loss surface: a colour map of f (logarithmic colours when f ≥ 0 spans decades) with
// contour lines, a colour scale, the known minima, the common start point and each racer's
// trajectory with a marker at its current point. Zoom with the wheel, pan by dragging, click
// to set the start point, hover a trajectory to read it. Takes plain data only.
#include <QColor>
#include <QVector>
#include <qcustomplot.h>

#include "core/optim/contour.h"

namespace gs::ui {

class ContourLines;

/// One racer's path as far as the race has got.
struct RaceTrack {
  QString label;
  QColor color;
  QVector<double> xs, ys;
};

class SurfacePlot : public QCustomPlot {
  Q_OBJECT
public:
  explicit SurfacePlot(QWidget* parent = nullptr);

  void setSurfaceMap(const SurfaceMap& map);
  void setMinima(const std::vector<Point2>& minima);
  void setStart(Point2 start);
  void setTracks(const std::vector<RaceTrack>& tracks);
  /// Shows exactly this rectangle (the surface's default view).
  void setView(const ViewRect& view);
  /// The rectangle currently visible.
  ViewRect visibleRect() const;
  void retranslate();

signals:
  /// A click (not a drag) at this point of the plane.
  void startClicked(gs::Point2 point);
  /// The visible rectangle changed (zoom or pan), after the user paused for a moment.
  void viewChanged(gs::ViewRect view);
  /// The mouse is near point `step` of track `track` (index into setTracks' vector).
  void trackHovered(int track, int step, QPoint globalPos);
  void hoverLeft();

protected:
  void mousePressEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;

private:
  QCPColorMap* m_map = nullptr;
  QCPColorScale* m_scale = nullptr;
  ContourLines* m_contours = nullptr;
  QCPGraph* m_minima = nullptr;
  QCPGraph* m_start = nullptr;
  QVector<QCPCurve*> m_paths;
  QVector<QCPCurve*> m_markers;
  std::vector<RaceTrack> m_tracks;
  QTimer* m_viewTimer = nullptr;
  QPoint m_pressPos;
  bool m_settingView = false;
};

} // namespace gs::ui
