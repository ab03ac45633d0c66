#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <QtDebug>

namespace gs::ui {

namespace {
QTranslator* g_translator = nullptr;
QString g_current = "en";
} // namespace

QStringList availableLanguages() { return {"en", "zh_CN"}; }

QString languageDisplayName(const QString& code) {
  return code == "zh_CN" ? QStringLiteral("简体中文") : QStringLiteral("English");
}

QString preferredLanguage() {
  QSettings settings;
  const QString saved = settings.value("language").toString();
  if (availableLanguages().contains(saved))
    return saved;
  return QLocale::system().language() == QLocale::Chinese ? "zh_CN" : "en";
}

bool applyLanguage(const QString& code) {
  if (g_translator) {
    QCoreApplication::removeTranslator(g_translator);
    delete g_translator;
    g_translator = nullptr;
  }
  g_current = "en";
  if (code == "en")
    return true;
  auto* translator = new QTranslator;
  if (!translator->load(":/i18n/gradscope_" + code + ".qm")) {
    qWarning("Gradscope: no translation for '%s'; showing English", qPrintable(code));
    delete translator;
    return false;
  }
  QCoreApplication::installTranslator(translator);
  g_translator = translator;
  g_current = code;
  return true;
}

QString currentLanguage() { return g_current; }

} // namespace gs::ui
