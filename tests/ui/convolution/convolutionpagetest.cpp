// GUI tests of the Convolution page (QtTest, offscreen): the animation shows core's trace,
// bad cells and impossible setups are reported inline without losing anything, the practice
// check marks cells, and the page's state survives a save / restore round trip.
#include "convolution/convolutionpage.h"
#include "convolution/convcontrols.h"
#include "convolution/featuremapview.h"
#include "convolution/imagelab.h"
#include "convolution/matrixeditor.h"
#include "convolution/numbergrid.h"
#include "convolution/practicelab.h"
#include "convolution/steplab.h"
#include "convolution/stepview.h"
#include "convolution/tensoreditor.h"
#include "convolution/transportbar.h"

#include "core/conv/convolution.h"
#include "core/conv/filterimage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QtTest>

using namespace gs;
using namespace gs::ui;

class ConvolutionPageTest : public QObject {
  Q_OBJECT

private:
  /// core's answer for what the step tab currently shows.
  static ConvResult expected(StepLab* lab) {
    return convolve(lab->inputEditor()->tensor(), lab->kernelEditor()->tensor(),
                    lab->kernelEditor()->bias(), lab->convControls()->spec(), true);
  }
  static QString eq(const TraceStep& step) { return QString::fromStdString(traceEquation(step)); }

private slots:
  void courseExampleShowsTheNotesEquation() {
    ConvolutionPage page;
    StepLab* lab = page.stepLab();
    lab->loadPreset(0);
    // The course notes' worked example, written there as
    // (-1)x1+0x0+1x2+(-1)x5+0x4+1x2+(-1)x3+0x4+1x5+1=1.
    QCOMPARE(
        lab->view()->equation(),
        QStringLiteral("(-1)×1 + 0×0 + 1×2 + (-1)×5 + 0×4 + 1×2 + (-1)×3 + 0×4 + 1×5 + 1 = 1"));
    auto* out = lab->view()->findChild<NumberGrid*>("outputGrid");
    QVERIFY(out);
    // valid 5×5 with 3×3: ⌊(5 − 3) / 1⌋ + 1 = 3 per axis.
    QCOMPARE(out->rows(), 3);
    QCOMPARE(out->cols(), 3);
    QCOMPARE(out->cellText(0, 0), QStringLiteral("1"));
    QVERIFY(out->cellStyle(0, 0) & NumberGrid::Current);
    QCOMPARE(out->cellText(0, 1), QString()); // not computed yet: blank
    QCOMPARE(out->cellText(2, 2), QString());
    auto* formula = lab->findChild<QLabel*>("formulaLabel");
    QVERIFY(formula->text().contains(QStringLiteral("Ho = ⌊(5 + 0 + 0 − 3) / 1⌋ + 1 = 3")));
    // 1 kernel of 1×3×3 plus its bias; 9 outputs × 9 multiply-adds.
    auto* cost = lab->findChild<QLabel*>("costLabel");
    QVERIFY(cost->text().contains(QStringLiteral("= 10;")));
    QVERIFY(cost->text().contains(QStringLiteral("= 81;")));
    QVERIFY(cost->text().endsWith(QStringLiteral("= 162")));
  }

  void stepsFollowCoreTrace() {
    ConvolutionPage page;
    page.show();
    StepLab* lab = page.stepLab();
    lab->loadPreset(0);
    const ConvResult truth = expected(lab);
    QCOMPARE(static_cast<int>(truth.trace.size()), 9);
    auto* next = lab->findChild<QPushButton*>("nextButton");
    auto* out = lab->view()->findChild<NumberGrid*>("outputGrid");
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(lab->transport()->index(), 1);
    QCOMPARE(lab->view()->equation(), eq(truth.trace[1]));
    QCOMPARE(out->cellText(0, 0), QString::fromStdString(formatNumber(truth.output[0])));
    QCOMPARE(out->cellText(0, 1), QString::fromStdString(formatNumber(truth.output[1])));
    QCOMPARE(out->cellText(0, 2), QString());

    QTest::mouseClick(lab->findChild<QPushButton*>("lastButton"), Qt::LeftButton);
    QCOMPARE(lab->transport()->index(), 8);
    QCOMPARE(lab->view()->equation(), eq(truth.trace[8]));
    for (int k = 0; k < 9; ++k)
      QCOMPARE(out->cellText(k / 3, k % 3),
               QString::fromStdString(formatNumber(truth.output[static_cast<std::size_t>(k)])));

    QTest::mouseClick(lab->findChild<QPushButton*>("firstButton"), Qt::LeftButton);
    QCOMPARE(lab->transport()->index(), 0);

    // Keys go to the step view: → ← End Home.
    QTest::keyClick(lab->view(), Qt::Key_Right);
    QTest::keyClick(lab->view(), Qt::Key_Right);
    QCOMPARE(lab->transport()->index(), 2);
    QCOMPARE(lab->view()->equation(), eq(truth.trace[2]));
    QTest::keyClick(lab->view(), Qt::Key_Left);
    QCOMPARE(lab->transport()->index(), 1);
    QTest::keyClick(lab->view(), Qt::Key_End);
    QCOMPARE(lab->transport()->index(), 8);
    QTest::keyClick(lab->view(), Qt::Key_Home);
    QCOMPARE(lab->transport()->index(), 0);
    QTest::keyClick(lab->view(), Qt::Key_Space);
    QVERIFY(lab->transport()->playing());
    QTest::keyClick(lab->view(), Qt::Key_Space);
    QVERIFY(!lab->transport()->playing());
  }

  void strideAndChannelsMatchCore() {
    ConvolutionPage page;
    StepLab* lab = page.stepLab();
    lab->loadPreset(1); // 5×5, 3×3, stride 2: ⌊(5 − 3) / 2⌋ + 1 = 2
    auto* out = lab->view()->findChild<NumberGrid*>("outputGrid");
    QCOMPARE(out->rows(), 2);
    QCOMPARE(out->cols(), 2);
    lab->loadPreset(2); // 3 channels, 2 kernels: two output planes, per-channel partial sums
    const ConvResult truth = expected(lab);
    QCOMPARE(static_cast<int>(truth.trace.size()), 8);
    lab->transport()->setIndex(5); // kernel 2, row 1, column 2
    QCOMPARE(lab->view()->equation(), eq(truth.trace[5]));
    auto* second = lab->view()->findChild<NumberGrid*>("outputGrid2");
    QVERIFY(second);
    QCOMPARE(second->cellText(0, 1), QString::fromStdString(formatNumber(truth.output[5])));
    const QString partials = lab->findChild<QLabel*>("partialSumsLabel")->text();
    for (double s : truth.trace[5].channelSums)
      QVERIFY(partials.contains(QString::fromStdString(formatNumber(s))));
  }

  void poolingMarksTheChosenCell() {
    ConvolutionPage page;
    StepLab* lab = page.stepLab();
    lab->loadPreset(3); // max pooling 2×2 stride 2 of [[1,3,2,1],[4,6,5,0],[3,1,1,2],[0,2,7,4]]
    QCOMPARE(lab->view()->equation(), QStringLiteral("max(1, 3, 4, 6) = 6"));
    NumberGrid* in = lab->view()->inputGrid(0);
    QVERIFY(in->cellStyle(1, 1) & NumberGrid::Chosen); // the 6
    QVERIFY(!(in->cellStyle(0, 0) & NumberGrid::Chosen));
    lab->transport()->last(); // window [[1,2],[7,4]] → 7 at input row 3, column 2
    QCOMPARE(lab->view()->equation(), QStringLiteral("max(1, 2, 7, 4) = 7"));
    QVERIFY(in->cellStyle(3, 2) & NumberGrid::Chosen);
  }

  void letterInCellKeepsTheLastValue() {
    ConvolutionPage page;
    StepLab* lab = page.stepLab();
    lab->loadPreset(0);
    const Tensor before = lab->inputEditor()->tensor();
    const QString equation = lab->view()->equation();
    MatrixEditor* editor = lab->inputEditor()->editor(0, 0);
    editor->table()->item(1, 2)->setText(QStringLiteral("x"));
    QVERIFY(editor->message().contains(QStringLiteral("row 2, column 3")));
    QVERIFY(editor->message().contains(QStringLiteral("“x”")));
    QCOMPARE(editor->table()->item(1, 2)->text(), QStringLiteral("x")); // what was typed stays
    QCOMPARE(lab->inputEditor()->tensor(), before);                     // the value in use too
    QCOMPARE(lab->view()->equation(), equation);
    editor->table()->item(1, 2)->setText(QString());
    QVERIFY(editor->message().contains(QStringLiteral("is empty")));
    QCOMPARE(lab->inputEditor()->tensor(), before);
    editor->table()->item(1, 2)->setText(QStringLiteral("7"));
    QVERIFY(editor->message().isEmpty());
    QCOMPARE(lab->inputEditor()->tensor()[7], 7.0f);
  }

  void shrinkingAndGrowingKeepsWhatWasTyped() {
    ConvolutionPage page;
    StepLab* lab = page.stepLab();
    lab->loadPreset(0);
    const Tensor before = lab->inputEditor()->tensor();
    MatrixEditor* editor = lab->inputEditor()->editor(0, 0);
    editor->table()->item(4, 4)->setText(QStringLiteral("x")); // a typo: 5 stays in force
    auto* rows = page.findChild<QSpinBox*>("inputRowsSpin");
    auto* cols = page.findChild<QSpinBox*>("inputColsSpin");
    rows->setValue(3);
    cols->setValue(2);
    QCOMPARE(lab->inputEditor()->tensor().dim(1), 3);
    QVERIFY(editor->message().isEmpty()); // the typo is out of sight
    rows->setValue(4);
    // row 4 comes back as it was: [2, 1] of the course input's fourth row
    QCOMPARE(editor->values()[6], 2.0);
    QCOMPARE(editor->values()[7], 1.0);
    rows->setValue(5);
    cols->setValue(5);
    QCOMPARE(lab->inputEditor()->tensor(), before);
    QCOMPARE(editor->table()->item(4, 4)->text(), QStringLiteral("x"));
    QVERIFY(editor->message().contains(QStringLiteral("row 5, column 5")));
    // beyond anything typed the new cells are 0; Clear forgets the cut-off cells
    cols->setValue(6);
    QCOMPARE(editor->values()[5], 0.0);
    cols->setValue(3);
    page.findChild<QPushButton*>("inputClearButton")->click();
    cols->setValue(5);
    for (double v : editor->values())
      QCOMPARE(v, 0.0);
  }

  void kernelTooLargeShowsMessageAndNoOutput() {
    ConvolutionPage page;
    page.show();
    StepLab* lab = page.stepLab();
    lab->loadPreset(0);
    const Tensor input = lab->inputEditor()->tensor();
    page.findChild<QSpinBox*>("kernelRowsSpin")->setValue(7);
    page.findChild<QSpinBox*>("kernelColsSpin")->setValue(7);
    QVERIFY2(lab->errorText().contains(QStringLiteral("is larger than")),
             qPrintable(lab->errorText()));
    QVERIFY(lab->view()->isHidden());
    QVERIFY(!lab->view()->findChild<NumberGrid*>("outputGrid"));
    QCOMPARE(lab->transport()->count(), 0);
    QCOMPARE(lab->inputEditor()->tensor(), input);
    // The kernel's own cells are kept, the new ones are 0.
    QCOMPARE(lab->kernelEditor()->editor(0, 0)->values()[0], -1.0);
    QCOMPARE(lab->kernelEditor()->editor(0, 0)->values()[2], 1.0);
    // Same mode pads enough: the output is back.
    auto* mode = page.findChild<QComboBox*>("modeCombo");
    mode->setCurrentIndex(1);
    QVERIFY(lab->errorText().isEmpty());
    QVERIFY(lab->view()->findChild<NumberGrid*>("outputGrid"));
  }

  void channelMismatchIsReported() {
    ConvolutionPage page;
    StepLab* lab = page.stepLab();
    lab->loadPreset(0);
    page.findChild<QSpinBox*>("kernelChannelsSpin")->setValue(2);
    QVERIFY(lab->errorText().contains(QStringLiteral("channel")));
    QCOMPARE(lab->transport()->count(), 0);
  }

  void practiceCheckMarksCells() {
    ConvolutionPage page;
    PracticeLab* practice = page.practiceLab();
    practice->generate(5);
    MatrixEditor* answer = practice->answerEditor();
    const Tensor& truth = practice->solution();
    const int Ho = answer->rows(), Wo = answer->cols();
    QCOMPARE(static_cast<std::size_t>(Ho * Wo), truth.size());
    for (int i = 0; i < Ho; ++i)
      for (int j = 0; j < Wo; ++j)
        answer->table()->item(i, j)->setText(
            QString::fromStdString(formatNumber(truth[static_cast<std::size_t>(i * Wo + j)])));
    QTest::mouseClick(page.findChild<QPushButton*>("checkButton"), Qt::LeftButton);
    for (int i = 0; i < Ho; ++i)
      for (int j = 0; j < Wo; ++j)
        QCOMPARE(answer->mark(i, j), MatrixEditor::Mark::Right);
    QVERIFY(practice->resultText().contains(QString::number(Ho * Wo)));

    answer->table()->item(0, 0)->setText(QString::fromStdString(formatNumber(truth[0] + 1)));
    QCOMPARE(practice->check(), Ho * Wo - 1);
    QCOMPARE(answer->mark(0, 0), MatrixEditor::Mark::Wrong);
    if (Wo > 1)
      QCOMPARE(answer->mark(0, 1), MatrixEditor::Mark::Right);
    QVERIFY(practice->resultText().startsWith(QString::number(Ho * Wo - 1)));

    // An empty cell counts as wrong.
    answer->table()->item(0, 0)->setText(QString());
    QCOMPARE(practice->check(), Ho * Wo - 1);
    QCOMPARE(answer->mark(0, 0), MatrixEditor::Mark::Wrong);
  }

  void practiceIsSeededAndSolutionSteps() {
    PracticeLab a, b;
    a.generate(42);
    b.generate(42);
    QCOMPARE(a.solution(), b.solution());
    a.showSolution(true);
    auto* view = a.findChild<StepView*>("solutionView");
    QVERIFY(view);
    QCOMPARE(view->stepCount(), static_cast<int>(a.solution().size()));
    QTest::mouseClick(a.findChild<QPushButton*>("nextButton"), Qt::LeftButton);
    QCOMPARE(view->step(), 1);
  }

  void imageModeFiltersAndRejectsBadFiles() {
    ConvolutionPage page;
    ImageLab* image = page.imageLab();
    QCOMPARE(image->image().dim(0), 256); // the bundled 256×256 picture
    image->selectKernel(4);               // Sobel x
    const Tensor kernel({3, 3}, std::vector<float>{-1, 0, 1, -2, 0, 2, -1, 0, 1});
    QCOMPARE(image->output(), filterImage(image->image(), kernel, false));
    // Editing a kernel cell recomputes at once and makes the kernel "custom".
    image->kernelEditor()->table()->item(1, 1)->setText(QStringLiteral("1"));
    QCOMPARE(image->output(),
             filterImage(image->image(),
                         Tensor({3, 3}, std::vector<float>{-1, 0, 1, -2, 1, 2, -1, 0, 1}), false));

    QTemporaryFile junk(QDir::tempPath() + QStringLiteral("/junkXXXXXX.png"));
    QVERIFY(junk.open());
    junk.write("not a picture");
    junk.close();
    const Tensor before = image->image();
    QVERIFY(!image->openImage(junk.fileName()));
    QVERIFY(image->message().contains(QFileInfo(junk.fileName()).fileName()));
    QCOMPARE(image->image(), before);
  }

  void stateRoundTrip() {
    ConvolutionPage page;
    StepLab* lab = page.stepLab();
    lab->loadPreset(2);
    page.findChild<QCheckBox*>("flipCheck")->setChecked(true);
    lab->transport()->setIndex(3);
    page.practiceLab()->generate(17);
    page.imageLab()->selectKernel(6);
    page.tabs()->setCurrentIndex(2);
    const QJsonObject saved = page.saveState();

    ConvolutionPage restored;
    restored.restoreState(saved);
    QCOMPARE(restored.saveState(), saved);
    QCOMPARE(restored.tabs()->currentIndex(), 2);
    QCOMPARE(restored.stepLab()->transport()->index(), 3);
    QCOMPARE(restored.stepLab()->view()->equation(), lab->view()->equation());
    QCOMPARE(restored.practiceLab()->solution(), page.practiceLab()->solution());
  }
};

QTEST_MAIN(ConvolutionPageTest)
#include "convolutionpagetest.moc"
