// The Optimizers page, driven through its widgets on the offscreen platform: the table after
// a race equals what gs::runTrajectory gives, bad input gets inline messages, a diverging
// racer stops while the others continue, and the state survives save / restore.
#include "optimizers/optimizerspage.h"
#include "core/optim/surface.h"
#include "racerdriver.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using gs::test::addRacer;
using gs::test::child;
using gs::test::clearRacers;
using gs::ui::OptimizersPage;

class OptimizersPageTest : public QObject {
  Q_OBJECT

private:
  static void selectSurface(OptimizersPage& page, const QString& name) {
    auto* combo = child<QComboBox>(&page, "surfaceCombo");
    combo->setCurrentIndex(combo->findData(name));
  }

  static gs::Trajectory reference(const std::string& surface, const std::string& name, double lr,
                                  long steps) {
    const gs::Surface s = gs::makeSurface(surface);
    gs::OptimizerConfig config = gs::presetConfig(name);
    config.lr = lr;
    return gs::runTrajectory(s, config, s.start, steps);
  }

  static QTableWidget* table(OptimizersPage& page) {
    return child<QTableWidget>(&page, "resultTable");
  }

private slots:
  void raceOfThreeMatchesRunTrajectory() {
    OptimizersPage page;
    selectSurface(page, "quadratic");
    clearRacers(page);
    // sgd lr 0.1 on ½(x² + 10y²): y is gone after one step (1 − 0.1·10 = 0) and x shrinks by
    // 0.9 per step, so f = ½(3.5·0.9^k)² drops below 1e-3 within 50 steps.
    const std::vector<std::pair<QString, double>> racers = {
        {"sgd", 0.1}, {"momentum", 0.01}, {"adam", 0.1}};
    for (const auto& [name, lr] : racers)
      addRacer(page, name, lr);
    child<QSpinBox>(&page, "maxSteps")->setValue(50);
    child<QPushButton>(&page, "endButton")->click();
    QCOMPARE(page.currentStep(), 50L);
    QCOMPARE(table(page)->rowCount(), 3);
    bool someoneArrived = false;
    for (int row = 0; row < 3; ++row) {
      const gs::Trajectory t =
          reference("quadratic", racers[row].first.toStdString(), racers[row].second, 50);
      QCOMPARE(t.points.size(), std::size_t{51});
      QCOMPARE(table(page)->item(row, 2)->data(Qt::UserRole).toDouble(), t.points[50].f);
      const auto steps = t.stepsToReach(1e-3);
      if (steps) {
        someoneArrived = true;
        QCOMPARE(table(page)->item(row, 1)->data(Qt::UserRole).toULongLong(),
                 static_cast<qulonglong>(*steps));
      } else {
        QVERIFY(!table(page)->item(row, 1)->data(Qt::UserRole).isValid());
      }
      // The quadratic's one minimum is (0, 0).
      QCOMPARE(table(page)->item(row, 3)->data(Qt::UserRole).toDouble(),
               std::hypot(t.points[50].x, t.points[50].y));
      QVERIFY(table(page)->item(row, 4)->text().isEmpty());
    }
    QVERIFY(someoneArrived);

    // Reset and three single steps: the table then shows f after step 3.
    child<QPushButton>(&page, "resetButton")->click();
    QCOMPARE(page.currentStep(), 0L);
    for (int i = 0; i < 3; ++i)
      child<QPushButton>(&page, "stepButton")->click();
    QCOMPARE(page.currentStep(), 3L);
    const gs::Trajectory adam = reference("quadratic", "adam", 0.1, 50);
    QCOMPARE(table(page)->item(2, 2)->data(Qt::UserRole).toDouble(), adam.points[3].f);
  }

  void syntaxErrorShowsInlineMessage() {
    OptimizersPage page;
    auto* edit = child<QLineEdit>(&page, "expressionEdit");
    auto* error = child<QLabel>(&page, "expressionError");
    selectSurface(page, "custom");
    QVERIFY(error->isHidden());
    edit->setText("sin(x");
    QVERIFY(!error->isHidden());
    QCOMPARE(error->text(), QString("syntax error at column 6: expected ')'"));
    QCOMPARE(edit->text(), QString("sin(x")); // what the user typed is kept
    edit->setText("sn(x)");
    QCOMPARE(error->text(), QString("unknown name 'sn' at column 1"));
    edit->setText("x^2 + y^2");
    QVERIFY(error->isHidden());
    // The race runs on the typed surface: f at the start (2.5, 2) is 6.25 + 4.
    QCOMPARE(table(page)->item(0, 2)->data(Qt::UserRole).isValid(), true);
    child<QPushButton>(&page, "resetButton")->click();
    QCOMPARE(table(page)->item(0, 2)->data(Qt::UserRole).toDouble(), 10.25);
  }

  void divergingRacerStopsOthersContinue() {
    OptimizersPage page;
    selectSurface(page, "rosenbrock");
    clearRacers(page);
    addRacer(page, "sgd", 0.1); // far beyond 2 / curvature on Rosenbrock's walls
    addRacer(page, "adam", 0.1);
    child<QSpinBox>(&page, "maxSteps")->setValue(200);
    child<QPushButton>(&page, "endButton")->click();
    const gs::Trajectory sgd = reference("rosenbrock", "sgd", 0.1, 200);
    QVERIFY(sgd.divergedAt.has_value());
    QCOMPARE(table(page)->item(0, 4)->text(), QString("diverged at step %1").arg(*sgd.divergedAt));
    const gs::Trajectory adam = reference("rosenbrock", "adam", 0.1, 200);
    QVERIFY(!adam.divergedAt.has_value());
    QVERIFY(table(page)->item(1, 4)->text().isEmpty());
    QCOMPARE(table(page)->item(1, 2)->data(Qt::UserRole).toDouble(), adam.points[200].f);
  }

  void nonPositiveLearningRateIsRefusedInline() {
    OptimizersPage page;
    clearRacers(page);
    addRacer(page, "adam", 0.05);
    auto* error = child<QLabel>(&page, "racerError");
    QVERIFY(error->isHidden());
    child<QLineEdit>(&page, "racer_lr")->setText("0");
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().contains("greater than 0"));
    child<QLineEdit>(&page, "racer_lr")->setText("-1");
    QVERIFY(!error->isHidden());
    // The race keeps the last good value.
    QCOMPARE(child<QListWidget>(&page, "racerList")->item(0)->text(), QString("Adam lr=0.05"));
    child<QLineEdit>(&page, "racer_beta1")->setText("1.5");
    QVERIFY(error->text().contains("beta1"));
  }

  void startOutsideTheViewIsRefused() {
    OptimizersPage page;
    selectSurface(page, "quadratic"); // view x ∈ [−4, 4], y ∈ [−2, 2]
    auto* message = child<QLabel>(&page, "startMessage");
    auto* x = child<QLineEdit>(&page, "startX");
    x->setText("40");
    emit x->editingFinished();
    QVERIFY(!message->isHidden());
    QVERIFY(message->text().contains("outside the view"));
    x->setText("1");
    emit x->editingFinished();
    QVERIFY(message->isHidden());
    QCOMPARE(page.saveState().value("start").toArray()[0].toDouble(), 1.0);
  }

  void stateSurvivesSaveAndRestore() {
    OptimizersPage page;
    selectSurface(page, "himmelblau");
    clearRacers(page);
    addRacer(page, "rmsprop", 0.05);
    addRacer(page, "rmsprop", 0.2); // the same optimizer twice with different settings
    child<QSpinBox>(&page, "maxSteps")->setValue(80);
    child<QPushButton>(&page, "endButton")->click();
    const QJsonObject state = page.saveState();

    OptimizersPage copy;
    copy.restoreState(state);
    QCOMPARE(copy.currentStep(), 80L);
    QCOMPARE(table(copy)->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
      QCOMPARE(table(copy)->item(row, 2)->data(Qt::UserRole).toDouble(),
               table(page)->item(row, 2)->data(Qt::UserRole).toDouble());
    QVERIFY(table(copy)->item(0, 2)->data(Qt::UserRole).toDouble() !=
            table(copy)->item(1, 2)->data(Qt::UserRole).toDouble());
  }

  void defaultShowsAllTenOnRosenbrock() {
    OptimizersPage page;
    QCOMPARE(child<QComboBox>(&page, "surfaceCombo")->currentData().toString(),
             QString("rosenbrock"));
    QCOMPARE(table(page)->rowCount(), 10);
    for (int row = 0; row < 10; ++row)
      QVERIFY2(table(page)->item(row, 4)->text().isEmpty(), "no racer of the showcase diverges");
  }
};

QTEST_MAIN(OptimizersPageTest)
#include "optimizerspagetest.moc"
