// gradscope: the GUI entry point. Parses the command line and builds the main window.
//   --page ID            open this page (convolution, training, gradients, optimizers, backprop)
//   --lang en|zh_CN      language for this run (otherwise the saved choice or the system's)
//   --screenshot FILE    grab the window to PNG after --delay ms and quit
//   --train-steps N      train the Training page's set-up N steps first (for screenshots)
//   --measure-ui SECONDS the Training page's responsiveness benchmark (issue 4)
#include "ui/common/language.h"
#include "ui/mainwindow.h"
#ifdef GRADSCOPE_HAS_TRAINING
#include "ui/training/measureui.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
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
  parser.addOptions({pageOption, langOption, shotOption, delayOption, sizeOption});
#ifdef GRADSCOPE_HAS_TRAINING
  QCommandLineOption measureOption("measure-ui", "Training page responsiveness benchmark.",
                                   "seconds");
  QCommandLineOption trainStepsOption("train-steps", "Train N steps before the screenshot.", "n");
  parser.addOptions({measureOption, trainStepsOption});
#endif
  parser.process(app);

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
  window.show();
#ifdef GRADSCOPE_HAS_TRAINING
  if (parser.isSet(measureOption)) {
    window.showPage("training");
    return gs::ui::measureUi(window, parser.value(measureOption).toDouble());
  }
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
