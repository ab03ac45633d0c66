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

QStringList availableLanguages() {
  return {"en", "zh_CN"};
}

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
  // An installed copy next to the binary wins over the one compiled in.
  auto* translator = new QTranslator;
  const QString file = "gradscope_" + code + ".qm";
  const QString installed =
      QCoreApplication::applicationDirPath() + "/../share/gradscope/translations/" + file;
  if (!translator->load(installed) && !translator->load(":/i18n/" + file)) {
    qWarning("Gradscope: no translation for '%s'; showing English", qPrintable(code));
    delete translator;
    return false;
  }
  QCoreApplication::installTranslator(translator);
  g_translator = translator;
  g_current = code;
  return true;
}

QString currentLanguage() {
  return g_current;
}

} // namespace gs::ui
