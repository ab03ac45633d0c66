#include "featuremapview.h"

#include "matrixtext.h"

#include <QLinearGradient>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace gs::ui {

namespace {
constexpr int kLegendHeight = 40;
const QColor kNegative("#2166ac");
const QColor kPositive("#b2182b");

QColor blend(const QColor& a, const QColor& b, double t) {
  return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                          static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                          static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

FeatureMapView::FeatureMapView(QWidget* parent)
    : QWidget(parent) {}

void FeatureMapView::setTitle(const QString& title) {
  m_title = title;
  update();
}

void FeatureMapView::setGrey(const Tensor& plane) {
  const int H = plane.dim(0), W = plane.dim(1);
  m_image = QImage(W, H, QImage::Format_Grayscale8);
  for (int y = 0; y < H; ++y) {
    uchar* line = m_image.scanLine(y);
    for (int x = 0; x < W; ++x)
      line[x] = static_cast<uchar>(
          std::clamp(plane[static_cast<std::size_t>(y * W + x)], 0.0f, 1.0f) * 255.0f + 0.5f);
  }
  m_diverging = false;
  m_limit = 0;
  update();
}

QColor FeatureMapView::divergingColor(double value, double limit) {
  const double t = limit > 0 ? std::clamp(value / limit, -1.0, 1.0) : 0.0;
  return t < 0 ? blend(Qt::white, kNegative, -t) : blend(Qt::white, kPositive, t);
}

void FeatureMapView::setDiverging(const Tensor& plane) {
  const int H = plane.dim(0), W = plane.dim(1);
  double limit = 0;
  for (float v : plane.values())
    limit = std::max(limit, static_cast<double>(std::fabs(v)));
  m_image = QImage(W, H, QImage::Format_RGB32);
  for (int y = 0; y < H; ++y) {
    auto* line = reinterpret_cast<QRgb*>(m_image.scanLine(y));
    for (int x = 0; x < W; ++x)
      line[x] = divergingColor(plane[static_cast<std::size_t>(y * W + x)], limit).rgb();
  }
  m_diverging = true;
  m_limit = limit;
  update();
}

void FeatureMapView::clear() {
  m_image = QImage();
  m_limit = 0;
  update();
}

void FeatureMapView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  const int titleH = fontMetrics().height() + 6;
  QFont bold = font();
  bold.setBold(true);
  p.setFont(bold);
  p.drawText(QRect(0, 0, width(), titleH), Qt::AlignLeft | Qt::AlignVCenter, m_title);
  p.setFont(font());
  if (m_image.isNull())
    return;
  const QRect area(0, titleH, width(), height() - titleH - (m_diverging ? kLegendHeight : 0));
  const QSize fitted = m_image.size().scaled(area.size(), Qt::KeepAspectRatio);
  const QRect target(area.x(), area.y(), fitted.width(), fitted.height());
  p.drawImage(target, m_image);
  p.setPen(QColor("#757575"));
  p.drawRect(target.adjusted(0, 0, -1, -1));
  if (!m_diverging)
    return;
  // Legend: the colour bar from −limit (blue) through 0 (white) to +limit (red).
  const QRect bar(target.x(), target.bottom() + 8, std::max(120, target.width()), 12);
  QLinearGradient g(bar.topLeft(), bar.topRight());
  g.setColorAt(0.0, kNegative);
  g.setColorAt(0.5, Qt::white);
  g.setColorAt(1.0, kPositive);
  p.fillRect(bar, g);
  p.drawRect(bar.adjusted(0, 0, -1, -1));
  const QRect labels(bar.x(), bar.bottom() + 2, bar.width(), fontMetrics().height());
  p.setPen(Qt::black);
  p.drawText(labels, Qt::AlignLeft, cellText(-m_limit));
  p.drawText(labels, Qt::AlignHCenter, QStringLiteral("0"));
  p.drawText(labels, Qt::AlignRight, cellText(m_limit));
}

} // namespace gs::ui
