#pragma once
// Run-time language switch: English (built in) or Simplified Chinese (gradscope_zh_CN.qm,
// compiled into the binary from resources/translations). Widgets retranslate on the
// QEvent::LanguageChange this sends.
#include <QString>
#include <QStringList>

namespace gs::ui {

/// "en" or "zh_CN".
QStringList availableLanguages();
/// The language's own name: "English", "简体中文".
QString languageDisplayName(const QString& code);
/// The saved choice, or the system locale's when none was saved.
QString preferredLanguage();
/// Installs the translator for `code` ("en" removes it). Returns false, logs a warning and
/// stays in English when the translation cannot be loaded.
bool applyLanguage(const QString& code);
QString currentLanguage();

} // namespace gs::ui
