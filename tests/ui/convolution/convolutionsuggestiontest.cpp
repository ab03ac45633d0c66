// The Convolution page's "try this" links (issue 8): every link of the help text has a handler
// that sets the page up as the link promises, in one call of applySuggestion. The names are
// read from helpHtml(), so a link without a check here (or a check without a link) fails.
#include "common/suggestions.h"
#include "convolution/convcontrols.h"
#include "convolution/convolutionpage.h"
#include "convolution/imagelab.h"
#include "convolution/numbergrid.h"
#include "convolution/practicelab.h"
#include "convolution/steplab.h"
#include "convolution/stepview.h"
#include "convolution/tensoreditor.h"

#include "core/conv/filterimage.h"

#include <QLabel>
#include <QSet>
#include <QTabWidget>
#include <QtTest>
#include <functional>

using namespace gs;
using namespace gs::ui;

class ConvolutionSuggestionTest : public QObject {
  Q_OBJECT

private slots:
  void everyLinkSetsThePageUp() {
    // what each suggestion promises, checked on a page that was elsewhere before
    const QMap<QString, std::function<void(ConvolutionPage&)>> checks = {
        {"full",
         [](ConvolutionPage& page) {
           StepLab* lab = page.stepLab();
           QCOMPARE(page.tabs()->currentWidget(), lab);
           QCOMPARE(lab->convControls()->spec().padding.mode, PadMode::Full);
           QCOMPARE(lab->inputEditor()->rows(), 5); // the course notes' 5×5 input
           // full: 3 − 1 = 2 zeros each side, ⌊(5 + 2 + 2 − 3) / 1⌋ + 1 = 7
           NumberGrid* out = lab->view()->outputGrid(0);
           QCOMPARE(out->rows(), 7);
           QCOMPARE(out->cols(), 7);
           // the first window holds only the corner input 1 under the kernel's last weight 1
           QVERIFY2(lab->view()->equation().endsWith(QStringLiteral("1×1 + 1 = 2")),
                    qPrintable(lab->view()->equation()));
         }},
        {"stride-2",
         [](ConvolutionPage& page) {
           StepLab* lab = page.stepLab();
           QCOMPARE(page.tabs()->currentWidget(), lab);
           QCOMPARE(lab->convControls()->spec().strideH, 2);
           QCOMPARE(lab->convControls()->spec().strideW, 2);
           QCOMPARE(lab->view()->outputGrid(0)->rows(), 2); // ⌊(5 − 3) / 2⌋ + 1
         }},
        {"two-channels",
         [](ConvolutionPage& page) {
           StepLab* lab = page.stepLab();
           QCOMPARE(page.tabs()->currentWidget(), lab);
           QVERIFY(!lab->pooling());
           QCOMPARE(lab->inputEditor()->planes(), 2);
           QCOMPARE(lab->kernelEditor()->planes(), 2);
           // channel 1 [[1,2],[0,1]] · [[1,0],[0,1]] = 2, channel 2 [[0,1],[2,0]] ·
           // [[0,-1],[1,0]] = 1: together 3
           QCOMPARE(lab->view()->equation(),
                    QStringLiteral("1×1 + 0×2 + 0×0 + 1×1 + 0×0 + (-1)×1 + 1×2 + 0×0 = 3"));
           QVERIFY(lab->findChild<QLabel*>("partialSumsLabel")
                       ->text()
                       .contains(QStringLiteral("channel 1: 2 + channel 2: 1")));
         }},
        {"edges",
         [](ConvolutionPage& page) {
           ImageLab* image = page.imageLab();
           QCOMPARE(page.tabs()->currentWidget(), image);
           const Tensor laplacian({3, 3}, std::vector<float>{0, 1, 0, 1, -4, 1, 0, 1, 0});
           QCOMPARE(image->output(), filterImage(image->image(), laplacian, false));
         }},
        {"practice",
         [](ConvolutionPage& page) {
           QCOMPARE(page.tabs()->currentWidget(), page.practiceLab());
           QCOMPARE(page.practiceLab()->seed(), 2); // the exercise after number 1
         }},
    };

    const QSet<QString> linked = gs::ui::suggestionNames(ConvolutionPage().helpHtml());
    QVERIFY(linked.size() >= 3 && linked.size() <= 5);
    for (const QString& name : checks.keys())
      QVERIFY2(linked.contains(name), qPrintable(name + " has no link in the help text"));
    for (const QString& name : linked) {
      QVERIFY2(checks.contains(name), qPrintable(name + " is linked but not checked"));
      ConvolutionPage page;
      // start somewhere else: pooling on the step tab, identity kernel on the image tab,
      // exercise 1, the image tab showing
      page.stepLab()->loadPreset(3);
      page.imageLab()->selectKernel(0);
      page.practiceLab()->generate(1);
      page.tabs()->setCurrentWidget(name == "edges" ? static_cast<QWidget*>(page.stepLab())
                                                    : page.imageLab());
      page.applySuggestion(name);
      checks.value(name)(page);
      if (QTest::currentTestFailed())
        QFAIL(qPrintable("suggestion " + name));
    }
  }
};

QTEST_MAIN(ConvolutionSuggestionTest)
#include "convolutionsuggestiontest.moc"
