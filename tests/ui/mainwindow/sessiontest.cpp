// The .gradscope session file: round trip, and every bad file refused with a message while the
// file on disk stays as it was.
#include "common/session.h"
#include "common/language.h"
#include "mainwindow.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace gs::ui;

class SessionTest : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void roundTrip() {
    QTemporaryDir dir;
    Session s;
    s.currentPage = "convolution";
    s.pages.insert("convolution", QJsonObject{{"stride", 2}, {"mode", "same"}});
    QString error;
    const QString path = dir.filePath("a.gradscope");
    QVERIFY2(saveSession(path, s, &error), qPrintable(error));
    Session back;
    QVERIFY2(loadSession(path, &back, &error), qPrintable(error));
    QCOMPARE(back.currentPage, QString("convolution"));
    QCOMPARE(back.pages.value("convolution").value("stride").toInt(), 2);
    QCOMPARE(back.pages.value("convolution").value("mode").toString(), QString("same"));
  }

  void refusesBadFiles_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << QByteArray("{\"format\":\"gradscope-session\",\"version\":1,\"pa")
                               << "truncated";
    QTest::newRow("corrupt") << QByteArray("{\"format\": ]]]}") << "corrupt";
    QTest::newRow("foreign") << QByteArray("{\"hello\": 1}") << "not a Gradscope session";
    QTest::newRow("newer") << QByteArray(
                                  "{\"format\":\"gradscope-session\",\"version\":7,\"pages\":{}}")
                           << "newer Gradscope (format version 7)";
    QTest::newRow("no pages") << QByteArray("{\"format\":\"gradscope-session\",\"version\":1}")
                              << "no \"pages\"";
  }

  void refusesBadFiles() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    Session s;
    QString error;
    QVERIFY(!sessionFromBytes(bytes, &s, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
  }

  void failedSaveKeepsOldFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath("keep.gradscope");
    Session s;
    s.pages.insert("x", QJsonObject{{"v", 1}});
    QString error;
    QVERIFY(saveSession(path, s, &error));
    const QByteArray before = [&] {
      QFile f(path);
      f.open(QIODevice::ReadOnly);
      return f.readAll();
    }();
    // A read-only folder: the write fails with a message and the old file is untouched.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    s.pages.insert("x", QJsonObject{{"v", 2}});
    const bool saved = saveSession(path, s, &error);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (saved)
      QSKIP("running as a user who can write into read-only folders (root)");
    QVERIFY(error.contains(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
  }

  void missingFolderSaysSo() {
    Session s;
    QString error;
    QVERIFY(!saveSession("/nonexistent-folder-gradscope/x.gradscope", s, &error));
    QVERIFY(error.contains("/nonexistent-folder-gradscope/x.gradscope"));
  }

  void openingBadFileChangesNothing() {
    MainWindow window;
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.gradscope");
    {
      QFile f(path);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("{ not json");
    }
    QString error;
    QVERIFY(!window.openSessionFrom(path, &error));
    QVERIFY(error.contains(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{ not json"));
  }

  void windowSessionRoundTrip() {
    MainWindow window;
    QTemporaryDir dir;
    const QString path = dir.filePath("w.gradscope");
    QString error;
    QVERIFY2(window.saveSessionTo(path, &error), qPrintable(error));
    Session s;
    QVERIFY(loadSession(path, &s, &error));
    QCOMPARE(s.pages.size(), static_cast<qsizetype>(window.pages().size()));
    QVERIFY(window.openSessionFrom(path, &error));
  }

  void autosaveIsWrittenAndRemovedOnCleanClose() {
    MainWindow window;
    QVERIFY(window.autosave());
    QVERIFY(QFile::exists(MainWindow::autosavePath()));
    window.close();
    QVERIFY(!QFile::exists(MainWindow::autosavePath()));
  }

  void missingTranslationFallsBackToEnglish() {
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("no translation for 'xx_XX'"));
    QVERIFY(!applyLanguage("xx_XX"));
    QCOMPARE(currentLanguage(), QString("en"));
  }
};

QTEST_MAIN(SessionTest)
#include "sessiontest.moc"
