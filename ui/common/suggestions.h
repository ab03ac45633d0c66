#pragma once
// The "try this" suggestions of a page: the NAMEs of its help text's <a href="try:NAME"> links,
// each of which Page::applySuggestion(NAME) sets up.
#include <QSet>
#include <QString>

namespace gs::ui {

QSet<QString> suggestionNames(const QString& helpHtml);

} // namespace gs::ui
