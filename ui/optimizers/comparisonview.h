#pragma once
// What "Compare optimizers on a real network" shows: every run's training loss per step (thin,
// light) and validation loss after each epoch (dashed, dots, in the legend), in its racer's
// colour, on one plot, and a table with each run's last numbers and status. Takes plain values; the
// numbers come from core (gs::Comparison).
#include "core/train/comparison.h"

#include <QColor>
#include <QObject>
#include <QString>
#include <vector>

class QCheckBox;
class QCustomPlot;
class QLabel;
class QTableWidget;
class QWidget;

namespace gs::ui {

/// One run as shown: its label, colour and what it recorded.
struct ComparisonSeries {
  QString label; ///< "adam lr 0.001"
  QColor color;
  ComparisonRun run;
};

/// Owns no layout: widget() holds the plot, the log-scale switch, a note and the table.
class ComparisonView : public QObject {
  Q_OBJECT
public:
  enum Column {
    LabelColumn,
    StepsColumn,
    TrainLossColumn,
    ValidationLossColumn,
    AccuracyColumn,
    StatusColumn
  };

  explicit ComparisonView(QObject* parent = nullptr);

  /// `running`: the runs still train (the status column says so).
  void setSeries(const std::vector<ComparisonSeries>& series, long stepsPerRun, bool running);
  const std::vector<ComparisonSeries>& series() const { return m_series; }
  bool logScale() const;
  void setLogScale(bool on);

  QWidget* widget() const { return m_widget; }
  QCustomPlot* plot() const { return m_plot; }
  QTableWidget* table() const { return m_table; }
  /// Long format "run,series,step,value" (train_loss, validation_loss, validation_accuracy).
  QString csv() const;
  void retranslate();

private:
  void refresh();

  std::vector<ComparisonSeries> m_series;
  long m_stepsPerRun = 0;
  bool m_running = false;
  QWidget* m_widget = nullptr;
  QCustomPlot* m_plot = nullptr;
  QCheckBox* m_log = nullptr;
  QLabel* m_note = nullptr;
  QTableWidget* m_table = nullptr;
};

} // namespace gs::ui
