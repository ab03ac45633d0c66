#include "plotexport.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QTextStream>
#include <qcustomplot.h>

namespace gs::ui {

QString csvField(const QString& text) {
  if (!text.contains(',') && !text.contains('"') && !text.contains('\n'))
    return text;
  QString quoted = text;
  quoted.replace('"', "\"\"");
  return '"' + quoted + '"';
}

QString plotGraphsCsv(const QCustomPlot* plot) {
  QString out = "series,x,y\n";
  for (int g = 0; g < plot->graphCount(); ++g) {
    const QCPGraph* graph = plot->graph(g);
    const QString name = csvField(graph->name().isEmpty() ? QString::number(g) : graph->name());
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
      out += name + ',' + QString::number(it->key, 'g', 10) + ',' +
             QString::number(it->value, 'g', 10) + '\n';
  }
  return out;
}

bool writeTextFileAtomically(const QString& path, const QString& text, QString* error) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
    if (error)
      *error = file.errorString();
    return false;
  }
  file.write(text.toUtf8());
  if (!file.commit()) {
    if (error)
      *error = file.errorString();
    return false;
  }
  return true;
}

bool savePlotPng(QCustomPlot* plot, const QString& path, double scale, QString* error) {
  if (plot->savePng(path, 0, 0, scale))
    return true;
  if (error)
    *error = QObject::tr("cannot write %1").arg(path);
  return false;
}

bool savePlotPdf(QCustomPlot* plot, const QString& path, QString* error) {
  if (plot->savePdf(path))
    return true;
  if (error)
    *error = QObject::tr("cannot write %1").arg(path);
  return false;
}

void installPlotExport(QCustomPlot* plot, const QString& baseName, std::function<QString()> csv) {
  plot->setContextMenuPolicy(Qt::CustomContextMenu);
  QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [=](const QPoint& pos) {
    QMenu menu(plot);
    QAction* png = menu.addAction(QObject::tr("Export PNG…"));
    QAction* pdf = menu.addAction(QObject::tr("Export PDF…"));
    menu.addAction(QObject::tr("Export data (CSV)…"));
    QAction* chosen = menu.exec(plot->mapToGlobal(pos));
    if (!chosen)
      return;
    QString error;
    bool ok = true;
    if (chosen == png) {
      const QString path = QFileDialog::getSaveFileName(plot, QObject::tr("Export PNG"),
                                                        baseName + ".png", "PNG (*.png)");
      if (path.isEmpty())
        return;
      bool accepted = false;
      const double scale = QInputDialog::getDouble(plot, QObject::tr("Resolution"),
                                                   QObject::tr("Scale (1 = as on screen):"), 2.0,
                                                   0.5, 8.0, 1, &accepted);
      if (!accepted)
        return;
      ok = savePlotPng(plot, path, scale, &error);
    } else if (chosen == pdf) {
      const QString path = QFileDialog::getSaveFileName(plot, QObject::tr("Export PDF"),
                                                        baseName + ".pdf", "PDF (*.pdf)");
      if (path.isEmpty())
        return;
      ok = savePlotPdf(plot, path, &error);
    } else {
      const QString path = QFileDialog::getSaveFileName(plot, QObject::tr("Export data"),
                                                        baseName + ".csv", "CSV (*.csv)");
      if (path.isEmpty())
        return;
      ok = writeTextFileAtomically(path, csv ? csv() : plotGraphsCsv(plot), &error);
    }
    if (!ok)
      QMessageBox::warning(plot, QObject::tr("Export failed"), error);
  });
}

} // namespace gs::ui
