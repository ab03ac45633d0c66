// The Gradients page offscreen: each scenario runs a few steps and its verdict line names the
// regime; split view; bad input; divergence; switching while running; state round trip.
#include "gradients/gradientspage.h"
#include "common/suggestions.h"
#include "gradients/gradientheatmap.h"
#include "gradients/gradientspanel.h"
#include "gradients/gradientssetup.h"
#include "gradients/scenarios.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QtTest>
#include <map>
#include <qcustomplot.h>

using namespace gs;
using namespace gs::ui;

class GradientsPageTest : public QObject {
  Q_OBJECT

private:
  static QString verdict(GradientsPage& page, const QString& side = "left") {
    return page.findChild<QLabel*>(side + "Verdict")->text();
  }
  static bool stepAndWait(GradientsPanel* panel, int steps) {
    const std::size_t target = panel->history().size() + static_cast<std::size_t>(steps);
    panel->step(steps);
    return QTest::qWaitFor([&] { return panel->history().size() >= target; }, 20000);
  }

private slots:
  void scenarioVerdicts_data() {
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("regime");
    // Depth 20, width 32, spiral, seed 0, SGD lr 0.01, 3 steps. The first three are the
    // physics of issue 5; the remedies keep r within [1e-3, 1e3].
    QTest::newRow("deep sigmoid") << "deep_sigmoid"
                                  << "vanishing";
    QTest::newRow("too large") << "too_large"
                               << "exploding";
    QTest::newRow("relu kaiming") << "relu_kaiming"
                                  << "healthy";
    QTest::newRow("batchnorm") << "batchnorm"
                               << "healthy";
    QTest::newRow("residual") << "residual"
                              << "healthy";
    QTest::newRow("tanh xavier") << "tanh_xavier"
                                 << "healthy";
    // Clipping by norm scales every layer alike: r stays above 1e3, but the line says it was
    // clipped.
    QTest::newRow("clipping") << "clipping"
                              << "exploding";
    // λ = 1 at lr 0.01 shrinks the weights by 1 % per step: after 3 steps step 1's explosion
    // is still in the verdict's window.
    QTest::newRow("l2") << "l2"
                        << "exploding";
  }

  void scenarioVerdicts() {
    QFETCH(QString, scenario);
    QFETCH(QString, regime);
    GradientsPage page;
    page.show();
    QVERIFY(page.selectScenario(scenario));
    QVERIFY(stepAndWait(page.leftPanel(), 3));
    QVERIFY2(verdict(page).startsWith(regime), qPrintable(verdict(page)));
    if (scenario == "clipping")
      QVERIFY2(verdict(page).contains("clipped from"), qPrintable(verdict(page)));
  }

  void splitViewContrastsTwoScenarios() {
    GradientsPage page;
    page.resize(1100, 800);
    page.show();
    page.selectScenario("deep_sigmoid");
    QVERIFY(page.setComparison("residual"));
    QVERIFY(page.rightPanel()->isVisible());
    QCOMPARE(page.rightPanel()->config().depth, page.leftPanel()->config().depth);
    QCOMPARE(page.rightPanel()->config().data, page.leftPanel()->config().data);
    QVERIFY(page.rightPanel()->config().residual);
    page.findChild<QPushButton*>("step10Button")->click();
    QVERIFY(QTest::qWaitFor(
        [&] {
          return page.leftPanel()->history().size() == 10 &&
                 page.rightPanel()->history().size() == 10;
        },
        30000));
    QVERIFY2(verdict(page, "left").startsWith("vanishing:"), qPrintable(verdict(page, "left")));
    QVERIFY2(verdict(page, "right").startsWith("healthy:"), qPrintable(verdict(page, "right")));
    // One colour scale for both heat maps: the union of their ranges, one legend (right).
    GradientHeatMap* leftMap = page.leftPanel()->heatMap();
    GradientHeatMap* rightMap = page.rightPanel()->heatMap();
    QVERIFY(leftMap->valueRange() && rightMap->valueRange());
    // Vanishing reaches far lower norms than residual: the ranges differ, the scale is shared.
    QVERIFY(leftMap->valueRange()->lower < rightMap->valueRange()->lower - 1);
    QCOMPARE(leftMap->colorRange().lower, leftMap->valueRange()->lower);
    QCOMPARE(leftMap->colorRange(), rightMap->colorRange());
    QCOMPARE(rightMap->colorRange().upper,
             std::max(leftMap->valueRange()->upper, rightMap->valueRange()->upper));
    QVERIFY(!leftMap->legendVisible());
    QVERIFY(rightMap->legendVisible());
    // GRADSCOPE_SCREENSHOT_DIR=docs/screenshots regenerates the screenshots of the docs.
    const QString shots = qEnvironmentVariable("GRADSCOPE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
      QTest::qWait(200);
      QVERIFY(page.grab().save(shots + "/gradients-vanishing-vs-residual.png"));
      page.leftPanel()->tabs()->setCurrentIndex(4);
      QTest::qWait(200);
      QVERIFY(page.grab().save(shots + "/gradients-chain-rule.png"));
    }
    QVERIFY(page.setComparison(""));
    QVERIFY(!page.rightPanel()->isVisible());
    // One panel again: its own range and its legend back.
    QCOMPARE(leftMap->colorRange(), *leftMap->valueRange());
    QVERIFY(leftMap->legendVisible());
  }

  void badDepthAndWidthGetAnInlineMessage() {
    GradientsPage page;
    page.show();
    const DeepNetConfig before = page.leftPanel()->config();
    auto* depth = page.findChild<QSpinBox*>("depthSpin");
    depth->setValue(0);
    QVERIFY(page.setup()->error().contains("--depth"));
    QCOMPARE(page.leftPanel()->config(), before);
    QCOMPARE(depth->value(), 0); // what the user typed stays
    depth->setValue(150);
    QVERIFY(page.setup()->error().contains("--depth"));
    depth->setValue(12);
    QVERIFY(page.setup()->error().isEmpty());
    QCOMPARE(page.leftPanel()->config().depth, 12);
    page.findChild<QSpinBox*>("widthSpin")->setValue(0);
    QVERIFY(page.setup()->error().contains("--width"));
    QCOMPARE(page.leftPanel()->config().width, 32);
  }

  void divergedRunPausesAndNamesTheLayer() {
    GradientsPage page;
    page.show();
    DeepNetConfig c = page.setup()->config();
    c.depth = 50;
    c.activation = "relu";
    c.init = "normal:3";
    page.setup()->setConfig(c);
    page.findChild<QSpinBox*>("seedSpin")->setValue(1); // emits changed(): applies the set-up
    QCOMPARE(page.leftPanel()->config().depth, 50);
    page.leftPanel()->run();
    QVERIFY(QTest::qWaitFor([&] { return !page.leftPanel()->isRunning(); }, 20000));
    QCOMPARE(page.leftPanel()->history().size(), std::size_t(1));
    QVERIFY2(verdict(page).startsWith("diverged at step 1: layer "), qPrintable(verdict(page)));
    QCOMPARE(page.leftPanel()->verdict().regime, GradientRegime::Diverged);
    // The plots keep the run: the heat map has the step, the loss plot marks it.
    QCOMPARE(page.leftPanel()->heatMap()->stepCount(), 1);
    auto* loss = page.findChild<QCustomPlot*>("leftLoss");
    QCOMPARE(loss->graph(1)->data()->size(), 2);
    QCOMPARE(loss->graph(1)->data()->at(0)->key, 1.0);
    // Run cannot restart a diverged network (Reset first): it stays paused.
    page.leftPanel()->run();
    QVERIFY(!page.leftPanel()->isRunning());
    QVERIFY(page.findChild<QPushButton*>("runButton")->isEnabled());
  }

  void switchingScenariosWhileRunningIsSafe() {
    GradientsPage page;
    page.show();
    page.findChild<QSpinBox*>("depthSpin")->setValue(12);
    page.findChild<QSpinBox*>("seedSpin")->setValue(7);
    page.setComparison("tanh_xavier");
    page.findChild<QPushButton*>("runButton")->click();
    QVERIFY(page.leftPanel()->isRunning());
    for (const char* id : {"too_large", "residual", "batchnorm", "relu_kaiming", "deep_sigmoid"}) {
      QTest::qWait(60);
      QVERIFY(page.selectScenario(id));
    }
    QVERIFY(!page.leftPanel()->isRunning()); // a new set-up stops the run
    // Scenarios keep what the user set: depth and seed survive the switches.
    QCOMPARE(page.leftPanel()->config().depth, 12);
    QCOMPARE(page.leftPanel()->config().seed, std::uint64_t(7));
    QCOMPARE(page.rightPanel()->config().depth, 12);
    QVERIFY(stepAndWait(page.leftPanel(), 2));
    QVERIFY2(verdict(page).startsWith("vanishing:"), qPrintable(verdict(page)));
    page.findChild<QPushButton*>("runButton")->click();
    QTest::qWait(100);
    page.findChild<QPushButton*>("pauseButton")->click();
    QVERIFY(!page.leftPanel()->isRunning());
    // Step numbers stay consecutive across run / pause.
    const auto& h = page.leftPanel()->history();
    for (std::size_t i = 0; i < h.size(); ++i)
      QCOMPARE(h[i].step, static_cast<int>(i + 1));
  }

  void everyTryLinkSetsThePageUp() {
    // What each "try this" link promises: the left scenario and the one compared with it.
    const std::map<QString, std::pair<QString, QString>> promised{
        {"deep_sigmoid", {"deep_sigmoid", ""}},
        {"too_large", {"too_large", ""}},
        {"relu_kaiming", {"relu_kaiming", ""}},
        {"batchnorm", {"batchnorm", ""}},
        {"residual", {"residual", ""}},
        {"clipping", {"clipping", ""}},
        {"l2", {"l2", ""}},
        {"tanh_xavier", {"tanh_xavier", ""}},
        {"vanishing-vs-residual", {"deep_sigmoid", "residual"}},
        {"exploding-vs-clipping", {"too_large", "clipping"}}};
    GradientsPage page;
    page.show();
    const QSet<QString> linked = gs::ui::suggestionNames(page.helpHtml());
    // At least one link per scenario and the split view.
    QCOMPARE(linked.size(), static_cast<qsizetype>(promised.size()));
    for (const QString& name : linked) {
      const auto it = promised.find(name);
      QVERIFY2(it != promised.end(), qPrintable("a link nobody promised: try:" + name));
      // Start from a set-up that no link produces, so a link without a handler fails.
      page.selectScenario("l2");
      page.setComparison("batchnorm");
      page.applySuggestion(name);
      const QJsonObject state = page.saveState();
      QCOMPARE(state.value("scenario").toString(), it->second.first);
      QCOMPARE(state.value("compare").toString(), it->second.second);
      QCOMPARE(page.rightPanel()->isVisible(), !it->second.second.isEmpty());
      const std::vector<GradientScenario> all = GradientScenarios::all();
      const DeepNetConfig base = page.setup()->config();
      QCOMPARE(page.leftPanel()->config(),
               GradientScenarios::find(all, it->second.first)->apply(base));
      // The link also runs 10 steps, so the verdict is there at once.
      QVERIFY(QTest::qWaitFor([&] { return page.leftPanel()->history().size() == 10; }, 20000));
    }
  }

  void everyPlotExports() {
    GradientsPage page;
    const auto plots = page.findChildren<QCustomPlot*>();
    QVERIFY(plots.size() >= 12); // 6 views × 2 panels
    for (QCustomPlot* plot : plots)
      QCOMPARE(plot->contextMenuPolicy(), Qt::CustomContextMenu);
  }

  void stateRoundTripAndTexts() {
    GradientsPage page;
    QCOMPARE(page.pageId(), QString("gradients"));
    QCOMPARE(page.title(), QString("Gradients"));
    QVERIFY(page.helpHtml().contains("1e-3"));
    QVERIFY(page.helpHtml().contains("0.25"));
    page.selectScenario("batchnorm");
    page.setComparison("residual");
    page.findChild<QSpinBox*>("depthSpin")->setValue(33);
    const QJsonObject state = page.saveState();
    GradientsPage other;
    other.restoreState(state);
    QCOMPARE(other.setup()->config(), page.setup()->config());
    QCOMPARE(other.leftPanel()->config().depth, 33);
    QVERIFY(other.leftPanel()->config().batchNorm);
    QCOMPARE(other.findChild<QComboBox*>("compareCombo")->currentData().toString(),
             QString("residual"));
    for (QWidget* w : page.findChildren<QWidget*>()) {
      if (qobject_cast<QPushButton*>(w) || qobject_cast<QSpinBox*>(w) ||
          qobject_cast<QComboBox*>(w))
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
    }
  }
};

QTEST_MAIN(GradientsPageTest)
#include "gradientspagetest.moc"
