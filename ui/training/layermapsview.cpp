#include "layermapsview.h"

#include "maptile.h"

#include <QDialog>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace gs::ui {

namespace {
constexpr int kTilesPerRow = 16;
constexpr int kMaxKernelTiles = 64;

QString shapeText(const Shape& s) {
  return QString::fromStdString(shapeString(s));
}

/// Image-like: [C, H, W].
bool isMap(const Shape& s) {
  return s.size() == 3;
}
} // namespace

LayerMapsView::LayerMapsView(QWidget* parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_empty(new QLabel(this)) {
  m_scroll->setWidgetResizable(true);
  m_scroll->setObjectName("featureMapScroll");
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_empty);
  layout->addWidget(m_scroll, 1);
  retranslate();
}

void LayerMapsView::retranslate() {
  m_empty->setText(tr("Feature maps appear once a network is set up."));
  if (m_probabilityTitle)
    m_probabilityTitle->setText(tr("Class probabilities"));
}

int LayerMapsView::tileCount(int layer) const {
  if (layer < 0 || layer >= static_cast<int>(m_outputs.size()))
    return 0;
  return static_cast<int>(m_outputs[static_cast<std::size_t>(layer)].tiles.size());
}

LayerMapsView::Row LayerMapsView::makeRow(const QString& title, const Shape& shape, bool kernels) {
  Row row;
  row.title = new QLabel(title, m_content);
  row.title->setStyleSheet("font-weight: bold");
  m_rows->addWidget(row.title);
  if (isMap(shape) || kernels) {
    row.legend = new ScaleLegend(m_content);
    m_rows->addWidget(row.legend);
    auto* grid = new QGridLayout;
    grid->setSpacing(2);
    const int count = kernels ? std::min(kMaxKernelTiles, shape[0] * shape[1]) : shape[0];
    for (int i = 0; i < count; ++i) {
      auto* tile = new MapTile(kernels ? 3 : 2, m_content);
      if (kernels)
        tile->setObjectName("kernelTile");
      connect(tile, &MapTile::clicked, this, &LayerMapsView::showLarge);
      grid->addWidget(tile, i / kTilesPerRow, i % kTilesPerRow, Qt::AlignLeft | Qt::AlignTop);
      row.tiles.push_back(tile);
    }
    grid->setColumnStretch(kTilesPerRow, 1);
    m_rows->addLayout(grid);
  } else {
    row.bars = new BarsWidget(m_content);
    row.bars->setToolTip(tr("Activations of this layer, one bar per unit"));
    m_rows->addWidget(row.bars);
  }
  return row;
}

void LayerMapsView::rebuild(const TrainingSnapshot& s) {
  delete m_content;
  m_content = new QWidget;
  m_rows = new QVBoxLayout(m_content);
  m_outputs.clear();
  m_kernels.clear();
  m_input = makeRow(tr("Input %1").arg(shapeText(s.inputShape)), s.inputShape, false);
  std::size_t k = 0;
  for (std::size_t i = 0; i < s.outputs.size(); ++i) {
    const LayerOutput& o = s.outputs[i];
    m_outputs.push_back(makeRow(tr("%1 → %2").arg(o.name, shapeText(o.shape)), o.shape, false));
    if (k < s.kernels.size() && s.kernels[k].layer == static_cast<int>(i)) {
      const Shape& ks = s.kernels[k].shape;
      m_kernels.push_back(
          makeRow(tr("%1 kernels %2").arg(s.kernels[k].name, shapeText(ks)), {ks[0], ks[1]}, true));
      ++k;
    }
  }
  m_probabilityTitle = new QLabel(tr("Class probabilities"), m_content);
  m_probabilityTitle->setStyleSheet("font-weight: bold");
  m_rows->addWidget(m_probabilityTitle);
  m_probabilities = new BarsWidget(m_content);
  m_probabilities->setObjectName("probabilityBars");
  m_probabilities->setToolTip(tr("Softmax of the network's output for this sample"));
  m_rows->addWidget(m_probabilities);
  m_rows->addStretch(1);
  m_scroll->setWidget(m_content);
}

void LayerMapsView::fillRow(Row& row, const Shape& shape, const std::vector<float>& values,
                            bool kernels) {
  if (row.bars) {
    row.bars->setValues(values);
    return;
  }
  if (values.empty())
    return;
  // One colour scale for every map of the layer, so channels compare at a glance.
  const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
  row.legend->setRange(*lo, *hi);
  const int h = kernels ? shape[2] : shape[1], w = kernels ? shape[3] : shape[2];
  for (std::size_t i = 0; i < row.tiles.size(); ++i) {
    const std::size_t offset = i * static_cast<std::size_t>(h * w);
    if (offset + static_cast<std::size_t>(h * w) > values.size())
      break;
    row.tiles[i]->setValues(h, w, values.data() + offset, *lo, *hi);
    row.tiles[i]->setCaption(kernels ? tr("kernel %1 ← channel %2")
                                           .arg(static_cast<int>(i) / shape[1])
                                           .arg(static_cast<int>(i) % shape[1])
                                     : tr("channel %1").arg(i));
  }
}

void LayerMapsView::setSnapshot(const TrainingSnapshot& s) {
  if (s.inputShape.empty())
    return;
  QString signature = shapeText(s.inputShape);
  for (const LayerOutput& o : s.outputs)
    signature += o.name + shapeText(o.shape);
  for (const LayerKernels& k : s.kernels)
    signature += shapeText(k.shape);
  if (signature != m_signature) {
    m_signature = signature;
    rebuild(s);
  }
  m_empty->hide();
  fillRow(m_input, s.inputShape, s.input, false);
  std::size_t k = 0;
  for (std::size_t i = 0; i < s.outputs.size() && i < m_outputs.size(); ++i) {
    fillRow(m_outputs[i], s.outputs[i].shape, s.outputs[i].values, false);
    if (k < s.kernels.size() && s.kernels[k].layer == static_cast<int>(i)) {
      fillRow(m_kernels[k], s.kernels[k].shape, s.kernels[k].values, true);
      ++k;
    }
  }
  m_probabilities->setValues(
      s.probabilities, s.classNames.isEmpty() ? QStringList{} : s.classNames,
      s.probabilities.empty()
          ? -1
          : static_cast<int>(std::max_element(s.probabilities.begin(), s.probabilities.end()) -
                             s.probabilities.begin()));
  if (s.classNames.isEmpty()) {
    QStringList names;
    for (std::size_t i = 0; i < s.probabilities.size(); ++i)
      names << QString::number(i);
    m_probabilities->setValues(s.probabilities, names);
  }
}

void LayerMapsView::showLarge(MapTile* tile) {
  auto* dialog = new QDialog(this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setWindowTitle(tile->caption());
  auto* large = new MapTile(0, dialog);
  large->setObjectName("largeTile");
  large->setToolTip(QString());
  large->setValues(tile->rows(), tile->cols(), tile->values().data(), tile->lo(), tile->hi());
  large->setCaption(tile->caption());
  auto* legend = new ScaleLegend(dialog);
  legend->setRange(tile->lo(), tile->hi());
  auto* layout = new QVBoxLayout(dialog);
  layout->addWidget(large, 1);
  layout->addWidget(legend);
  dialog->resize(360, 400);
  dialog->show();
}

} // namespace gs::ui
