// gradscope: the GUI entry point. Parses the command line and builds the main window.
//   --page ID            open this page (convolution, training, gradients, optimizers, backprop)
//   --lang en|zh_CN      language for this run (otherwise the saved choice or the system's)
//   --screenshot FILE    grab the window to PNG after --delay ms and quit
//   --page-state FILE    restore the page from a JSON state (as saved in a session)
//   --help-panel         show the help panel
//   --try NAME           apply the page's "try this" suggestion NAME (a try:NAME link of its help)
//   --train-steps N      train the Training page's set-up N steps first (for screenshots)
//   --measure-ui SECONDS responsiveness benchmark of the page given with --page: training (the
//                        default; LeNet-5, issue 4) or gradients (depth 100, issue 5)
#include "ui/common/language.h"
#include "ui/common/page.h"
#include "ui/common/suggestions.h"
#include "ui/mainwindow.h"
#ifdef GRADSCOPE_HAS_TRAINING
#include "ui/training/measureui.h"
#endif
#ifdef GRADSCOPE_HAS_GRADIENTS
#include "ui/gradients/measuregradients.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>
#include <cstdio>

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("Gradscope");
  QApplication::setApplicationName("Gradscope");
  QApplication::setApplicationVersion(GRADSCOPE_VERSION);

  QCommandLineParser parser;
  parser.setApplicationDescription("Gradscope: watch a neural network compute and learn");
  parser.addHelpOption();
  parser.addVersionOption();
  QCommandLineOption pageOption("page", "Open this page.", "id");
  QCommandLineOption langOption("lang", "Language: en or zh_CN.", "code");
  QCommandLineOption shotOption("screenshot", "Save the window as PNG and quit.", "file");
  QCommandLineOption delayOption("delay", "Milliseconds before the screenshot.", "ms", "1500");
  QCommandLineOption sizeOption("size", "Window size WIDTHxHEIGHT.", "size");
  QCommandLineOption stateOption("page-state", "Restore the page from a JSON state file.", "file");
  QCommandLineOption helpPanelOption("help-panel", "Show the help panel.");
  QCommandLineOption tryOption("try", "Apply the page's \"try this\" suggestion (try:NAME link).",
                               "name");
  parser.addOption(tryOption);
  parser.addOptions(
      {pageOption, langOption, shotOption, delayOption, sizeOption, stateOption, helpPanelOption});
  QCommandLineOption measureOption(
      "measure-ui",
      "Responsiveness benchmark of the --page given: training (default: LeNet-5 as fast as it "
      "can) or gradients (deep sigmoid net at depth 100). Prints p99_delay_ms=X "
      "refreshes_per_s=Y steps_per_s=Z and exits 0 when p99 < 50 ms and refreshes >= 10/s.",
      "seconds");
  parser.addOption(measureOption);
#ifdef GRADSCOPE_HAS_TRAINING
  QCommandLineOption trainStepsOption("train-steps", "Train N steps before the screenshot.", "n");
  parser.addOption(trainStepsOption);
#endif
  parser.process(app);
  const bool measuring = parser.isSet(measureOption);

  gs::ui::applyLanguage(parser.isSet(langOption) ? parser.value(langOption)
                                                 : gs::ui::preferredLanguage());

  gs::ui::MainWindow window;
  if (parser.isSet(sizeOption)) {
    const QStringList wh = parser.value(sizeOption).split('x');
    if (wh.size() == 2)
      window.resize(wh[0].toInt(), wh[1].toInt());
  }
  if (parser.isSet(pageOption) && !window.showPage(parser.value(pageOption))) {
    std::fprintf(stderr, "gradscope: no page '%s'\n", qPrintable(parser.value(pageOption)));
    return 2;
  }
  if (parser.isSet(stateOption)) {
    QFile file(parser.value(stateOption));
    const QJsonDocument doc =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()) : QJsonDocument();
    if (!doc.isObject() || !window.currentPage()) {
      std::fprintf(stderr, "gradscope: cannot use page state %s\n",
                   qPrintable(parser.value(stateOption)));
      return 2;
    }
    window.currentPage()->restoreState(doc.object());
  }
  if (parser.isSet(tryOption)) {
    const QString name = parser.value(tryOption);
    gs::ui::Page* page = window.currentPage();
    if (!page || !gs::ui::suggestionNames(page->helpHtml()).contains(name)) {
      std::fprintf(stderr, "gradscope: the page has no suggestion '%s' (its help's try: links)\n",
                   qPrintable(name));
      return 2;
    }
    page->applySuggestion(name);
  }
  if (parser.isSet(helpPanelOption))
    window.helpDock()->show();
  window.show();
  // After a crash or kill the autosave is still there: offer it back (not in screenshot runs).
  if (!parser.isSet(shotOption) && !measuring)
    QTimer::singleShot(0, &window, [&window] { window.offerAutosaveRestore(); });

  if (measuring) {
    const QString page = parser.isSet(pageOption) ? parser.value(pageOption) : "training";
    const double seconds = parser.value(measureOption).toDouble();
#ifdef GRADSCOPE_HAS_TRAINING
    if (page == "training") {
      window.showPage("training");
      return gs::ui::measureUi(window, seconds);
    }
#endif
#ifdef GRADSCOPE_HAS_GRADIENTS
    if (page == "gradients")
      return gs::ui::measureGradientsUi(window, seconds);
#endif
    std::fprintf(stderr, "gradscope: --measure-ui has no benchmark for page '%s'\n",
                 qPrintable(page));
    return 2;
  }
#ifdef GRADSCOPE_HAS_TRAINING
  if (parser.isSet(trainStepsOption) &&
      !gs::ui::trainSteps(window, parser.value(trainStepsOption).toLong()))
    std::fprintf(stderr, "gradscope: could not train %s steps\n",
                 qPrintable(parser.value(trainStepsOption)));
#endif
  if (parser.isSet(shotOption)) {
    const QString file = parser.value(shotOption);
    QTimer::singleShot(parser.value(delayOption).toInt(), &window, [&window, file] {
      const bool ok = window.grab().save(file);
      if (!ok)
        std::fprintf(stderr, "gradscope: cannot write %s\n", qPrintable(file));
      QApplication::exit(ok ? 0 : 1);
    });
  }
  return app.exec();
}
