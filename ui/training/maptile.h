#pragma once
// Small widgets of the feature-map view: a colour-mapped 2-D array (a channel or a kernel),
// a bar chart (dense activations, class probabilities), a colour legend and a 28×28 canvas
// to draw a sample with the mouse.
#include <QWidget>
#include <vector>

namespace gs::ui {

/// Colour of t in [0, 1] on the views' sequential map (dark blue → teal → yellow).
QColor mapColor(double t);

class MapTile : public QWidget {
  Q_OBJECT
public:
  /// `cellPixels` sets the size hint; 0 = stretch to the widget.
  explicit MapTile(int cellPixels, QWidget* parent = nullptr);
  /// rows × cols values, coloured on [lo, hi].
  void setValues(int rows, int cols, const float* values, float lo, float hi);
  void setCaption(const QString& caption) { m_caption = caption; }
  const QString& caption() const { return m_caption; }
  int rows() const { return m_rows; }
  int cols() const { return m_cols; }
  const std::vector<float>& values() const { return m_values; }
  float lo() const { return m_lo; }
  float hi() const { return m_hi; }
  QSize sizeHint() const override;

signals:
  void clicked(gs::ui::MapTile* tile);

protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;

private:
  int m_cellPixels;
  int m_rows = 0, m_cols = 0;
  std::vector<float> m_values;
  float m_lo = 0, m_hi = 1;
  QString m_caption;
};

class BarsWidget : public QWidget {
  Q_OBJECT
public:
  explicit BarsWidget(QWidget* parent = nullptr);
  /// Bars for `values`; with labels, a labelled horizontal chart with `highlight` marked.
  void setValues(const std::vector<float>& values, const QStringList& labels = {},
                 int highlight = -1);
  int count() const { return static_cast<int>(m_values.size()); }
  QSize sizeHint() const override;

protected:
  void paintEvent(QPaintEvent* event) override;

private:
  std::vector<float> m_values;
  QStringList m_labels;
  int m_highlight = -1;
};

class ScaleLegend : public QWidget {
  Q_OBJECT
public:
  explicit ScaleLegend(QWidget* parent = nullptr);
  void setRange(float lo, float hi);
  QSize sizeHint() const override { return {150, 18}; }

protected:
  void paintEvent(QPaintEvent* event) override;

private:
  float m_lo = 0, m_hi = 1;
};

class DrawCanvas : public QWidget {
  Q_OBJECT
public:
  static constexpr int kSize = 28;
  explicit DrawCanvas(QWidget* parent = nullptr);
  /// Intensities in [0, 1], row-major kSize × kSize.
  const std::vector<float>& pixels() const { return m_pixels; }
  void clear();
  QSize sizeHint() const override { return {kSize * 5, kSize * 5}; }

signals:
  void drawn();

protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;

private:
  void paintAt(QPointF position);
  std::vector<float> m_pixels;
};

} // namespace gs::ui
