#include "worksheet.h"

#include "plotexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace gs::ui {

namespace {
QString escaped(const QString& text) {
  return text.toHtmlEscaped().replace('\n', QStringLiteral("<br>"));
}

/// "Cannot write “path”: reason", with the reason made plain when the folder is missing.
QString writeError(const QString& path, const QString& reason) {
  const QDir folder = QFileInfo(path).absoluteDir();
  const QString why = folder.exists() ? reason
                                      : Worksheet::tr("the folder %1 does not exist")
                                            .arg(QDir::toNativeSeparators(folder.absolutePath()));
  return Worksheet::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), why);
}
} // namespace

Worksheet::Worksheet(QString title)
    : m_title(std::move(title)) {}

void Worksheet::addHeading(const QString& text) {
  m_body += QStringLiteral("<h2>%1</h2>\n").arg(escaped(text));
}

void Worksheet::addParagraph(const QString& text) {
  m_body += QStringLiteral("<p>%1</p>\n").arg(escaped(text));
}

void Worksheet::addEquation(const QString& text) {
  m_body += QStringLiteral("<p class=\"eq\" style=\"font-size: 13pt; margin-left: 12px;\">%1</p>\n")
                .arg(escaped(text));
}

void Worksheet::addMatrix(const QString& caption, int rows, int cols, const QStringList& cells,
                          const std::vector<unsigned char>& styles) {
  QString table;
  if (m_inRow)
    table += QStringLiteral("<td valign=\"top\">");
  table += QStringLiteral("<p class=\"caption\"><b>%1</b></p>\n").arg(escaped(caption));
  table += QStringLiteral("<table class=\"m\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                          "style=\"border-collapse: collapse; border-color: #888888;\">\n");
  for (int r = 0; r < rows; ++r) {
    table += QStringLiteral("<tr>");
    for (int c = 0; c < cols; ++c) {
      const int k = r * cols + c;
      const unsigned char style = k < static_cast<int>(styles.size())
                                      ? styles[static_cast<std::size_t>(k)]
                                      : static_cast<unsigned char>(Plain);
      QString text = k < cells.size() ? escaped(cells[k]) : QString();
      QString attributes = QStringLiteral(" align=\"right\" style=\"white-space: nowrap;\"");
      if (style & Marked) {
        attributes += QStringLiteral(" bgcolor=\"#d6e6fa\"");
        text = QStringLiteral("<b>%1</b>").arg(text);
      } else if (style & Padding) {
        attributes += QStringLiteral(" bgcolor=\"#eeeeee\"");
        text = QStringLiteral("<span style=\"color: #888888;\">%1</span>").arg(text);
      }
      table += QStringLiteral("<td%1>%2</td>").arg(attributes, text);
    }
    table += QStringLiteral("</tr>\n");
  }
  table += QStringLiteral("</table>\n");
  if (m_inRow)
    table += QStringLiteral("</td>\n");
  m_body += table;
}

void Worksheet::beginRow() {
  m_body += QStringLiteral("<table class=\"row\" cellspacing=\"0\" cellpadding=\"8\"><tr>\n");
  m_inRow = true;
}

void Worksheet::endRow() {
  m_body += QStringLiteral("</tr></table>\n");
  m_inRow = false;
}

QString Worksheet::html() const {
  return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                        "<title>%1</title>\n"
                        "<style>\n"
                        "body { font-family: sans-serif; font-size: 11pt; }\n"
                        "table.m td { border: 1px solid #888888; padding: 3px 7px; "
                        "text-align: right; }\n"
                        "p.caption { margin-bottom: 2px; }\n"
                        "</style>\n</head>\n<body>\n<h1>%1</h1>\n%2</body>\n</html>\n")
      .arg(escaped(m_title), m_body);
}

bool Worksheet::saveHtml(const QString& path, QString* error) const {
  QString reason;
  if (writeTextFileAtomically(path, html(), &reason))
    return true;
  if (error)
    *error = writeError(path, reason);
  return false;
}

bool Worksheet::savePdf(const QString& path, QString* error) const {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    if (error)
      *error = writeError(path, file.errorString());
    return false;
  }
  {
    QPdfWriter writer(&file);
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("Gradscope"));
    writer.setResolution(300);
    // QTextDocument::print adds 2 cm margins of its own and numbers the pages.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    QTextDocument document;
    document.setHtml(html());
    document.print(&writer);
  }
  if (!file.commit()) {
    if (error)
      *error = writeError(path, file.errorString());
    return false;
  }
  return true;
}

bool Worksheet::save(const QString& path, QString* error) const {
  return path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? savePdf(path, error)
                                                                    : saveHtml(path, error);
}

QString askWorksheetPath(QWidget* parent, const QString& baseName) {
  const QString html = Worksheet::tr("Web page (*.html)");
  const QString pdf = Worksheet::tr("PDF (*.pdf)");
  QString chosen;
  QString path = QFileDialog::getSaveFileName(parent, Worksheet::tr("Export worked solution"),
                                              baseName + QStringLiteral(".html"),
                                              html + QStringLiteral(";;") + pdf, &chosen);
  // the suffix follows the chosen type when the name has neither
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (!path.isEmpty() && suffix != QStringLiteral("pdf") && suffix != QStringLiteral("html") &&
      suffix != QStringLiteral("htm"))
    path += chosen == pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
  return path;
}

} // namespace gs::ui
