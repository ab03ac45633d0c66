// The printable worked solution of the Convolution page (issue 8): a hand-checked 3×3 case with
// every window's multiply-add and the output, padding, several channels and pooling written
// as core's trace says, the PDF (with Chinese text), and a clear message when the folder is
// missing.
#include "convolution/convworksheet.h"
#include "common/worksheet.h"
#include "convolution/convcontrols.h"
#include "convolution/convolutionpage.h"
#include "convolution/practicelab.h"
#include "convolution/steplab.h"
#include "convolution/stepview.h"
#include "convolution/tensoreditor.h"

#include "core/conv/convolution.h"

#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace gs;
using namespace gs::ui;

namespace {
QString readAll(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return {};
  return QString::fromUtf8(file.readAll());
}

/// The numbers of the matrix cells of `html`, in document order.
QStringList cellsIn(const QString& html) {
  QStringList cells;
  const QRegularExpression cell(QStringLiteral("<td align=\"right\"[^>]*>(?:<[^>]+>)*([^<]*)<"));
  auto it = cell.globalMatch(html);
  while (it.hasNext())
    cells << it.next().captured(1);
  return cells;
}

/// The numbers of the matrix cells after the first `from`.
QStringList cellsAfter(const QString& html, const QString& from) {
  return cellsIn(html.mid(html.indexOf(from)));
}

/// Sets the step tab to `input` (one channel), one kernel and `spec`.
void setUp(StepLab* lab, int rows, int cols, const std::vector<double>& input, int k,
           const std::vector<double>& kernel, double bias, const ConvSpec& spec) {
  lab->inputEditor()->setTensor(1, 1, rows, cols, input);
  lab->kernelEditor()->setTensor(1, 1, k, k, kernel, {bias});
  lab->convControls()->setSpec(spec);
}
} // namespace

class ConvWorksheetTest : public QObject {
  Q_OBJECT

private slots:
  void handCheckedValidCase() {
    ConvolutionPage page;
    StepLab* lab = page.stepLab();
    // input [[1,2,3],[4,5,6],[7,8,9]], kernel [[2,0],[1,-1]], bias 0, valid, stride 1:
    // out = ⌊(3 + 0 + 0 − 2) / 1⌋ + 1 = 2 per axis, and by hand
    //   (1,1): 2×1 + 0×2 + 1×4 + (-1)×5 = 1      (1,2): 2×2 + 0×3 + 1×5 + (-1)×6 = 3
    //   (2,1): 2×4 + 0×5 + 1×7 + (-1)×8 = 7      (2,2): 2×5 + 0×6 + 1×8 + (-1)×9 = 9
    setUp(lab, 3, 3, {1, 2, 3, 4, 5, 6, 7, 8, 9}, 2, {2, 0, 1, -1}, 0, ConvSpec{});
    QVERIFY(lab->errorText().isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("solution.html"));
    QVERIFY(lab->exportWorkedSolution(path));
    QVERIFY(lab->exportMessage().contains(path));
    const QString html = readAll(path);
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("Ho = ⌊(3 + 0 + 0 − 2) / 1⌋ + 1 = 2")));
    QVERIFY(html.contains(QStringLiteral("Wo = ⌊(3 + 0 + 0 − 2) / 1⌋ + 1 = 2")));
    QVERIFY(html.contains(QStringLiteral("mode valid")));
    QVERIFY(html.contains(QStringLiteral("No padding")));
    const QStringList equations = {QStringLiteral("2×1 + 0×2 + 1×4 + (-1)×5 = 1"),
                                   QStringLiteral("2×2 + 0×3 + 1×5 + (-1)×6 = 3"),
                                   QStringLiteral("2×4 + 0×5 + 1×7 + (-1)×8 = 7"),
                                   QStringLiteral("2×5 + 0×6 + 1×8 + (-1)×9 = 9")};
    const QStringList where = {QStringLiteral("row 1, column 1"), QStringLiteral("row 1, column 2"),
                               QStringLiteral("row 2, column 1"),
                               QStringLiteral("row 2, column 2")};
    const QStringList windows = {QStringLiteral("1 2 4 5"), QStringLiteral("2 3 5 6"),
                                 QStringLiteral("4 5 7 8"), QStringLiteral("5 6 8 9")};
    int previous = -1;
    for (int k = 0; k < 4; ++k) {
      const int at = html.indexOf(equations[k]);
      QVERIFY2(at > previous, qPrintable(equations[k])); // present, in output order
      // the window drawn before its equation: the 2×2 cells under the kernel
      const int header = html.lastIndexOf(QStringLiteral("Kernel 1, ") + where[k], at);
      QVERIFY(header > previous);
      QCOMPARE(cellsIn(html.mid(header, at - header)).join(' '), windows[k]);
      previous = at;
    }
    // the answer: [[1, 3], [7, 9]]
    QCOMPARE(cellsAfter(html, QStringLiteral("<h2>Answer</h2>")).join(' '),
             QStringLiteral("1 3 7 9"));
    // the problem: input and kernel as entered
    QCOMPARE(cellsAfter(html, QStringLiteral("Input channel 1</b>")).mid(0, 9).join(' '),
             QStringLiteral("1 2 3 4 5 6 7 8 9"));
    QCOMPARE(cellsAfter(html, QStringLiteral("Kernel 1, channel 1</b>")).mid(0, 4).join(' '),
             QStringLiteral("2 0 1 -1"));
  }

  void samePaddingAndFlipAreWrittenOut() {
    ConvolutionPage page;
    StepLab* lab = page.stepLab();
    ConvSpec spec;
    spec.padding = PaddingSpec::same();
    spec.flip = true;
    // same with a 3×3 kernel on 3×3: one zero on each side, a 5×5 padded input with
    // 25 − 9 = 16 padding cells; ⌊(3 + 1 + 1 − 3) / 1⌋ + 1 = 3.
    setUp(lab, 3, 3, {1, 2, 3, 4, 5, 6, 7, 8, 9}, 3, {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1, spec);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("same.html"));
    QVERIFY(lab->exportWorkedSolution(path));
    const QString html = readAll(path);
    QVERIFY(html.contains(QStringLiteral("Ho = ⌊(3 + 1 + 1 − 3) / 1⌋ + 1 = 3")));
    QVERIFY(html.contains(QStringLiteral("mode same (padding top 1, bottom 1, left 1, right 1)")));
    const int padded = html.indexOf(QStringLiteral("Input channel 1, padded (5×5)"));
    QVERIFY(padded > 0);
    const QString paddedTable =
        html.mid(padded, html.indexOf(QStringLiteral("</table>"), padded) - padded);
    QCOMPARE(paddedTable.count(QStringLiteral("#eeeeee")), 16);
    // rotated kernel shown beside the kernel; the equations are core's (flip applied)
    QVERIFY(html.contains(QStringLiteral("Kernel 1, channel 1, rotated 180°")));
    const ConvResult truth = convolve(lab->inputEditor()->tensor(), lab->kernelEditor()->tensor(),
                                      lab->kernelEditor()->bias(), spec, true);
    QCOMPARE(truth.trace.size(), std::size_t{9});
    for (const TraceStep& s : truth.trace)
      QVERIFY(html.contains(QString::fromStdString(traceEquation(s))));
    // the centre cell, flipped: 9×1 + 8×2 + … + 1×9 + 1 = 165 + 1 = 166
    QVERIFY(html.contains(
        QStringLiteral("9×1 + 8×2 + 7×3 + 6×4 + 5×5 + 4×6 + 3×7 + 2×8 + 1×9 + 1 = 166")));
  }

  void channelsAndPoolingFollowCoreTrace() {
    ConvolutionPage page;
    StepLab* lab = page.stepLab();
    lab->loadPreset(2); // 3 channels, 2 kernels
    QTemporaryDir dir;
    QVERIFY(lab->exportWorkedSolution(dir.filePath(QStringLiteral("rgb.html"))));
    QString html = readAll(dir.filePath(QStringLiteral("rgb.html")));
    const ConvResult truth =
        convolve(lab->inputEditor()->tensor(), lab->kernelEditor()->tensor(),
                 lab->kernelEditor()->bias(), lab->convControls()->spec(), true);
    QCOMPARE(truth.trace.size(), std::size_t{8});
    for (const TraceStep& s : truth.trace) {
      QVERIFY(html.contains(QString::fromStdString(traceEquation(s))));
      QStringList parts;
      for (std::size_t c = 0; c < s.channelSums.size(); ++c)
        parts << QStringLiteral("channel %1: %2")
                     .arg(c + 1)
                     .arg(QString::fromStdString(formatNumber(s.channelSums[c])));
      QVERIFY2(html.contains(QStringLiteral("Per-channel partial sums: ") +
                             parts.join(QStringLiteral(" + "))),
               qPrintable(parts.join(' ')));
    }
    QVERIFY(html.contains(QStringLiteral("Output of kernel 2 (2×2)")));

    lab->loadPreset(3); // max pooling 2×2 stride 2 of [[1,3,2,1],[4,6,5,0],[3,1,1,2],[0,2,7,4]]
    QVERIFY(lab->exportWorkedSolution(dir.filePath(QStringLiteral("pool.html"))));
    html = readAll(dir.filePath(QStringLiteral("pool.html")));
    for (const char* e : {"max(1, 3, 4, 6) = 6", "max(2, 1, 5, 0) = 5", "max(3, 1, 0, 2) = 3",
                          "max(1, 2, 7, 4) = 7"})
      QVERIFY2(html.contains(QString::fromUtf8(e)), e);
    QCOMPARE(cellsAfter(html, QStringLiteral("<h2>Answer</h2>")).join(' '),
             QStringLiteral("6 5 3 7"));
  }

  void practiceExerciseExports() {
    PracticeLab practice;
    practice.generate(7);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exercise.html"));
    QVERIFY(practice.exportWorkedSolution(path));
    const QString html = readAll(path);
    const QString problem = practice.findChild<QLabel*>("problemLabel")->text();
    QVERIFY(html.contains(problem.toHtmlEscaped()));
    const StepScene& scene = practice.findChild<StepView*>("solutionView")->scene();
    QCOMPARE(scene.convTrace.size(), practice.solution().size());
    for (const TraceStep& s : scene.convTrace)
      QVERIFY(html.contains(QString::fromStdString(traceEquation(s))));
    QStringList answer;
    for (float v : practice.solution().values())
      answer << QString::fromStdString(formatNumber(v));
    QCOMPARE(cellsAfter(html, QStringLiteral("<h2>Answer</h2>")).join(' '), answer.join(' '));
  }

  void pdfIsWrittenWithChinese() {
    ConvolutionPage page;
    StepLab* lab = page.stepLab();
    lab->loadPreset(0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("solution.pdf"));
    QVERIFY(lab->exportWorkedSolution(path));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    // the course example: 9 windows with their equations and matrices, well over a page of text
    QVERIFY2(bytes.size() > 20000, QByteArray::number(bytes.size()).constData());

    // Chinese text gets a CJK font embedded (fonts-noto-cjk), not empty boxes
    Worksheet sheet(QStringLiteral("卷积的解答"));
    sheet.addParagraph(QStringLiteral("输出尺寸：⌊(n + 2p − k) / s⌋ + 1；特征图"));
    const QString chinese = dir.filePath(QStringLiteral("chinese.pdf"));
    QString error;
    QVERIFY2(sheet.savePdf(chinese, &error), qPrintable(error));
    QFile zh(chinese);
    QVERIFY(zh.open(QIODevice::ReadOnly));
    QVERIFY(zh.readAll().contains("CJK"));
  }

  void missingFolderSaysWhy() {
    ConvolutionPage page;
    StepLab* lab = page.stepLab();
    lab->loadPreset(0);
    // /proc refuses new files even for root
    for (const QString& path : {QStringLiteral("/proc/gradscope-test/x.html"),
                                QStringLiteral("/proc/gradscope-test/x.pdf")}) {
      QVERIFY(!lab->exportWorkedSolution(path));
      QVERIFY2(lab->exportMessage().startsWith(QStringLiteral("Cannot write “") + path + "”"),
               qPrintable(lab->exportMessage()));
      QVERIFY(lab->exportMessage().contains(
          QStringLiteral("the folder /proc/gradscope-test does not exist")));
      QVERIFY(!QFile::exists(path));
    }
    QVERIFY(!lab->exportWorkedSolution(QStringLiteral("/proc/x.html"))); // folder exists
    QVERIFY(lab->exportMessage().startsWith(QStringLiteral("Cannot write “/proc/x.html”: ")));
    QVERIFY(lab->exportMessage().length() >
            QStringLiteral("Cannot write “/proc/x.html”: ").length());
    PracticeLab practice;
    QVERIFY(!practice.exportWorkedSolution(QStringLiteral("/proc/gradscope-test/x.html")));
    QVERIFY(practice.exportMessage().contains(QStringLiteral("does not exist")));
  }

  void nothingToExportWithoutOutput() {
    ConvolutionPage page;
    StepLab* lab = page.stepLab();
    // a 3×3 kernel on a 2×2 input in valid mode has no output
    setUp(lab, 2, 2, {1, 2, 3, 4}, 3, {1, 1, 1, 1, 1, 1, 1, 1, 1}, 0, ConvSpec{});
    QVERIFY(!lab->errorText().isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.html"));
    QVERIFY(!lab->exportWorkedSolution(path));
    QVERIFY(lab->exportMessage().contains(QStringLiteral("no output")));
    QVERIFY(!QFile::exists(path));
  }
};

QTEST_MAIN(ConvWorksheetTest)
#include "convworksheettest.moc"
