// The Training page's data faults and changes: a folder without IDX files and corrupt IDX files
// (wrong magic, data cut short) give a message naming the folder or the file and never crash;
// changing the data set while training stops the run, rebuilds it, and the next steps use the
// new data.
#include "training/lossview.h"
#include "training/setuppanel.h"
#include "training/trainingpage.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace gs;
using namespace gs::ui;

class TrainingDataTest : public QObject {
  Q_OBJECT

private:
  /// An IDX header: magic 0x0000 08 rank (unsigned bytes), then each dimension big-endian.
  static QByteArray idxHeader(const std::vector<quint32>& dims) {
    QByteArray h;
    h.append('\0').append('\0').append('\x08').append(static_cast<char>(dims.size()));
    for (quint32 d : dims)
      for (int shift : {24, 16, 8, 0})
        h.append(static_cast<char>((d >> shift) & 0xff));
    return h;
  }
  static void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
  }
  /// Configures the page for an IDX folder and waits for the worker's answer.
  static QString loadFolder(TrainingPage& page, const QString& folder) {
    page.setup()->setDataSet("idx:" + folder);
    page.setup()->setPreset("logistic_regression");
    page.configure();
    if (!QTest::qWaitFor([&] { return !page.message().isEmpty(); }, 10000))
      return QString();
    return page.message();
  }

private slots:
  void folderWithoutIdxFilesNamesTheFolder() {
    QTemporaryDir dir;
    write(dir.filePath("notes.txt"), "not an image");
    TrainingPage page;
    const QString message = loadFolder(page, dir.path());
    QVERIFY2(message.contains(dir.path()), qPrintable(message));
    QVERIFY2(message.contains("train-images-idx3-ubyte"), qPrintable(message));
    QVERIFY(!page.ready());
    QVERIFY(!page.findChild<QPushButton*>("stepButton")->isEnabled());
  }

  void wrongMagicNamesTheFile() {
    QTemporaryDir dir;
    // 0x00000803 is the magic of an idx3 unsigned-byte file; 0x12345678 is not an IDX file.
    write(dir.filePath("train-images-idx3-ubyte"),
          QByteArray::fromHex("12345678") + QByteArray(64, '\0'));
    write(dir.filePath("train-labels-idx1-ubyte"), idxHeader({2}) + QByteArray(2, '\1'));
    TrainingPage page;
    const QString message = loadFolder(page, dir.path());
    QVERIFY2(message.contains(dir.filePath("train-images-idx3-ubyte")), qPrintable(message));
    QVERIFY2(message.contains("not an IDX file"), qPrintable(message));
    QVERIFY(!page.ready());
  }

  void shortDataNamesTheFile() {
    QTemporaryDir dir;
    // The header promises 10 images of 28×28 = 7840 bytes; only 100 follow.
    write(dir.filePath("train-images-idx3-ubyte"), idxHeader({10, 28, 28}) + QByteArray(100, 'x'));
    write(dir.filePath("train-labels-idx1-ubyte"), idxHeader({10}) + QByteArray(10, '\1'));
    TrainingPage page;
    const QString message = loadFolder(page, dir.path());
    QVERIFY2(message.contains(dir.filePath("train-images-idx3-ubyte")), qPrintable(message));
    QVERIFY2(message.contains("short"), qPrintable(message));
    QVERIFY(!page.ready());
  }

  void goodFolderAfterABadOneTrains() {
    QTemporaryDir empty, good;
    // 4 images of 28×28, labels 0 1 0 1: a valid, tiny MNIST-format folder.
    write(good.filePath("train-images-idx3-ubyte"),
          idxHeader({4, 28, 28}) + QByteArray(4 * 784, '\x40'));
    write(good.filePath("train-labels-idx1-ubyte"),
          idxHeader({4}) + QByteArray::fromHex("00010001"));
    TrainingPage page;
    page.setup()->findChild<QDoubleSpinBox*>("validationShare")->setValue(0.5);
    page.setup()->setBatchSize(0);
    QVERIFY(!loadFolder(page, empty.path()).isEmpty());
    page.setup()->setDataSet("idx:" + good.path());
    page.configure();
    QVERIFY2(QTest::qWaitFor([&] { return page.ready(); }, 10000), qPrintable(page.message()));
    QVERIFY(page.message().isEmpty());
    page.findChild<QPushButton*>("stepButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return page.stepCount() == 1; }, 10000));
    QCOMPARE(page.lastSnapshot()->inputShape, (Shape{1, 28, 28}));
    // Labels 0 and 1 only: two classes, named by their number.
    QCOMPARE(page.lastSnapshot()->classNames, (QStringList{"0", "1"}));
  }

  void changingTheDataWhileRunningUsesTheNewData() {
    TrainingPage page;
    page.setup()->setDataSet("synthetic:spiral");
    page.setup()->findChild<QSpinBox*>("samples")->setValue(200);
    page.setup()->setPreset("mlp");
    page.configure();
    QVERIFY(QTest::qWaitFor([&] { return page.ready(); }, 20000));
    page.setSpeed(100);
    page.run();
    QVERIFY(QTest::qWaitFor([&] { return page.stepCount() >= 3; }, 10000));
    QVERIFY(page.running());
    QCOMPARE(page.lastSnapshot()->inputShape, (Shape{2}));
    QCOMPARE(page.lastSnapshot()->classNames.size(), 2);

    // While it runs: the shapes (8 classes of 28×28 images), with the same preset.
    page.setup()->setDataSet("shapes");
    page.setup()->findChild<QSpinBox*>("samples")->setValue(64);
    page.setup()->setPreset("mlp");
    page.configure();
    QVERIFY(!page.running());
    QVERIFY(page.message().contains("stopped and rebuilt"));
    QVERIFY(QTest::qWaitFor([&] { return page.ready() && page.stepCount() == 0; }, 20000));
    // The old run is kept as an earlier run; no step of it leaks into the new one.
    QCOMPARE(page.lossView()->previous().size(), std::size_t{1});
    QVERIFY(page.lossView()->current().losses.empty());
    QTest::qWait(200);
    QCOMPARE(page.stepCount(), 0L);
    page.findChild<QPushButton*>("stepButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return page.stepCount() == 1; }, 10000));
    QCOMPARE(page.lastSnapshot()->inputShape, (Shape{1, 28, 28}));
    QCOMPARE(page.lastSnapshot()->classNames.size(), 8);
    QCOMPARE(page.lossView()->current().losses.size(), std::size_t{1});
  }
};

QTEST_MAIN(TrainingDataTest)
#include "trainingdatatest.moc"
