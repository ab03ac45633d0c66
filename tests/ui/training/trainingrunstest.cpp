// Runs on the Training page: earlier runs are labelled by what differed from the run before
// (the first by its preset), runs handed over by another page (acceptRuns) join the overlay,
// and saveState → restoreState on a fresh page gives back the set-up and the curves.
#include "training/lossview.h"
#include "training/runlabel.h"
#include "training/setuppanel.h"
#include "training/trainingpage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>
#include <qcustomplot.h>

using namespace gs;
using namespace gs::ui;

class TrainingRunsTest : public QObject {
  Q_OBJECT

private:
  static bool stepOnce(TrainingPage& page) {
    const long target = page.stepCount() + 1;
    page.findChild<QPushButton*>("stepButton")->click();
    return QTest::qWaitFor([&] { return page.stepCount() >= target && !page.running(); }, 10000);
  }
  static bool reconfigure(TrainingPage& page) {
    page.configure();
    return QTest::qWaitFor([&] { return page.ready() && page.stepCount() == 0; }, 20000);
  }

private slots:
  void labelNamesWhatDiffered() {
    const RunSettings first = {
        {"preset", "mlp"}, {"optimizer", "sgd"}, {"lr", "lr 0.05"}, {"batch", "batch 32"}};
    RunSettings adam = first;
    adam[1].text = "adam";
    adam[2].text = "lr 0.001";
    RunSettings bigger = adam;
    bigger[3].text = "batch 64";
    RunSettings slower = bigger;
    slower[2].text = "lr 0.0001";
    QCOMPARE(runLabel(first, {}), QString("mlp"));
    QCOMPARE(runLabel(adam, first), QString("adam lr 0.001"));
    QCOMPARE(runLabel(bigger, adam), QString("batch 64"));
    QCOMPARE(runLabel(slower, bigger), QString("lr 0.0001"));
    // A new optimizer keeps its learning rate in the label even when the rate is unchanged.
    RunSettings momentum = first;
    momentum[1].text = "momentum";
    QCOMPARE(runLabel(momentum, first), QString("momentum lr 0.05"));
    QCOMPARE(runLabel(first, first), QString("mlp (again)"));
  }

  void pageLabelsEarlierRuns() {
    TrainingPage page;
    page.setup()->setDataSet("synthetic:spiral");
    page.setup()->findChild<QSpinBox*>("samples")->setValue(200);
    page.setup()->setPreset("mlp");
    page.setup()->setOptimizer("sgd", 0.05);
    QVERIFY(reconfigure(page));
    QVERIFY(stepOnce(page));
    page.setup()->setOptimizer("adam", 0.001);
    QVERIFY(reconfigure(page));
    QVERIFY(stepOnce(page));
    page.setup()->setBatchSize(64);
    QVERIFY(reconfigure(page));
    QVERIFY(stepOnce(page));
    page.setup()->setDataSet("synthetic:moons");
    page.setup()->findChild<QSpinBox*>("samples")->setValue(200);
    QVERIFY(reconfigure(page));
    const auto& runs = page.lossView()->previous();
    QCOMPARE(runs.size(), std::size_t{3});
    QCOMPARE(runs[0].label, QString("mlp"));
    QCOMPARE(runs[1].label, QString("adam lr 0.001"));
    QCOMPARE(runs[2].label, QString("batch 64"));
    // The run list shows the labels; renaming an item renames the run.
    auto* list = page.lossView()->findChild<QListWidget*>("runList");
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(1)->text(), QString("adam lr 0.001"));
    list->item(1)->setText("my adam run");
    QCOMPARE(page.lossView()->previous()[1].label, QString("my adam run"));
    list->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(!page.lossView()->previous()[0].visible);
  }

  void acceptedRunsJoinTheOverlay() {
    TrainingPage page;
    auto* plot = page.lossView()->findChild<QCustomPlot*>("lossPlot");
    const int graphsBefore = plot->graphCount();
    RunCurves sgd, adam;
    sgd.label = "sgd (Optimizers page)";
    sgd.losses = {2.3, 1.9, 1.6};
    adam.label = "adam (Optimizers page)";
    adam.losses = {2.3, 1.2, 0.8};
    adam.validationStep = {3};
    adam.validationLoss = {0.9};
    adam.validationAccuracy = {0.7};
    QVERIFY(page.acceptRuns({sgd, adam}));
    QCOMPARE(page.lossView()->previous().size(), std::size_t{2});
    auto* list = page.lossView()->findChild<QListWidget*>("runList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), sgd.label);
    QCOMPARE(list->item(1)->text(), adam.label);
    // One smoothed curve per earlier run, plus adam's validation points.
    QCOMPARE(plot->graphCount(), graphsBefore + 3);
    // Beyond eight earlier runs the oldest go.
    page.acceptRuns(std::vector<RunCurves>(7, sgd));
    QCOMPARE(page.lossView()->previous().size(), std::size_t{LossView::kMaxRuns});
    QCOMPARE(page.lossView()->previous()[0].label, adam.label);
  }

  void saveAndRestoreGivesBackTheSetup() {
    TrainingPage page;
    page.setup()->setDataSet("synthetic:moons");
    page.setup()->findChild<QSpinBox*>("samples")->setValue(150);
    page.setup()->findChild<QSpinBox*>("seed")->setValue(7);
    page.setup()->setPreset("deep_mlp");
    page.setup()->setOptimizer("adam", 0.002);
    page.setup()->setBatchSize(16);
    QVERIFY(reconfigure(page));
    QVERIFY(stepOnce(page));
    QVERIFY(stepOnce(page));
    page.setup()->setOptimizer("rmsprop", 0.003);
    QVERIFY(reconfigure(page));
    QVERIFY(stepOnce(page));
    const std::vector<RunCurves> previous = page.lossView()->previous();
    const std::vector<double> current = page.lossView()->current().losses;
    QCOMPARE(previous.size(), std::size_t{1});
    QCOMPARE(current.size(), std::size_t{1});
    const QJsonObject state = page.saveState();

    TrainingPage restored;
    restored.restoreState(state);
    SetupPanel* s = restored.setup();
    QCOMPARE(s->findChild<QComboBox*>("dataSet")->currentData().toString(),
             QString("synthetic:moons"));
    QCOMPARE(s->findChild<QComboBox*>("preset")->currentData().toString(), QString("deep_mlp"));
    QCOMPARE(s->findChild<QComboBox*>("optimizer")->currentText(), QString("rmsprop"));
    QCOMPARE(s->findChild<QDoubleSpinBox*>("learningRate")->value(), 0.003);
    QCOMPARE(s->findChild<QSpinBox*>("batchSize")->value(), 16);
    QCOMPARE(s->findChild<QSpinBox*>("seed")->value(), 7);
    QCOMPARE(s->findChild<QSpinBox*>("samples")->value(), 150);
    QCOMPARE(s->layers(), page.setup()->layers());
    // The curves: the earlier run as it was, and the run in progress kept as an earlier run
    // (the restored page starts again at step 0).
    const auto& runs = restored.lossView()->previous();
    QCOMPARE(runs.size(), std::size_t{2});
    QCOMPARE(runs[0].label, previous[0].label);
    QCOMPARE(runs[0].losses, previous[0].losses);
    QCOMPARE(runs[1].losses, current);
    QVERIFY(QTest::qWaitFor([&] { return restored.ready(); }, 20000));
    // Same set-up, same seed: the first step's loss is the one the original run had.
    QVERIFY(stepOnce(restored));
    QCOMPARE(restored.lossView()->current().losses[0], current[0]);
  }
};

QTEST_MAIN(TrainingRunsTest)
#include "trainingrunstest.moc"
