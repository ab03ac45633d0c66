#pragma once
// Numbers as a person types or pastes them: one cell ("-1.5", "2e3", "−3" with a Unicode
// minus) or a block of rows (numbers separated by spaces, commas, semicolons or tabs).
#include <QString>
#include <optional>
#include <vector>

namespace gs::ui {

/// The number in `text` (surrounding spaces ignored), or nothing for a letter or an empty cell.
std::optional<double> parseCellNumber(const QString& text);

/// A value as a cell shows it: integers without decimals, others with up to 4 decimals.
QString cellText(double value);

struct ParsedMatrix {
  int rows = 0, cols = 0;
  std::vector<double> values; ///< row-major
  QString error;              ///< empty on success; otherwise says which row / column
};

/// Rows of numbers, one row a line; blank lines are skipped. Every row must have the same
/// count, and the block must fit maxRows × maxCols.
ParsedMatrix parseMatrixText(const QString& text, int maxRows, int maxCols);

/// rows × cols values as tab-separated lines (what Copy puts on the clipboard).
QString matrixToText(int rows, int cols, const std::vector<double>& values);

} // namespace gs::ui
