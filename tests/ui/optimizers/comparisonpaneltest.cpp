// "Compare optimizers on a real network", driven through the Optimizers page's widgets on the
// offscreen platform: the curves equal what gs::Comparison computes for the same set-up, the
// export hands one RunCurves per racer to the Training page, Cancel stops the worker, closing
// the page mid-run is clean, and racer colours survive save / restore.
#include "optimizers/comparisonpanel.h"
#include "core/nn/modelfile.h"
#include "core/train/comparison.h"
#include "core/train/presets.h"
#include "optimizers/optimizerspage.h"
#include "optimizers/racereditor.h"
#include "racerdriver.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using gs::test::addRacer;
using gs::test::child;
using gs::test::clearRacers;
using gs::ui::ComparisonPanel;
using gs::ui::OptimizersPage;

class ComparisonPanelTest : public QObject {
  Q_OBJECT

private:
  /// MLP on 200 spiral points (160 to train), batch 16, seed 5, at most `steps` steps.
  static void setUpSpiral(OptimizersPage& page, int epochs, int steps) {
    page.showComparison(true);
    auto* data = child<QComboBox>(&page, "compareData");
    data->setCurrentIndex(data->findData("spiral"));
    auto* preset = child<QComboBox>(&page, "comparePreset");
    preset->setCurrentIndex(preset->findData("mlp"));
    child<QSpinBox>(&page, "compareSamples")->setValue(200);
    child<QSpinBox>(&page, "compareEpochs")->setValue(epochs);
    child<QSpinBox>(&page, "compareMaxSteps")->setValue(steps);
    child<QSpinBox>(&page, "compareBatch")->setValue(16);
    child<QSpinBox>(&page, "compareSeed")->setValue(5);
  }

  static void addThree(OptimizersPage& page) {
    clearRacers(page);
    addRacer(page, "sgd", 0.1);
    addRacer(page, "momentum", 0.02);
    addRacer(page, "adam", 0.01);
  }

  /// Clicks Compare and waits for the end; the caller returns when QTest::currentTestFailed().
  static void runToEnd(OptimizersPage& page) {
    child<QPushButton>(&page, "compareButton")->click();
    QVERIFY(page.comparison()->running());
    QTRY_VERIFY_WITH_TIMEOUT(!page.comparison()->running(), 60000);
  }

  static QTableWidget* table(OptimizersPage& page) {
    return child<QTableWidget>(&page, "comparisonTable");
  }

private slots:
  void threeOptimizersGiveTheCurvesCoreComputes() {
    OptimizersPage page;
    addThree(page);
    setUpSpiral(page, 1, 5);
    runToEnd(page);
    if (QTest::currentTestFailed())
      return;
    const auto& series = page.comparison()->view()->series();
    QCOMPARE(series.size(), std::size_t{3});

    // The same set-up given to core directly: the page must show exactly these numbers.
    gs::Experiment e;
    gs::PresetOptions o;
    o.input = {2};
    o.classes = 3;
    e.model = gs::presetModel("mlp", o);
    e.data = gs::parseDataSpec("synthetic:spiral");
    e.samples = 200;
    e.classes = 3;
    e.validation = 0.2;
    e.trainer.batchSize = 16;
    e.trainer.seed = 5;
    gs::ComparisonPlan plan;
    for (const auto& [name, lr] : std::vector<std::pair<std::string, double>>{
             {"sgd", 0.1}, {"momentum", 0.02}, {"adam", 0.01}}) {
      gs::OptimizerConfig c = gs::presetConfig(name);
      c.lr = lr;
      plan.optimizers.push_back(c);
    }
    plan.epochs = 1;
    plan.maxSteps = 5;
    gs::Comparison reference = gs::makeComparison(e, plan);
    reference.run();
    for (std::size_t i = 0; i < 3; ++i) {
      // 5 steps (the limit; an epoch would be 160 / 16 = 10), all from the same first loss.
      QCOMPARE(series[i].run.losses.size(), std::size_t{5});
      QCOMPARE(series[i].run.losses.front(), series[0].run.losses.front());
      QVERIFY(series[i].run.losses == reference.runs()[i].losses);
      QCOMPARE(table(page)->item(static_cast<int>(i), 1)->data(Qt::UserRole).toDouble(), 5.0);
      QCOMPARE(table(page)->item(static_cast<int>(i), 5)->text(), QString("done"));
    }
    // Different update rules part after step 1.
    QVERIFY(series[0].run.losses[1] != series[2].run.losses[1]);
    QVERIFY(child<QPushButton>(&page, "showOnTrainingButton")->isEnabled());
  }

  void exportEmitsOneRunPerOptimizer() {
    OptimizersPage page;
    addThree(page);
    setUpSpiral(page, 2, 0); // two whole epochs of 10 steps
    runToEnd(page);
    if (QTest::currentTestFailed())
      return;
    QSignalSpy spy(&page, &gs::ui::Page::runsExported);
    child<QPushButton>(&page, "showOnTrainingButton")->click();
    QCOMPARE(spy.count(), 1);
    const auto runs = spy.at(0).at(0).value<std::vector<gs::ui::RunCurves>>();
    QCOMPARE(runs.size(), std::size_t{3});
    QCOMPARE(runs[0].label, QString("sgd lr 0.1"));
    QCOMPARE(runs[1].label, QString("momentum lr 0.02"));
    QCOMPARE(runs[2].label, QString("adam lr 0.01"));
    for (const gs::ui::RunCurves& r : runs) {
      QCOMPARE(r.losses.size(), std::size_t{20});
      QCOMPARE(r.validationStep, (std::vector<double>{10, 20}));
      QCOMPARE(r.validationLoss.size(), std::size_t{2});
      QVERIFY(std::isfinite(r.validationLoss[1]));
      QCOMPARE(r.divergedAt, -1.0);
    }
  }

  void divergingRunIsMarkedOthersFinish() {
    OptimizersPage page;
    clearRacers(page);
    addRacer(page, "sgd", 1e30); // step 2's forward pass overflows float (see comparisontest)
    addRacer(page, "adam", 0.01);
    setUpSpiral(page, 1, 0);
    runToEnd(page);
    if (QTest::currentTestFailed())
      return;
    QCOMPARE(table(page)->item(0, 5)->text(), QString("diverged at step 2"));
    QCOMPARE(table(page)->item(1, 5)->text(), QString("done"));
    QCOMPARE(page.comparison()->view()->series()[1].run.losses.size(), std::size_t{10});
    QCOMPARE(page.comparison()->runCurves()[0].divergedAt, 2.0);
  }

  void cancelStopsTheWorker() {
    OptimizersPage page;
    addThree(page);
    setUpSpiral(page, 500, 0); // 5000 steps per run: far more than the test waits for
    child<QPushButton>(&page, "compareButton")->click();
    QVERIFY(page.comparison()->running());
    const auto steps = [&page] {
      const auto& s = page.comparison()->view()->series();
      return s.empty() ? 0L : s[0].run.steps();
    };
    QTRY_VERIFY_WITH_TIMEOUT(steps() > 0, 30000);
    child<QPushButton>(&page, "cancelCompareButton")->click();
    QVERIFY(!page.comparison()->running());
    const long stoppedAt = steps();
    QVERIFY(stoppedAt < 5000);
    QTest::qWait(300); // snapshots still on their way are from the cancelled job: ignored
    QCOMPARE(steps(), stoppedAt);
    QCOMPARE(table(page)->item(0, 5)->text(), QString("stopped at step %1").arg(stoppedAt));
  }

  void closingThePageMidRunIsClean() {
    auto* page = new OptimizersPage;
    addThree(*page);
    setUpSpiral(*page, 500, 0);
    child<QPushButton>(page, "compareButton")->click();
    QTest::qWait(50);
    QElapsedTimer clock;
    clock.start();
    delete page; // the worker stops after its current step; the thread is joined
    QVERIFY(clock.elapsed() < 5000);
  }

  void presetThatDoesNotFitGetsAnInlineMessage() {
    OptimizersPage page;
    addThree(page);
    setUpSpiral(page, 1, 5);
    auto* preset = child<QComboBox>(&page, "comparePreset");
    preset->setCurrentIndex(preset->findData("lenet5")); // needs 28×28 images, not 2-D points
    child<QPushButton>(&page, "compareButton")->click();
    QVERIFY(!page.comparison()->running());
    auto* error = child<QLabel>(&page, "compareError");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains("lenet5 expects input [1, 28, 28]"), qPrintable(error->text()));
  }

  void racerColourAndResultsSurviveSaveAndRestore() {
    OptimizersPage page;
    addThree(page);
    auto* editor = page.findChild<gs::ui::RacerEditor*>();
    QVERIFY(editor);
    editor->setColor(1, QColor("#123456"));
    QCOMPARE(editor->racers()[1].color, QColor("#123456"));
    setUpSpiral(page, 1, 4);
    runToEnd(page);
    if (QTest::currentTestFailed())
      return;
    const QJsonObject state = page.saveState();

    OptimizersPage copy;
    copy.restoreState(state);
    QCOMPARE(copy.findChild<gs::ui::RacerEditor*>()->racers()[1].color, QColor("#123456"));
    QVERIFY(copy.comparisonShown());
    const auto& restored = copy.comparison()->view()->series();
    QCOMPARE(restored.size(), std::size_t{3});
    QCOMPARE(restored[1].color, QColor("#123456"));
    QVERIFY(restored[2].run.losses == page.comparison()->view()->series()[2].run.losses);
    QCOMPARE(child<QSpinBox>(&copy, "compareMaxSteps")->value(), 4);
    QCOMPARE(copy.comparison()->runCurves()[2].label, QString("adam lr 0.01"));
  }

  void tryCompareStartsTheNetworkLineup() {
    OptimizersPage page;
    QVERIFY(page.helpHtml().contains("try:compare"));
    page.applySuggestion("compare");
    QVERIFY(page.comparisonShown());
    QVERIFY(page.comparison()->running());
    QCOMPARE(page.findChild<gs::ui::RacerEditor*>()->racers().size(), std::size_t{6});
    page.comparison()->cancel();
  }
};

QTEST_MAIN(ComparisonPanelTest)
#include "comparisonpaneltest.moc"
