#include "matrixtext.h"

#include "core/conv/convolution.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace gs::ui {

std::optional<double> parseCellNumber(const QString& text) {
  QString t = text.trimmed();
  t.replace(QChar(0x2212), QChar('-')); // "−" as typed from notes
  if (t.isEmpty())
    return std::nullopt;
  bool ok = false;
  const double v = t.toDouble(&ok);
  if (!ok || !std::isfinite(v))
    return std::nullopt;
  return v;
}

QString cellText(double value) {
  return QString::fromStdString(gs::formatNumber(value));
}

ParsedMatrix parseMatrixText(const QString& text, int maxRows, int maxCols) {
  ParsedMatrix m;
  static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
  int lineNo = 0;
  for (const QString& line : text.split(QChar('\n'))) {
    const QStringList fields = line.trimmed().split(separators, Qt::SkipEmptyParts);
    if (fields.isEmpty())
      continue;
    ++lineNo;
    if (m.rows == 0)
      m.cols = static_cast<int>(fields.size());
    if (fields.size() != m.cols) {
      m.error = QCoreApplication::translate("MatrixText",
                                            "Paste: row %1 has %2 numbers but row 1 has %3.")
                    .arg(lineNo)
                    .arg(fields.size())
                    .arg(m.cols);
      return m;
    }
    for (int c = 0; c < fields.size(); ++c) {
      const std::optional<double> v = parseCellNumber(fields[c]);
      if (!v) {
        m.error = QCoreApplication::translate("MatrixText",
                                              "Paste: row %1, column %2: “%3” is not a number.")
                      .arg(lineNo)
                      .arg(c + 1)
                      .arg(fields[c]);
        return m;
      }
      m.values.push_back(*v);
    }
    ++m.rows;
  }
  if (m.rows == 0)
    m.error = QCoreApplication::translate("MatrixText", "Paste: the clipboard holds no numbers.");
  else if (m.rows > maxRows || m.cols > maxCols)
    m.error = QCoreApplication::translate(
                  "MatrixText", "Paste: %1×%2 is larger than the largest size here, %3×%4.")
                  .arg(m.rows)
                  .arg(m.cols)
                  .arg(maxRows)
                  .arg(maxCols);
  return m;
}

QString matrixToText(int rows, int cols, const std::vector<double>& values) {
  QStringList lines;
  for (int r = 0; r < rows; ++r) {
    QStringList row;
    for (int c = 0; c < cols; ++c)
      row << cellText(values[static_cast<std::size_t>(r * cols + c)]);
    lines << row.join(QChar('\t'));
  }
  return lines.join(QChar('\n'));
}

} // namespace gs::ui
