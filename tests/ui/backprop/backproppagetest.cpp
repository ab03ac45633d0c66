// The Backprop page on the offscreen platform: one full iteration of the 2-2-2 textbook preset
// stepped through with the equation text read at every phase, editing a weight (a letter keeps
// the old value and says why), the loss history, conv backprop stepping, the explorer's
// readings, saved state, and presentation mode.
#include "backprop/backproppage.h"
#include "backprop/convbackproppanel.h"
#include "backprop/explorerpanel.h"
#include "backprop/networkpanel.h"
#include "backprop/networkview.h"
#include "common/presentation.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using gs::backprop::Cell;
using gs::backprop::Quantity;
using namespace gs::ui;

class BackpropPageTest : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("GradscopeTest");
    QCoreApplication::setApplicationName("backproppagetest");
  }

  void stepsThroughOneIterationOfThePreset() {
    BackpropPage page;
    page.resize(1300, 850);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.pageId(), QString("backprop"));
    auto* title = page.findChild<QLabel*>("phaseTitle");
    auto* notation = page.findChild<QLabel*>("equationNotation");
    auto* numbers = page.findChild<QLabel*>("equationNumbers");
    auto* next = page.findChild<QPushButton*>("nextButton");
    QVERIFY(title && notation && numbers && next);
    // the 5L + 1 = 11 phases of Mazur's 2-2-2 net, in order, with one number of each that
    // the article states (rounded to the 4 significant digits shown)
    const QStringList notations = {"z¹ = W¹ a⁰ + b¹,   a¹ = σ(z¹)",
                                   "z² = W² a¹ + b²,   a² = σ(z²)",
                                   "C = (1/n) Σᵢ (a²ᵢ − yᵢ)²",
                                   "δ² = ∇ₐC ⊙ σ'(z²),   ∇ₐC = (2/n)(a² − y)",
                                   "δ¹ = ((W²)ᵀ δ²) ⊙ σ'(z¹)",
                                   "∂C/∂b² = δ²",
                                   "∂C/∂W² = δ² (a¹)ᵀ",
                                   "∂C/∂b¹ = δ¹",
                                   "∂C/∂W¹ = δ¹ (a⁰)ᵀ",
                                   "W² ← W² − η ∂C/∂W²,   b² ← b² − η ∂C/∂b²",
                                   "W¹ ← W¹ − η ∂C/∂W¹,   b¹ ← b¹ − η ∂C/∂b¹"};
    const QStringList contains = {"a¹₁ = sigmoid(0.3775) = 0.5933",     // out_h1 = 0.593269992
                                  "a²₁ = sigmoid(1.106) = 0.7514",      // out_o1 = 0.75136507
                                  "= 0.2984",                           // E_total = 0.298371109
                                  "= 0.1385",                           // δ_o1 = 0.138498562
                                  "δ¹₁ = ",                             // hidden error
                                  "∂C/∂b²₁ = δ²₁ = 0.1385",             // ∂C/∂b = δ
                                  "∂C/∂W²₁₁ = 0.1385×0.5933 = 0.08217", // ∂E/∂w5 = 0.082167041
                                  "∂C/∂b¹₁ = δ¹₁ = ",
                                  "∂C/∂W¹₁₁ = ",                      // ∂E/∂w1 = 0.000438568
                                  "W²₁₁: 0.4 − 0.5×0.08217 = 0.3589", // w5⁺ = 0.35891648
                                  "W¹₁₁: 0.15 − 0.5×0.0004386 = 0.1498"}; // w1⁺ = 0.149780716
    NetworkPanel* panel = page.networkPanel();
    QCOMPARE(panel->phaseCount(), 11);
    for (int p = 0; p < 11; ++p) {
      QCOMPARE(panel->phase(), p);
      QCOMPARE(notation->text(), notations[p]);
      QVERIFY2(numbers->text().contains(contains[p]), qPrintable(numbers->text()));
      QVERIFY(title->text().startsWith(QString("Step %1 of 11").arg(p + 1)));
      if (p < 10)
        QTest::mouseClick(next, Qt::LeftButton);
    }
    // the same equations by keyboard: backspace goes back, space forward
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    next->setFocus();
    QTest::keyClick(next, Qt::Key_Backspace);
    QCOMPARE(panel->phase(), 9);
    QCOMPARE(notation->text(), notations[9]);
    QTest::keyClick(next, Qt::Key_Space);
    QCOMPARE(panel->phase(), 10);
    // after the update, next continues with the new weights: a second iteration, lower loss
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(panel->phase(), 0);
    QVERIFY(title->text().contains("iteration 2"));
    QVERIFY(std::fabs(panel->net().params(2).w(0, 0) - 0.35891648) < 1e-8);
    QVERIFY(panel->iteration().loss < 0.298371109);
    // the check beside the gradient says they agree
    auto* check = page.findChild<QLabel*>("gradientCheckSummary");
    QVERIFY(check->text().contains("agree to 1e-8"));
    QVERIFY(!check->text().contains("NOT"));
  }

  void aLetterInAWeightKeepsTheOldValue() {
    BackpropPage page;
    page.resize(1300, 850);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* view = page.findChild<NetworkView*>("networkView");
    auto* error = page.findChild<QLabel*>("editError");
    QVERIFY(view && error);
    // w5 = W²₁₁ = 0.4
    QVERIFY(view->startEditing(Cell{Quantity::Weight, 2, 0, 0}));
    QLineEdit* editor = view->editor();
    QVERIFY(editor);
    editor->clear();
    QTest::keyClicks(editor, "0.4x");
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(page.networkPanel()->net().params(2).w(0, 0), 0.4);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains("“0.4x” is not a number") && error->text().contains("0.4"),
             qPrintable(error->text()));
    // a number is taken, the message goes, the iteration is recomputed
    QVERIFY(view->startEditing(Cell{Quantity::Bias, 1, 1, 0}));
    view->editor()->setText("-0.25");
    QTest::keyClick(view->editor(), Qt::Key_Return);
    QCOMPARE(page.networkPanel()->net().params(1).b(1), -0.25);
    QVERIFY(!error->isVisible());
    // z¹₂ = 0.25×0.05 + 0.3×0.1 − 0.25 = −0.2075
    QVERIFY(std::fabs(page.networkPanel()->iteration().z[1](1) - (-0.2075)) < 1e-12);
  }

  void crossEntropyWithOneOutputSaysWhy() {
    BackpropPage page;
    auto* sizes = page.findChild<QSpinBox*>("sizeSpin2");
    auto* loss = page.findChild<QComboBox*>("lossCombo");
    auto* message = page.findChild<QLabel*>("settingsError");
    sizes->setValue(1);
    loss->setCurrentIndex(1);
    QVERIFY(message->text().contains("at least 2 output neurons"));
    QCOMPARE(page.networkPanel()->net().width(2), 1); // the last valid net (mse) is kept
  }

  void convBackpropStepsWindowByWindow() {
    BackpropPage page;
    ConvBackpropPanel* conv = page.convPanel();
    auto* equation = page.findChild<QLabel*>("convEquation");
    // default: X 4×4, K 2×2, ∂C/∂Y 3×3; the kernel gradient has 2×2 windows
    QCOMPARE(conv->stepCount(), 4);
    QVERIFY(equation->text().startsWith("∂C/∂K[1][1] = "));
    conv->next();
    QVERIFY(equation->text().startsWith("∂C/∂K[1][2] = "));
    conv->setIdentity(1);
    QCOMPARE(conv->stepCount(), 16); // one window per input cell
    // the first window of the full convolution sees 3 padding zeros and ∂C/∂Y[0][0] = 1
    // times K[0][0] = 1 (the rotated kernel's last cell)
    QVERIFY2(equation->text().startsWith("∂C/∂X[1][1] = ") && equation->text().endsWith("= 1"),
             qPrintable(equation->text()));
    auto* table = page.findChild<QTableWidget*>("convInputTable");
    auto* error = page.findChild<QLabel*>("convError");
    const float before = conv->result().input[0];
    table->item(0, 0)->setText("abc");
    QCOMPARE(conv->result().input[0], before);
    QCOMPARE(table->item(0, 0)->text(), QString("1"));
    QVERIFY(error->text().contains("is not a number"));
  }

  void explorerReadsCoreValues() {
    BackpropPage page;
    ExplorerPanel* explorer = page.explorerPanel();
    // sigmoid (the first entry): σ(0) = 0.5, σ'(0) = 0.25
    QCOMPARE(explorer->activationReading(0), QString("x = 0:  f(x) = 0.5,  f'(x) = 0.25"));
    auto* combo = page.findChild<QComboBox*>("explorerActivationCombo");
    combo->setCurrentText("relu");
    QCOMPARE(explorer->activationReading(2), QString("x = 2:  f(x) = 2,  f'(x) = 1"));
    QCOMPARE(explorer->activationReading(-1), QString("x = -1:  f(x) = 0,  f'(x) = 0"));
    auto* loss = page.findChild<QComboBox*>("explorerLossCombo");
    loss->setCurrentText("mse");
    // target 1: (3 − 1)² = 4, gradient 2(3 − 1) = 4
    QCOMPARE(explorer->lossReading(3),
             QString("prediction = 3:  loss = 4,  d loss / d prediction = 4"));
  }

  void stateRoundTrips() {
    BackpropPage page;
    page.networkPanel()->jumpTo(4);
    auto* view = page.findChild<NetworkView*>("networkView");
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(view->startEditing(Cell{Quantity::Weight, 1, 0, 1}));
    view->editor()->setText("0.7");
    QTest::keyClick(view->editor(), Qt::Key_Return);
    const QJsonObject state = page.saveState();
    BackpropPage other;
    other.restoreState(state);
    QCOMPARE(other.networkPanel()->net().params(1).w(0, 1), 0.7);
    QCOMPARE(other.networkPanel()->phase(), 4);
    QCOMPARE(other.networkPanel()->net().learningRate(), 0.5);
  }

  void presentationModeScalesFontsAndRemembers() {
    QMainWindow window;
    QMenu* view = window.menuBar()->addMenu("View");
    view->setObjectName("viewMenu");
    const double base = QApplication::font().pointSizeF();
    PresentationMode* mode = installPresentationMode(&window);
    QVERIFY(view->actions().contains(mode->zoomInAction()));
    mode->setFontScale(1.0);
    mode->zoomInAction()->trigger();
    QVERIFY(QApplication::font().pointSizeF() > base * 1.1);
    QVERIFY(QSettings().value("presentation/fontScale").toDouble() > 1.1);
    mode->zoomResetAction()->trigger();
    QCOMPARE(QApplication::font().pointSizeF(), base);
    mode->highContrastAction()->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
    QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
    // The theme is remembered: a window opened later starts in high contrast.
    QVERIFY(QSettings().value("presentation/highContrast").toBool());
    QMainWindow later;
    QVERIFY(installPresentationMode(&later)->highContrast());
    mode->highContrastAction()->trigger();
    QVERIFY(!mode->highContrast());
    QVERIFY(!QSettings().value("presentation/highContrast").toBool());
    QCOMPARE(mode->fullScreenAction()->shortcut(), QKeySequence(Qt::Key_F11));
  }
};

QTEST_MAIN(BackpropPageTest)
#include "backproppagetest.moc"
