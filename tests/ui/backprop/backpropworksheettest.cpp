// The printable worked solution of the Backprop page's Network tab (issue 8): every phase of the
// iteration with core's notation and numbers, Mazur's known results in the answer, the PDF, and
// a clear message when the folder is missing.
#include "backprop/backproppage.h"
#include "backprop/networkpanel.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace gs::ui;

namespace {
QString readAll(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return {};
  return QString::fromUtf8(file.readAll());
}
} // namespace

class BackpropWorksheetTest : public QObject {
  Q_OBJECT

private slots:
  void everyPhaseOfMazursExample() {
    BackpropPage page;
    NetworkPanel* panel = page.networkPanel();
    // the page starts on Matt Mazur's 2-2-2 example (the Network tab's default)
    QCOMPARE(panel->net().params(2).w(0, 0), 0.40);
    QCOMPARE(panel->phaseCount(), 11);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backprop.html"));
    QVERIFY(panel->exportWorkedSolution(path));
    QVERIFY(panel->exportMessage().contains(path));
    const QString html = readAll(path);
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    // every phase in order: its title, the equation in notation, the equation with numbers
    int previous = -1;
    for (int p = 0; p < panel->phaseCount(); ++p) {
      const gs::backprop::Phase& phase = panel->iteration().phases[static_cast<std::size_t>(p)];
      const QString title = QStringLiteral("Step %1 of 11: %2")
                                .arg(p + 1)
                                .arg(NetworkPanel::phaseTitle(phase))
                                .toHtmlEscaped();
      const int at = html.indexOf(title);
      QVERIFY2(at > previous, qPrintable(title));
      const int notation = html.indexOf(QString::fromStdString(phase.notation).toHtmlEscaped(), at);
      const int numbers = html.indexOf(
          QString::fromStdString(phase.numbers).toHtmlEscaped().replace('\n', "<br>"), at);
      QVERIFY2(notation > at && numbers > notation, qPrintable(title));
      previous = numbers;
    }
    // the section headings: forward, loss, errors, gradients, update
    for (const char* heading :
         {"<h2>Forward pass</h2>", "<h2>Loss</h2>", "<h2>Backward pass: the errors δ</h2>",
          "<h2>Gradients</h2>", "<h2>Update (gradient descent)</h2>", "<h2>Answer</h2>"})
      QVERIFY2(html.contains(QString::fromUtf8(heading)), heading);
    // numbers the article states, as the step view shows them (4 significant digits)
    QVERIFY(html.contains(QStringLiteral("a¹₁ = sigmoid(0.3775) = 0.5933")));     // out_h1
    QVERIFY(html.contains(QStringLiteral("∂C/∂W²₁₁ = 0.1385×0.5933 = 0.08217"))); // ∂E/∂w5
    QVERIFY(html.contains(QStringLiteral("W²₁₁: 0.4 − 0.5×0.08217 = 0.3589")));
    // and the answer to 9 digits: E_total = 0.298371109, w5⁺ = 0.35891648, w6⁺ = 0.408666186,
    // w1⁺ = 0.149780716 (Mazur, "A Step by Step Backpropagation Example")
    const QString answer = html.mid(html.indexOf(QStringLiteral("<h2>Answer</h2>")));
    QVERIFY(answer.contains(QStringLiteral("C = 0.298371109")));
    for (const char* w : {">0.35891648<", ">0.408666186<", ">0.149780716<"})
      QVERIFY2(answer.contains(QString::fromUtf8(w)), w);
    // the starting weights in the problem: W² = [.40 .45; .50 .55]
    const QString problem = html.left(html.indexOf(QStringLiteral("<h2>Forward pass</h2>")));
    for (const char* w : {">0.4<", ">0.45<", ">0.5<", ">0.55<", ">0.15<", ">0.35<"})
      QVERIFY2(problem.contains(QString::fromUtf8(w)), w);
    QVERIFY(problem.contains(QStringLiteral("Sample x = (0.05, 0.1), target y = (0.01, 0.99)")));
  }

  void secondIterationStartsFromTheUpdatedWeights() {
    BackpropPage page;
    NetworkPanel* panel = page.networkPanel();
    panel->nextSample();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("second.html"));
    QVERIFY(panel->exportWorkedSolution(path));
    const QString html = readAll(path);
    QVERIFY(html.contains(QStringLiteral("Iteration 2.")));
    // the starting W²₁₁ is the first iteration's result
    const QString problem = html.left(html.indexOf(QStringLiteral("<h2>Forward pass</h2>")));
    QVERIFY(problem.contains(QStringLiteral(">0.35891648<")));
    QVERIFY(!html.contains(QStringLiteral("C = 0.298371109")));
  }

  void pdfIsWritten() {
    BackpropPage page;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backprop.pdf"));
    QVERIFY(page.networkPanel()->exportWorkedSolution(path));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(bytes.size() > 20000, QByteArray::number(bytes.size()).constData());
    QVERIFY(page.findChild<QPushButton*>("exportSolutionButton"));
  }

  void missingFolderSaysWhy() {
    BackpropPage page;
    NetworkPanel* panel = page.networkPanel();
    // /proc refuses new files even for root
    QVERIFY(!panel->exportWorkedSolution(QStringLiteral("/proc/gradscope-test/x.html")));
    QVERIFY2(panel->exportMessage().startsWith(
                 QStringLiteral("Cannot write “/proc/gradscope-test/x.html”: the folder "
                                "/proc/gradscope-test does not exist")),
             qPrintable(panel->exportMessage()));
    QVERIFY(!panel->exportWorkedSolution(QStringLiteral("/proc/gradscope-test/x.pdf")));
    QVERIFY(panel->exportMessage().contains(QStringLiteral("does not exist")));
  }
};

QTEST_MAIN(BackpropWorksheetTest)
#include "backpropworksheettest.moc"
