#pragma once
// Every plot leaves the app cleanly (DESIGN.md section 6): PNG, PDF and its data as CSV,
// from a right-click menu on the plot.
#include <QString>
#include <functional>

class QCustomPlot;
class QWidget;

namespace gs::ui {

/// Right-click menu "Export PNG… / Export PDF… / Export data (CSV)…" on `plot`.
/// `csv` gives the data; by default every graph as rows "series,x,y".
void installPlotExport(QCustomPlot* plot, const QString& baseName,
                       std::function<QString()> csv = {});

/// PNG at `scale` times the on-screen size. Returns false with `error` set on failure.
bool savePlotPng(QCustomPlot* plot, const QString& path, double scale, QString* error);
bool savePlotPdf(QCustomPlot* plot, const QString& path, QString* error);
/// Every graph of the plot, long format with a header: "series,x,y".
QString plotGraphsCsv(const QCustomPlot* plot);

/// Writes text atomically (temporary file, then rename): a crash leaves the old file intact.
bool writeTextFileAtomically(const QString& path, const QString& text, QString* error);

/// Quotes a CSV field when it needs it.
QString csvField(const QString& text);

} // namespace gs::ui
