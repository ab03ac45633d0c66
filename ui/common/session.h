#pragma once
// The .gradscope experiment/session file: JSON with every page's state.
//   {"format": "gradscope-session", "version": 1, "currentPage": "training",
//    "pages": {"convolution": {...}, "training": {...}}}
// Reading never guesses: a file that is not JSON, not ours, truncated or from a newer version is
// refused with a message that says which and where, and nothing is overwritten.
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace gs::ui {

struct Session {
  static constexpr int kVersion = 1;
  QString currentPage;
  QMap<QString, QJsonObject> pages;
};

QJsonObject sessionToJson(const Session& session);

/// Parses file bytes. Returns false with `error` set (translated) on a corrupt, truncated,
/// foreign or newer-version file.
bool sessionFromBytes(const QByteArray& bytes, Session* session, QString* error);

/// Writes atomically (temporary file, then rename): a crash or kill during the write leaves the
/// previous file as it was.
bool saveSession(const QString& path, const Session& session, QString* error);
bool loadSession(const QString& path, Session* session, QString* error);

} // namespace gs::ui
