#include "session.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace gs::ui {

namespace {
const char* kFormat = "gradscope-session";

QString trSession(const char* text) {
  return QCoreApplication::translate("Session", text);
}
} // namespace

QJsonObject sessionToJson(const Session& session) {
  QJsonObject pages;
  for (auto it = session.pages.constBegin(); it != session.pages.constEnd(); ++it)
    pages.insert(it.key(), it.value());
  QJsonObject root;
  root.insert("format", kFormat);
  root.insert("version", Session::kVersion);
  root.insert("currentPage", session.currentPage);
  root.insert("pages", pages);
  return root;
}

bool sessionFromBytes(const QByteArray& bytes, Session* session, QString* error) {
  QJsonParseError parseError{};
  const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
  if (parseError.error != QJsonParseError::NoError) {
    const bool truncated = parseError.offset >= bytes.size() - 1;
    *error = truncated
                 ? trSession("the file is truncated (it ends at byte %1 in the middle of the data)")
                       .arg(bytes.size())
                 : trSession("the file is corrupt: %1 at byte %2")
                       .arg(parseError.errorString())
                       .arg(parseError.offset);
    return false;
  }
  if (!doc.isObject() || doc.object().value("format").toString() != kFormat) {
    *error = trSession("this is not a Gradscope session file");
    return false;
  }
  const QJsonObject root = doc.object();
  const int version = root.value("version").toInt(0);
  if (version < 1) {
    *error = trSession("the file has no valid version number");
    return false;
  }
  if (version > Session::kVersion) {
    *error = trSession("the file was written by a newer Gradscope (format version %1); this "
                       "version reads up to %2")
                 .arg(version)
                 .arg(Session::kVersion);
    return false;
  }
  const QJsonValue pages = root.value("pages");
  if (!pages.isObject()) {
    *error = trSession("the file has no \"pages\" object");
    return false;
  }
  Session result;
  result.currentPage = root.value("currentPage").toString();
  const QJsonObject pageObject = pages.toObject();
  for (auto it = pageObject.constBegin(); it != pageObject.constEnd(); ++it) {
    if (!it.value().isObject()) {
      *error = trSession("the state of page \"%1\" is not an object").arg(it.key());
      return false;
    }
    result.pages.insert(it.key(), it.value().toObject());
  }
  *session = result;
  return true;
}

bool saveSession(const QString& path, const Session& session, QString* error) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    *error = trSession("cannot write %1: %2").arg(path, file.errorString());
    return false;
  }
  file.write(QJsonDocument(sessionToJson(session)).toJson(QJsonDocument::Indented));
  if (!file.commit()) {
    *error = trSession("cannot write %1: %2").arg(path, file.errorString());
    return false;
  }
  return true;
}

bool loadSession(const QString& path, Session* session, QString* error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *error = trSession("cannot open %1: %2").arg(path, file.errorString());
    return false;
  }
  QString why;
  if (!sessionFromBytes(file.readAll(), session, &why)) {
    *error = trSession("%1: %2").arg(path, why);
    return false;
  }
  return true;
}

} // namespace gs::ui
