#include "maptile.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace gs::ui {

QColor mapColor(double t) {
  static const QColor stops[] = {QColor(20, 20, 80), QColor(40, 90, 160), QColor(30, 160, 150),
                                 QColor(140, 200, 80), QColor(250, 230, 60)};
  t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0) * 4;
  const int i = std::min(3, static_cast<int>(t));
  const double f = t - i;
  const QColor& a = stops[i];
  const QColor& b = stops[i + 1];
  return QColor(static_cast<int>(a.red() + f * (b.red() - a.red())),
                static_cast<int>(a.green() + f * (b.green() - a.green())),
                static_cast<int>(a.blue() + f * (b.blue() - a.blue())));
}

MapTile::MapTile(int cellPixels, QWidget* parent)
    : QWidget(parent)
    , m_cellPixels(cellPixels) {
  setObjectName("featureTile");
  // Fixed: inside the resizable scroll area the layout would otherwise squeeze tiles to 0.
  if (cellPixels != 0)
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
  setMouseTracking(true);
  setCursor(Qt::PointingHandCursor);
  setToolTip(tr("Click to see this map large"));
}

void MapTile::setValues(int rows, int cols, const float* values, float lo, float hi) {
  const bool resized = rows != m_rows || cols != m_cols;
  m_rows = rows;
  m_cols = cols;
  m_values.assign(values, values + static_cast<std::ptrdiff_t>(rows) * cols);
  m_lo = lo;
  m_hi = hi;
  if (resized)
    updateGeometry();
  update();
}

QSize MapTile::sizeHint() const {
  if (m_cellPixels == 0)
    return {300, 300};
  const int side = std::max(m_rows, m_cols);
  const int px = side <= 2 ? 12 : std::max(1, m_cellPixels * 28 / std::max(side, 28));
  return {std::max(12, m_cols * px), std::max(12, m_rows * px)};
}

void MapTile::paintEvent(QPaintEvent*) {
  if (m_rows == 0 || m_cols == 0)
    return;
  QImage image(m_cols, m_rows, QImage::Format_RGB32);
  const float span = m_hi > m_lo ? m_hi - m_lo : 1.0f;
  for (int r = 0; r < m_rows; ++r)
    for (int c = 0; c < m_cols; ++c)
      image.setPixelColor(
          c, r, mapColor((m_values[static_cast<std::size_t>(r * m_cols + c)] - m_lo) / span));
  QPainter p(this);
  p.drawImage(rect(), image);
  if (!m_caption.isEmpty() && m_cellPixels == 0) {
    p.setPen(Qt::white);
    p.drawText(rect().adjusted(4, 4, -4, -4), Qt::AlignTop | Qt::AlignLeft, m_caption);
  }
}

void MapTile::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::LeftButton)
    emit clicked(this);
}

void MapTile::mouseMoveEvent(QMouseEvent* event) {
  if (m_cellPixels != 0 || m_rows == 0 || width() == 0 || height() == 0)
    return;
  const int c =
      std::clamp(static_cast<int>(event->position().x() * m_cols / width()), 0, m_cols - 1);
  const int r =
      std::clamp(static_cast<int>(event->position().y() * m_rows / height()), 0, m_rows - 1);
  QToolTip::showText(event->globalPosition().toPoint(),
                     tr("row %1, column %2: %3")
                         .arg(r)
                         .arg(c)
                         .arg(m_values[static_cast<std::size_t>(r * m_cols + c)], 0, 'g', 5),
                     this);
}

BarsWidget::BarsWidget(QWidget* parent)
    : QWidget(parent) {
  setObjectName("barsWidget");
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void BarsWidget::setValues(const std::vector<float>& values, const QStringList& labels,
                           int highlight) {
  const bool resized = values.size() != m_values.size() || labels.size() != m_labels.size();
  m_values = values;
  m_labels = labels;
  m_highlight = highlight;
  if (resized)
    updateGeometry();
  update();
}

QSize BarsWidget::sizeHint() const {
  if (!m_labels.isEmpty())
    return {260, 16 * static_cast<int>(m_values.size()) + 4};
  return {std::clamp(static_cast<int>(m_values.size()) * 4, 60, 600), 50};
}

void BarsWidget::paintEvent(QPaintEvent*) {
  if (m_values.empty())
    return;
  QPainter p(this);
  if (!m_labels.isEmpty()) {
    // Labelled probabilities: one row per class, bar length = probability.
    const int labelWidth = 90, rowH = 16;
    for (std::size_t i = 0; i < m_values.size(); ++i) {
      const int y = static_cast<int>(i) * rowH + 2;
      p.setPen(palette().color(QPalette::WindowText));
      const QString name = static_cast<int>(i) < m_labels.size() ? m_labels[static_cast<int>(i)]
                                                                 : QString::number(i);
      p.drawText(QRect(0, y, labelWidth - 4, rowH), Qt::AlignRight | Qt::AlignVCenter, name);
      const int w =
          static_cast<int>((width() - labelWidth - 50) * std::clamp(m_values[i], 0.0f, 1.0f));
      p.fillRect(QRect(labelWidth, y + 2, w, rowH - 4),
                 static_cast<int>(i) == m_highlight ? QColor(40, 160, 60) : QColor(40, 90, 160));
      p.drawText(QRect(labelWidth + w + 4, y, 50, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                 QString::number(100.0 * m_values[i], 'f', 1) + "%");
    }
    return;
  }
  // Activations: bars up from the middle line for positive values, down for negative ones.
  float m = 1e-12f;
  for (float v : m_values)
    m = std::max(m, std::abs(v));
  const double w = static_cast<double>(width()) / static_cast<double>(m_values.size());
  const int mid = height() / 2;
  p.setPen(Qt::gray);
  p.drawLine(0, mid, width(), mid);
  for (std::size_t i = 0; i < m_values.size(); ++i) {
    const int h = static_cast<int>((height() / 2 - 1) * m_values[i] / m);
    const QRect bar =
        h >= 0 ? QRect(static_cast<int>(i * w), mid - h, std::max(1, static_cast<int>(w) - 1), h)
               : QRect(static_cast<int>(i * w), mid, std::max(1, static_cast<int>(w) - 1), -h);
    p.fillRect(bar, h >= 0 ? QColor(40, 90, 160) : QColor(200, 80, 40));
  }
}

ScaleLegend::ScaleLegend(QWidget* parent)
    : QWidget(parent) {
  setToolTip(tr("Colour scale shared by every map of this layer"));
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ScaleLegend::setRange(float lo, float hi) {
  m_lo = lo;
  m_hi = hi;
  update();
}

void ScaleLegend::paintEvent(QPaintEvent*) {
  QPainter p(this);
  const int barW = 60;
  for (int x = 0; x < barW; ++x)
    p.fillRect(QRect(x, 3, 1, height() - 6), mapColor(static_cast<double>(x) / (barW - 1)));
  p.setPen(palette().color(QPalette::WindowText));
  p.drawText(QRect(barW + 4, 0, width() - barW - 4, height()), Qt::AlignLeft | Qt::AlignVCenter,
             QStringLiteral("%1 … %2").arg(m_lo, 0, 'g', 3).arg(m_hi, 0, 'g', 3));
}

DrawCanvas::DrawCanvas(QWidget* parent)
    : QWidget(parent)
    , m_pixels(kSize * kSize, 0.0f) {
  setObjectName("drawCanvas");
  setToolTip(tr("Draw a sample with the mouse; right-click clears"));
  setCursor(Qt::CrossCursor);
  setFixedSize(sizeHint());
}

void DrawCanvas::clear() {
  std::fill(m_pixels.begin(), m_pixels.end(), 0.0f);
  update();
  emit drawn();
}

void DrawCanvas::paintEvent(QPaintEvent*) {
  QImage image(kSize, kSize, QImage::Format_Grayscale8);
  for (int r = 0; r < kSize; ++r)
    for (int c = 0; c < kSize; ++c) {
      const int v = static_cast<int>(255 * m_pixels[static_cast<std::size_t>(r * kSize + c)]);
      image.setPixelColor(c, r, QColor(v, v, v));
    }
  QPainter p(this);
  p.drawImage(rect(), image);
  p.setPen(Qt::gray);
  p.drawRect(rect().adjusted(0, 0, -1, -1));
}

void DrawCanvas::paintAt(QPointF position) {
  // A soft round brush of radius 1.5 pixels.
  const double cx = position.x() * kSize / width(), cy = position.y() * kSize / height();
  for (int r = 0; r < kSize; ++r)
    for (int c = 0; c < kSize; ++c) {
      const double d = std::hypot(c + 0.5 - cx, r + 0.5 - cy);
      if (d < 2.0) {
        float& px = m_pixels[static_cast<std::size_t>(r * kSize + c)];
        px = std::max(px, static_cast<float>(std::min(1.0, 2.0 - d)));
      }
    }
  update();
}

void DrawCanvas::mousePressEvent(QMouseEvent* event) {
  if (event->button() == Qt::RightButton) {
    clear();
    return;
  }
  paintAt(event->position());
}

void DrawCanvas::mouseMoveEvent(QMouseEvent* event) {
  if (event->buttons() & Qt::LeftButton)
    paintAt(event->position());
}

void DrawCanvas::mouseReleaseEvent(QMouseEvent*) {
  emit drawn();
}

} // namespace gs::ui
