#include "raceresults.h"

#include <QHeaderView>
#include <QTableWidget>
#include <qcustomplot.h>

namespace gs::ui {

RaceResults::RaceResults(QObject* parent)
    : QObject(parent) {
  m_plot = new QCustomPlot;
  m_plot->setObjectName("lossPlot");
  m_plot->setMinimumHeight(200);
  m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
  m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog));
  m_plot->yAxis->setNumberFormat("eb");
  m_plot->yAxis->setNumberPrecision(0);
  m_plot->legend->setVisible(false);

  m_table = new QTableWidget(0, 5);
  m_table->setObjectName("resultTable");
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_table->horizontalHeader()->setStretchLastSection(true);
  retranslate();
}

void RaceResults::setRows(const std::vector<ResultRow>& rows, double epsilon) {
  m_epsilon = epsilon;
  // f versus step: a log axis only while every value shown is positive (not on the saddle).
  bool positive = true;
  for (const ResultRow& row : rows)
    for (double f : row.fs)
      positive = positive && f > 0;
  m_plot->yAxis->setScaleType(positive ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
  m_plot->yAxis->setTicker(positive ? QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog)
                                    : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  m_plot->yAxis->setNumberFormat(positive ? "eb" : "gb");
  m_plot->yAxis->setNumberPrecision(positive ? 0 : 6);
  while (m_plot->graphCount() > static_cast<int>(rows.size()))
    m_plot->removeGraph(m_plot->graphCount() - 1);
  while (m_plot->graphCount() < static_cast<int>(rows.size()))
    m_plot->addGraph();
  double maxStep = 1;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    QCPGraph* graph = m_plot->graph(static_cast<int>(i));
    graph->setName(rows[i].label);
    graph->setPen(QPen(rows[i].color, 1.6));
    graph->setData(rows[i].steps, rows[i].fs, true);
    if (!rows[i].steps.isEmpty())
      maxStep = std::max(maxStep, rows[i].steps.last());
  }
  m_plot->xAxis->setRange(0, maxStep);
  bool found = false;
  QCPRange all;
  for (int g = 0; g < m_plot->graphCount(); ++g) {
    bool ok = false;
    const QCPRange r = m_plot->graph(g)->getValueRange(ok, QCP::sdBoth);
    if (ok) {
      all = found ? QCPRange(std::min(all.lower, r.lower), std::max(all.upper, r.upper)) : r;
      found = true;
    }
  }
  if (found)
    m_plot->yAxis->setRange(all.lower, all.upper);
  m_plot->replot(QCustomPlot::rpQueuedReplot);

  m_table->setRowCount(static_cast<int>(rows.size()));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const ResultRow& row = rows[i];
    const int r = static_cast<int>(i);
    const auto set = [this, r](int column, const QString& text, const QVariant& value) {
      auto* item = new QTableWidgetItem(text);
      item->setData(Qt::UserRole, value);
      m_table->setItem(r, column, item);
    };
    auto* label = new QTableWidgetItem(row.label);
    label->setForeground(row.color.darker(115));
    m_table->setItem(r, LabelColumn, label);
    if (row.stepsToEpsilon)
      set(StepsColumn, QString::number(*row.stepsToEpsilon),
          QVariant::fromValue<qulonglong>(*row.stepsToEpsilon));
    else
      set(StepsColumn, tr("not yet"), QVariant());
    set(FinalColumn, QString::number(row.finalF, 'g', 6), row.finalF);
    if (row.distance)
      set(DistanceColumn, QString::number(*row.distance, 'g', 6), *row.distance);
    else
      set(DistanceColumn, QStringLiteral("—"), QVariant());
    set(StatusColumn, row.status, row.status);
    m_table->item(r, StatusColumn)->setForeground(QColor(0xc0, 0x39, 0x2b));
  }
  retranslate();
}

void RaceResults::retranslate() {
  m_plot->xAxis->setLabel(tr("step"));
  m_plot->yAxis->setLabel(tr("f"));
  m_plot->setToolTip(tr("f after each step for every racer (log scale while f > 0). "
                        "Right-click: export PNG / PDF / CSV."));
  m_table->setHorizontalHeaderLabels({tr("Racer"), tr("Steps to f < %1").arg(m_epsilon),
                                      tr("Final f"), tr("Distance to minimum"), tr("Status")});
  m_table->setToolTip(tr("Steps: the first step with f below ε. Final f and the distance to "
                         "the nearest known minimum are at the current step."));
}

} // namespace gs::ui
