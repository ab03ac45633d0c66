#pragma once
// A printable worked solution a teacher can hand out (issue 8): a title, then headings,
// paragraphs, equation lines and small matrices, saved as HTML (UTF-8) or rendered to an A4 PDF.
// The pages fill it with numbers core computed and text core wrote; it only lays them out.
#include <QCoreApplication>
#include <QString>
#include <vector>

class QWidget;

namespace gs::ui {

class Worksheet {
  Q_DECLARE_TR_FUNCTIONS(Worksheet)
public:
  /// How a matrix cell is drawn.
  enum CellStyle : unsigned char {
    Plain = 0,
    Padding = 1, ///< a zero of the padding: grey
    Marked = 2   ///< part of the window or the chosen cell: bold on a tinted ground
  };

  explicit Worksheet(QString title);

  void addHeading(const QString& text);
  /// Plain text (escaped); '\n' starts a new line.
  void addParagraph(const QString& text);
  /// An equation line in a larger font (escaped); '\n' starts a new line.
  void addEquation(const QString& text);
  /// A rows × cols grid of already formatted numbers, row-major, with a caption above it.
  /// `styles` is empty or one CellStyle per cell.
  void addMatrix(const QString& caption, int rows, int cols, const QStringList& cells,
                 const std::vector<unsigned char>& styles = {});
  /// Several matrices side by side (e.g. the channels of one window).
  void beginRow();
  void endRow();

  const QString& title() const { return m_title; }
  /// The whole document: UTF-8 HTML with a <meta charset>.
  QString html() const;

  /// Writes HTML atomically. False with `error` set ("Cannot write “…”: the folder … does not
  /// exist") when the file cannot be written; an existing file is then left as it was.
  bool saveHtml(const QString& path, QString* error) const;
  /// Renders to an A4 PDF with 15 mm margins, written atomically.
  bool savePdf(const QString& path, QString* error) const;
  /// PDF when `path` ends in .pdf, HTML otherwise.
  bool save(const QString& path, QString* error) const;

private:
  QString m_title;
  QString m_body;
  bool m_inRow = false;
};

/// Asks where to save a worked solution (HTML or PDF, suggested name `baseName`.html); empty
/// when cancelled.
QString askWorksheetPath(QWidget* parent, const QString& baseName);

} // namespace gs::ui
