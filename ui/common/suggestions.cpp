#include "suggestions.h"

#include <QRegularExpression>

namespace gs::ui {

QSet<QString> suggestionNames(const QString& helpHtml) {
  static const QRegularExpression link(QStringLiteral("href=\"try:([^\"]+)\""));
  QSet<QString> names;
  for (const QRegularExpressionMatch& m : link.globalMatch(helpHtml))
    names.insert(m.captured(1));
  return names;
}

} // namespace gs::ui
