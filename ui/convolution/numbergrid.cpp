#include "numbergrid.h"

#include "matrixtext.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <algorithm>

namespace gs::ui {

namespace {
constexpr int kMinCell = 16;
constexpr int kMaxCell = 60;
constexpr int kPreferredCell = 44;
} // namespace

NumberGrid::NumberGrid(QWidget* parent)
    : QWidget(parent) {
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void NumberGrid::setTitle(const QString& title) {
  m_title = title;
  updateGeometry();
  update();
}

void NumberGrid::setGrid(int rows, int cols, std::vector<double> values,
                         std::vector<unsigned char> styles) {
  const bool resized = rows != m_rows || cols != m_cols;
  m_rows = rows;
  m_cols = cols;
  m_values = std::move(values);
  m_values.resize(static_cast<std::size_t>(rows * cols), 0.0);
  m_styles = std::move(styles);
  m_styles.resize(m_values.size(), Plain);
  if (resized)
    updateGeometry();
  update();
}

void NumberGrid::clearGrid() {
  setGrid(0, 0, {});
}

QString NumberGrid::cellText(int row, int col) const {
  const std::size_t i = static_cast<std::size_t>(row * m_cols + col);
  return (m_styles[i] & Hidden) ? QString() : gs::ui::cellText(m_values[i]);
}

unsigned char NumberGrid::cellStyle(int row, int col) const {
  return m_styles[static_cast<std::size_t>(row * m_cols + col)];
}

int NumberGrid::titleHeight() const {
  return m_title.isEmpty() ? 0 : fontMetrics().height() + 6;
}

int NumberGrid::titleWidth() const {
  QFont f = font();
  f.setBold(true); // as paintEvent draws it
  return QFontMetrics(f).horizontalAdvance(m_title);
}

QSize NumberGrid::sizeHint() const {
  return {std::max(m_cols * kPreferredCell, titleWidth()) + 4,
          m_rows * kPreferredCell + titleHeight() + 4};
}

QSize NumberGrid::minimumSizeHint() const {
  // the title is never cut: at large font scales the grid gets its width
  return {std::max(m_cols * kMinCell, titleWidth()) + 4, m_rows * kMinCell + titleHeight() + 4};
}

void NumberGrid::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  const int top = titleHeight();
  if (!m_title.isEmpty()) {
    QFont f = font();
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRect(0, 0, width(), top), Qt::AlignLeft | Qt::AlignVCenter, m_title);
  }
  if (m_rows == 0 || m_cols == 0)
    return;
  const int cell = std::clamp(std::min((width() - 4) / m_cols, (height() - top - 4) / m_rows),
                              kMinCell, kMaxCell);
  const QPoint origin(2, top + 2);
  QFont numberFont = font();
  numberFont.setPixelSize(std::max(9, cell * 2 / 5));
  QRect window;
  for (int r = 0; r < m_rows; ++r)
    for (int c = 0; c < m_cols; ++c) {
      const std::size_t i = static_cast<std::size_t>(r * m_cols + c);
      const unsigned char s = m_styles[i];
      const QRect rect(origin.x() + c * cell, origin.y() + r * cell, cell, cell);
      QColor fill = (s & Padding) ? QColor("#e0e0e0") : QColor(Qt::white);
      if (s & Window)
        fill = (s & Padding) ? QColor("#d7e3a8") : QColor("#fff59d");
      if (s & Current)
        fill = QColor("#ffb74d");
      p.fillRect(rect, fill);
      if (s & Padding)
        p.fillRect(rect, QBrush(QColor("#9e9e9e"), Qt::BDiagPattern));
      p.setPen(QPen(QColor("#757575"), 1));
      p.drawRect(rect);
      if (s & Window)
        window = window.united(rect);
      if (s & Hidden)
        continue;
      QFont f = numberFont;
      f.setBold((s & (Chosen | Current)) != 0);
      const QString text = gs::ui::cellText(m_values[i]);
      const int available = cell - 4;
      const int needed = QFontMetrics(f).horizontalAdvance(text);
      if (needed > available)
        f.setPixelSize(std::max(7, f.pixelSize() * available / needed));
      p.setFont(f);
      p.setPen((s & Padding) ? QColor("#616161") : QColor(Qt::black));
      p.drawText(rect, Qt::AlignCenter, text);
      if (s & Chosen) {
        p.setPen(QPen(QColor("#2e7d32"), 3));
        p.drawEllipse(rect.adjusted(3, 3, -3, -3));
      }
    }
  if (!window.isNull()) {
    p.setPen(QPen(QColor("#1565c0"), 3));
    p.setBrush(Qt::NoBrush);
    p.drawRect(window);
  }
}

void NumberGrid::contextMenuEvent(QContextMenuEvent* event) {
  if (m_rows == 0)
    return;
  QMenu menu(this);
  menu.addAction(tr("Copy numbers"), this, [this] {
    QStringList lines; // hidden cells stay empty: copying must not reveal what is not shown
    for (int r = 0; r < m_rows; ++r) {
      QStringList row;
      for (int c = 0; c < m_cols; ++c)
        row << cellText(r, c);
      lines << row.join(QChar('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QChar('\n')));
  });
  menu.exec(event->globalPos());
}

} // namespace gs::ui
