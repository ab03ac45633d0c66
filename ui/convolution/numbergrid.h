#pragma once
// A matrix drawn as a grid of numbers, big enough to read on a projector: padding cells
// hatched grey, the current window tinted with an outline, the chosen (argmax) cell ringed,
// the output cell being filled in orange, cells not yet computed left blank.
#include <QWidget>
#include <vector>

namespace gs::ui {

class NumberGrid : public QWidget {
  Q_OBJECT
public:
  enum Style : unsigned char {
    Plain = 0,
    Padding = 1, ///< a zero added around the input
    Window = 2,  ///< under the sliding window
    Chosen = 4,  ///< the cell max pooling picks
    Current = 8, ///< the output cell being computed
    Hidden = 16, ///< not computed yet: drawn blank
  };

  explicit NumberGrid(QWidget* parent = nullptr);

  void setTitle(const QString& title);
  /// values and styles row-major, rows × cols (styles may be empty: all Plain).
  void setGrid(int rows, int cols, std::vector<double> values,
               std::vector<unsigned char> styles = {});
  void clearGrid();

  int rows() const { return m_rows; }
  int cols() const { return m_cols; }
  /// What the cell shows ("" for a hidden cell).
  QString cellText(int row, int col) const;
  unsigned char cellStyle(int row, int col) const;

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  void paintEvent(QPaintEvent* event) override;
  void contextMenuEvent(QContextMenuEvent* event) override;

private:
  int titleHeight() const;
  int titleWidth() const;

  QString m_title;
  int m_rows = 0, m_cols = 0;
  std::vector<double> m_values;
  std::vector<unsigned char> m_styles;
};

} // namespace gs::ui
