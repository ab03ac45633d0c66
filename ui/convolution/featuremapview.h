#pragma once
// A plane of numbers drawn as a picture: grey (0 black … 1 white) for an input image, or a
// diverging colour scale (negative blue, 0 white, positive red, symmetric around 0) with a
// legend for a feature map whose values can have either sign.
#include "core/tensor.h"

#include <QImage>
#include <QWidget>

namespace gs::ui {

class FeatureMapView : public QWidget {
  Q_OBJECT
public:
  explicit FeatureMapView(QWidget* parent = nullptr);

  void setTitle(const QString& title);
  /// plane: [H, W] with values in [0, 1].
  void setGrey(const Tensor& plane);
  /// plane: [H, W], any sign; the scale runs from −max|v| to +max|v|.
  void setDiverging(const Tensor& plane);
  void clear();

  /// The largest |value| of the diverging scale (0 when grey or empty).
  double scaleLimit() const { return m_limit; }
  const QImage& image() const { return m_image; }
  /// The colour a value gets on the diverging scale with limit `limit`.
  static QColor divergingColor(double value, double limit);

  QSize sizeHint() const override { return {300, 330}; }
  QSize minimumSizeHint() const override { return {120, 140}; }

protected:
  void paintEvent(QPaintEvent* event) override;

private:
  QString m_title;
  QImage m_image;
  bool m_diverging = false;
  double m_limit = 0;
};

} // namespace gs::ui
