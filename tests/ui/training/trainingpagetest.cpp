// The Training page offscreen, on small data and small networks: steps and loss points,
// feature-map tiles per channel, pause / resume, reset replaying the identical run, runs
// overlaid, a network that does not fit, divergence, and closing while training.
#include "training/trainingpage.h"
#include "training/layermapsview.h"
#include "training/lossview.h"
#include "training/setuppanel.h"

#include <QPushButton>
#include <QSpinBox>
#include <QtTest>
#include <cmath>

using namespace gs;
using namespace gs::ui;

class TrainingPageTest : public QObject {
  Q_OBJECT

private:
  /// Sets the data and the preset, rebuilds the run and waits until it can train.
  static bool prepare(TrainingPage& page, const QString& data, const QString& preset, int samples) {
    page.setup()->setDataSet(data);
    page.setup()->findChild<QSpinBox*>("samples")->setValue(samples);
    page.setup()->setPreset(preset);
    page.configure();
    return QTest::qWaitFor([&] { return page.ready(); }, 20000);
  }
  static bool stepOnce(TrainingPage& page) {
    const long target = page.stepCount() + 1;
    page.findChild<QPushButton*>("stepButton")->click();
    return QTest::qWaitFor([&] { return page.stepCount() >= target && !page.running(); }, 10000);
  }

private slots:
  void tenStepsGiveTenLossPoints() {
    TrainingPage page;
    QVERIFY(prepare(page, "synthetic:spiral", "mlp", 200));
    for (int i = 0; i < 10; ++i)
      QVERIFY(stepOnce(page));
    QCOMPARE(page.stepCount(), 10L);
    QCOMPARE(page.lossView()->current().losses.size(), std::size_t{10});
    QCOMPARE(page.lossView()->rawPointCount(), 10);
    for (double loss : page.lossView()->current().losses)
      QVERIFY(std::isfinite(loss) && loss > 0);
  }

  void oneTilePerChannel() {
    TrainingPage page;
    QVERIFY(prepare(page, "shapes", "lenet5", 64));
    QVERIFY(stepOnce(page));
    // LeNet-5 (presets.h): layer 0 is C1 conv 6@5×5, layer 3 is C3 conv 16@5×5, layer 6 is
    // C5 conv 120@5×5 with 1×1 outputs; dense layers show bars, not tiles.
    QVERIFY(QTest::qWaitFor([&] { return page.layerMapsView()->tileCount(0) > 0; }, 5000));
    QCOMPARE(page.layerMapsView()->tileCount(0), 6);
    QCOMPARE(page.layerMapsView()->tileCount(2), 6);
    QCOMPARE(page.layerMapsView()->tileCount(3), 16);
    QCOMPARE(page.layerMapsView()->tileCount(6), 120);
    QCOMPARE(page.layerMapsView()->tileCount(9), 0);
    // Kernels: C1 has 6 × 1 kernels; C3 16 × 6 shows the first 64.
    QCOMPARE(page.layerMapsView()->findChildren<QWidget*>("kernelTile").size(), 6 + 64 + 64);
  }

  void pauseAndResume() {
    TrainingPage page;
    QVERIFY(prepare(page, "synthetic:moons", "logistic_regression", 200));
    page.run();
    QVERIFY(QTest::qWaitFor([&] { return page.stepCount() >= 5; }, 10000));
    page.pause();
    QVERIFY(QTest::qWaitFor([&] { return !page.running(); }, 5000));
    QTest::qWait(100);
    const long paused = page.stepCount();
    QTest::qWait(200);
    QCOMPARE(page.stepCount(), paused); // nothing trains while paused
    QCOMPARE(page.lossView()->current().losses.size(), static_cast<std::size_t>(paused));
    page.run();
    QVERIFY(QTest::qWaitFor([&] { return page.stepCount() > paused + 5; }, 10000));
    page.pause();
    QVERIFY(QTest::qWaitFor([&] { return !page.running(); }, 5000));
  }

  void resetReplaysAndOverlays() {
    TrainingPage page;
    QVERIFY(prepare(page, "synthetic:spiral", "mlp", 200));
    for (int i = 0; i < 3; ++i)
      QVERIFY(stepOnce(page));
    const std::vector<double> first = page.lossView()->current().losses;
    page.findChild<QPushButton*>("resetButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return page.stepCount() == 0; }, 5000));
    for (int i = 0; i < 3; ++i)
      QVERIFY(stepOnce(page));
    // Same seed, same shuffling, same initial weights: bit-identical losses.
    QCOMPARE(page.lossView()->current().losses, first);
    QCOMPARE(page.lossView()->previous().size(), std::size_t{1});
    QCOMPARE(page.lossView()->previous()[0].losses, first);

    // A second run with another learning rate: both earlier runs stay overlaid.
    page.setup()->setOptimizer("sgd", 0.5);
    page.configure();
    QVERIFY(QTest::qWaitFor([&] { return page.ready() && page.stepCount() == 0; }, 10000));
    QCOMPARE(page.lossView()->previous().size(), std::size_t{2});
    QVERIFY(stepOnce(page));
    QVERIFY(QTest::qWaitFor([&] { return page.lossView()->current().losses.size() == 1; }, 5000));
    // Step 1's loss is computed before any update: the learning rate cannot change it.
    QCOMPARE(page.lossView()->current().losses[0], first[0]);
    QVERIFY(page.lossView()->curvesCsv().count("train_loss") == 3 + 3 + 1);
  }

  void networkThatDoesNotFitDisablesTrain() {
    TrainingPage page;
    QVERIFY(prepare(page, "synthetic:circle", "mlp", 100));
    // A conv layer needs [C, H, W]; 2-D points are [2].
    page.setup()->setLayers(
        nlohmann::json::array({{{"type", "dense"}, {"out", 8}},
                               {{"type", "conv2d"}, {"out_channels", 4}, {"kernel", 3}}}));
    page.configure();
    QVERIFY(!page.setup()->valid());
    QVERIFY2(page.setup()->error().contains("layer 1 (conv2d)"), qPrintable(page.setup()->error()));
    QVERIFY(page.message().contains("layer 1 (conv2d)"));
    QVERIFY(!page.findChild<QPushButton*>("runButton")->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>("stepButton")->isEnabled());
  }

  void divergencePausesAndNamesTheLayer() {
    TrainingPage page;
    page.setup()->setOptimizer("sgd", 10);
    page.setup()->setBatchSize(1);
    QVERIFY(prepare(page, "synthetic:gaussians", "deep_mlp", 100));
    page.run();
    QVERIFY(QTest::qWaitFor([&] { return !page.running() && page.stepCount() > 0; }, 20000));
    QVERIFY2(page.message().contains("layer"), qPrintable(page.message()));
    QVERIFY(page.message().contains("learning rate"));
    QVERIFY(page.lossView()->current().divergedAt > 0);
  }

  void closingWhileTrainingStopsCleanly() {
    auto* page = new TrainingPage;
    QVERIFY(prepare(*page, "shapes", "lenet5", 64));
    page->run();
    QVERIFY(QTest::qWaitFor([&] { return page->stepCount() > 0; }, 10000));
    QVERIFY(page->running());
    delete page; // joins the worker thread mid-run
  }
};

QTEST_MAIN(TrainingPageTest)
#include "trainingpagetest.moc"
