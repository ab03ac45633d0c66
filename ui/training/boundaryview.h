#pragma once
// The decision boundary of a 2-D set: the predicted class as a heat map under the points.
#include "trainingsnapshot.h"

#include <QWidget>

class QCustomPlot;
class QCPColorMap;

namespace gs::ui {

class BoundaryView : public QWidget {
  Q_OBJECT
public:
  explicit BoundaryView(QWidget* parent = nullptr);
  void setGrid(const BoundaryGrid& grid);
  void retranslate();

private:
  QCustomPlot* m_plot;
  QCPColorMap* m_map;
  int m_classes = 0;
};

} // namespace gs::ui
