// The .gradscope session file: round trip, and every bad file refused with a message while the
// file on disk stays as it was.
#include "common/session.h"
#include "common/language.h"
#include "mainwindow.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace gs::ui;

class SessionTest : public QObject {
  Q_OBJECT
  static QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
  }

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

  // Places a save cannot go, even for root (who writes into read-only folders): a folder
  // under /proc, where nobody can create files, and a "folder" that is the existing session
  // file itself. The chmod read-only folder is added for other users.
  void unwritablePlaceKeepsOldFile_data() {
    QTest::addColumn<QString>("where");
    QTest::newRow("folder under /proc") << "proc";
    QTest::newRow("parent is the session file") << "file-parent";
    if (geteuid() != 0)
      QTest::newRow("read-only folder") << "read-only";
  }

  void unwritablePlaceKeepsOldFile() {
    QFETCH(QString, where);
    QTemporaryDir dir;
    const QString existing = dir.filePath("keep.gradscope");
    Session s;
    s.pages.insert("x", QJsonObject{{"v", 1}});
    QString error;
    QVERIFY(saveSession(existing, s, &error));
    const QByteArray before = readAll(existing);
    QVERIFY(before.contains("\"v\": 1"));

    QString target = existing;
    if (where == "proc")
      target = "/proc/gradscope-test/s.gradscope";
    else if (where == "file-parent")
      target = existing + "/s.gradscope";
    else
      QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    s.pages.insert("x", QJsonObject{{"v", 2}});
    const bool saved = saveSession(target, s, &error);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!saved);
    // The message names the path and says it could not be written.
    QVERIFY2(error.startsWith("cannot write " + target + ": "), qPrintable(error));
    QCOMPARE(readAll(existing), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{"keep.gradscope"}); // no temporary file left behind

    // The window: the save fails with the same message and it keeps its session file.
    MainWindow window;
    QVERIFY(window.openSessionFrom(existing, &error));
    const QString title = window.windowTitle();
    QVERIFY(!window.saveSessionTo(target, &error));
    QVERIFY2(error.contains(target), qPrintable(error));
    QCOMPARE(window.windowTitle(), title);
    QCOMPARE(readAll(existing), before);
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
    // Chinese first, so that falling back has something to undo.
    QVERIFY(applyLanguage("zh_CN"));
    QCOMPARE(QCoreApplication::translate("gs::ui::MainWindow", "Language"), QString("语言"));
    // No gradscope_xx_XX.qm installed nor compiled in: a warning naming the language is
    // logged (ignoreMessage fails the test when it is not) and the texts are English again.
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression("no translation for 'xx_XX'; showing English"));
    QVERIFY(!applyLanguage("xx_XX"));
    QCOMPARE(currentLanguage(), QString("en"));
    QCOMPARE(QCoreApplication::translate("gs::ui::MainWindow", "Language"), QString("Language"));
    MainWindow window;
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
      menus << action->text();
    QVERIFY2(menus.contains("&View") && menus.contains("&Help"), qPrintable(menus.join(',')));
  }
};

QTEST_MAIN(SessionTest)
#include "sessiontest.moc"
