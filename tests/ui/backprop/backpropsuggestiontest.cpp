// The Backprop page's "try this" links (issue 8): every link of the help text has a handler
// that sets the page up as the link promises, in one call of applySuggestion. The names are
// read from helpHtml(), so a link without a check here (or a check without a link) fails.
#include "backprop/backproppage.h"
#include "backprop/convbackproppanel.h"
#include "backprop/networkpanel.h"
#include "common/suggestions.h"

#include <QComboBox>
#include <QLabel>
#include <QSet>
#include <QTabWidget>
#include <QtTest>
#include <functional>

using namespace gs::backprop;
using namespace gs::ui;

class BackpropSuggestionTest : public QObject {
  Q_OBJECT

private slots:
  void everyLinkSetsThePageUp() {
    const QMap<QString, std::function<void(BackpropPage&)>> checks = {
        {"mazur",
         [](BackpropPage& page) {
           NetworkPanel* panel = page.networkPanel();
           QCOMPARE(page.findChild<QTabWidget*>("backpropTabs")->currentWidget(), panel);
           QCOMPARE(panel->phase(), 0);
           QCOMPARE(panel->net().learningRate(), 0.5);
           QCOMPARE(panel->net().params(2).w(0, 0), 0.40); // w5
           QCOMPARE(panel->net().config().activations.back(), ActivationKind::Sigmoid);
           // E_total = 0.298371109 (Mazur)
           QVERIFY(std::fabs(panel->iteration().loss - 0.298371109) < 1e-9);
           QCOMPARE(panel->lossHistory().size(), std::size_t{1});
         }},
        {"backward",
         [](BackpropPage& page) {
           NetworkPanel* panel = page.networkPanel();
           QCOMPARE(page.findChild<QTabWidget*>("backpropTabs")->currentWidget(), panel);
           // forward 1, forward 2, loss, then δ²: the fourth step
           QCOMPARE(panel->phase(), 3);
           QCOMPARE(panel->iteration().phases[3].kind, PhaseKind::OutputError);
           QVERIFY(page.findChild<QLabel*>("phaseTitle")->text().contains("Output error δ²"));
           QVERIFY(std::fabs(panel->iteration().loss - 0.298371109) < 1e-9);
         }},
        {"high-lr",
         [](BackpropPage& page) {
           NetworkPanel* panel = page.networkPanel();
           QCOMPARE(page.findChild<QTabWidget*>("backpropTabs")->currentWidget(), panel);
           QCOMPARE(panel->net().learningRate(), 3.0);
           QCOMPARE(panel->net().config().activations.back(), ActivationKind::Linear);
           // Mazur's weights with a linear output: C = mean((W²a¹ + b² − y)²) =
           // 0.6280989773699321 (numpy, the same forward pass); then every update overshoots
           const std::vector<double>& h = panel->lossHistory();
           QCOMPARE(h.size(), std::size_t{6});
           QVERIFY(std::fabs(h[0] - 0.6280989773699321) < 1e-12);
           for (std::size_t i = 1; i < h.size(); ++i)
             QVERIFY2(h[i] > 2 * h[i - 1], qPrintable(QString::number(h[i])));
         }},
        {"input-gradient",
         [](BackpropPage& page) {
           QCOMPARE(page.findChild<QTabWidget*>("backpropTabs")->currentWidget(), page.convPanel());
           QCOMPARE(page.findChild<QComboBox*>("identityCombo")->currentIndex(), 1);
           QVERIFY2(page.findChild<QLabel*>("convEquation")->text().startsWith("∂C/∂X[1][1] = "),
                    qPrintable(page.findChild<QLabel*>("convEquation")->text()));
         }},
    };

    const QSet<QString> linked = gs::ui::suggestionNames(BackpropPage().helpHtml());
    QVERIFY(linked.size() >= 3 && linked.size() <= 5);
    for (const QString& name : checks.keys())
      QVERIFY2(linked.contains(name), qPrintable(name + " has no link in the help text"));
    for (const QString& name : linked) {
      QVERIFY2(checks.contains(name), qPrintable(name + " is linked but not checked"));
      BackpropPage page;
      // start somewhere else: the explorer tab, a changed weight, the last step, two
      // iterations done
      page.findChild<QTabWidget*>("backpropTabs")->setCurrentIndex(2);
      NetworkPanel* panel = page.networkPanel();
      SmallNet changed = panel->net();
      changed.setWeight(2, 0, 0, 1.5);
      changed.setLearningRate(0.1);
      panel->setNet(changed);
      panel->nextSample();
      panel->jumpTo(panel->phaseCount() - 1);
      page.applySuggestion(name);
      checks.value(name)(page);
      if (QTest::currentTestFailed())
        QFAIL(qPrintable("suggestion " + name));
    }
  }
};

QTEST_MAIN(BackpropSuggestionTest)
#include "backpropsuggestiontest.moc"
