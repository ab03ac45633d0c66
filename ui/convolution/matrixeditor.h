#pragma once
// One editable matrix: a grid of cells that accept only numbers. A letter or an empty cell
// keeps what was typed (shown red), names the cell in an inline message and leaves the last
// valid value in force, so nothing typed is lost and the numbers in use are always valid.
#include <QWidget>
#include <map>
#include <optional>
#include <utility>
#include <vector>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace gs::ui {

class MatrixEditor : public QWidget {
  Q_OBJECT
public:
  enum class Mark { None, Right, Wrong };

  explicit MatrixEditor(QWidget* parent = nullptr);

  /// How messages name this matrix ("Input channel 1").
  void setName(const QString& name);
  /// Blank cells are allowed and hold no value (an answer grid the student fills in).
  void setAllowBlank(bool allow);

  /// Replaces size and values; clears every error.
  void setMatrix(int rows, int cols, const std::vector<double>& values);
  /// New size; overlapping cells keep their values and text. Cells cut off by a smaller size
  /// are remembered: growing again brings back what was typed there; cells never seen before
  /// are 0 (or blank). setMatrix and clearValues forget them.
  void resizeMatrix(int rows, int cols);
  /// Every cell blank (allowBlank) or 0.
  void clearValues();

  int rows() const { return m_rows; }
  int cols() const { return m_cols; }
  /// The last valid value of every cell, row-major (0 for a blank cell).
  const std::vector<double>& values() const { return m_values; }
  /// The cell's value, or nothing when it is blank.
  std::optional<double> cellValue(int row, int col) const;
  /// The inline message shown under the grid (empty when every cell is a number).
  QString message() const;

  /// Colours cells right (green) or wrong (red); cleared when the user edits a cell.
  void setMarks(const std::vector<Mark>& marks);
  Mark mark(int row, int col) const;

  QTableWidget* table() const { return m_table; }
  void retranslate();

signals:
  /// A valid value changed (typed, pasted, resized or set).
  void valuesChanged();
  /// The user started editing this matrix (the target for Paste).
  void activated();

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  void onItemChanged(QTableWidgetItem* item);
  void updateCellLook(int row, int col);
  void updateMessage();
  void fitTable();
  std::size_t index(int row, int col) const { return static_cast<std::size_t>(row * m_cols + col); }

  QTableWidget* m_table = nullptr;
  QLabel* m_message = nullptr;
  QString m_name;
  bool m_allowBlank = false;
  bool m_updating = false;
  int m_rows = 0, m_cols = 0;
  std::vector<double> m_values;
  std::vector<bool> m_blank;
  std::vector<bool> m_invalid; ///< the cell's text is not a number
  std::vector<Mark> m_marks;
  /// A cell outside the current size, as it was when the matrix was cut down.
  struct HiddenCell {
    double value = 0;
    bool blank = false;
    bool invalid = false;
    QString text;
  };
  std::map<std::pair<int, int>, HiddenCell> m_hidden; ///< by (row, column)
};

} // namespace gs::ui
