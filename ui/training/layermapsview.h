#pragma once
// Every layer's output for one sample: the input, conv / pool channels as colour-mapped tiles
// with a shared scale legend per layer, dense activations as bars, each conv layer's kernels,
// and the class probabilities. Clicking a tile shows it large with its numbers on hover.
#include "trainingsnapshot.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace gs::ui {

class BarsWidget;
class MapTile;
class ScaleLegend;

class LayerMapsView : public QWidget {
  Q_OBJECT
public:
  explicit LayerMapsView(QWidget* parent = nullptr);
  void setSnapshot(const TrainingSnapshot& snapshot);
  /// Tiles shown for layer `index` (0-based network position), for tests.
  int tileCount(int layer) const;
  void retranslate();

private:
  struct Row {
    QLabel* title = nullptr;
    ScaleLegend* legend = nullptr;
    std::vector<MapTile*> tiles;
    BarsWidget* bars = nullptr;
  };
  void rebuild(const TrainingSnapshot& s);
  Row makeRow(const QString& title, const Shape& shape, bool kernels);
  void fillRow(Row& row, const Shape& shape, const std::vector<float>& values, bool kernels);
  void showLarge(MapTile* tile);

  QScrollArea* m_scroll;
  QWidget* m_content = nullptr;
  QVBoxLayout* m_rows = nullptr;
  QLabel* m_empty;
  QString m_signature;
  Row m_input;
  std::vector<Row> m_outputs; ///< one per layer
  std::vector<Row> m_kernels; ///< one per conv layer
  BarsWidget* m_probabilities = nullptr;
  QLabel* m_probabilityTitle = nullptr;
};

} // namespace gs::ui
