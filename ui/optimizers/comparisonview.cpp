#include "comparisonview.h"

#include "common/plotexport.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

namespace gs::ui {

namespace {

QIcon swatch(const QColor& color) {
  QPixmap pixmap(14, 14);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setBrush(color);
  painter.setPen(color.darker(140));
  painter.drawEllipse(1, 1, 12, 12);
  return QIcon(pixmap);
}

QTableWidgetItem* numberItem(double value) {
  auto* item =
      new QTableWidgetItem(std::isfinite(value) ? QString::number(value, 'g', 5) : QString());
  if (std::isfinite(value))
    item->setData(Qt::UserRole, value);
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return item;
}

QString number(double v) {
  return std::isfinite(v) ? QString::number(v, 'g', 17) : QString();
}

} // namespace

ComparisonView::ComparisonView(QObject* parent)
    : QObject(parent) {
  m_widget = new QWidget;
  m_widget->setObjectName("comparisonView");
  m_plot = new QCustomPlot(m_widget);
  m_plot->setObjectName("comparisonPlot");
  m_plot->setMinimumHeight(260);
  m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  m_plot->legend->setVisible(true);
  // Every run's epoch curve above every run's step curve.
  m_plot->addLayer(QStringLiteral("epochs"), m_plot->layer(QStringLiteral("main")),
                   QCustomPlot::limAbove);
  m_plot->legend->setFont(QFont(m_widget->font().family(), 8));
  // Losses fall from the top left: the bottom left is where the curves rarely go.
  m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
  m_log = new QCheckBox(m_widget);
  m_log->setObjectName("comparisonLogScale");
  m_note = new QLabel(m_widget);
  m_note->setWordWrap(true);
  m_table = new QTableWidget(0, 6, m_widget);
  m_table->setObjectName("comparisonTable");
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_table->setMinimumHeight(120);

  auto* row = new QHBoxLayout;
  row->addWidget(m_log);
  row->addWidget(m_note, 1);
  auto* layout = new QVBoxLayout(m_widget);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_plot, 3);
  layout->addLayout(row);
  layout->addWidget(m_table, 1);

  installPlotExport(m_plot, QStringLiteral("optimizer-compare"), [this] { return csv(); });
  connect(m_log, &QCheckBox::toggled, this, [this] { refresh(); });
  retranslate();
}

bool ComparisonView::logScale() const {
  return m_log->isChecked();
}

void ComparisonView::setLogScale(bool on) {
  m_log->setChecked(on);
}

void ComparisonView::setSeries(const std::vector<ComparisonSeries>& series, long stepsPerRun,
                               bool running) {
  m_series = series;
  m_stepsPerRun = stepsPerRun;
  m_running = running;
  refresh();
}

void ComparisonView::refresh() {
  const bool log = m_log->isChecked();
  m_plot->yAxis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
  m_plot->yAxis->setTicker(log ? QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog)
                               : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  m_plot->clearGraphs();
  m_plot->clearItems();
  double low = INFINITY, high = -INFINITY;
  const auto extend = [&](double v) {
    if (std::isfinite(v) && (!log || v > 0)) {
      low = std::min(low, v);
      high = std::max(high, v);
    }
  };
  for (const ComparisonSeries& s : m_series) {
    const ComparisonRun& run = s.run;
    QCPGraph* train = m_plot->addGraph();
    QString name = s.label;
    if (run.divergedAt > 0)
      name += QStringLiteral(" — ") + tr("diverged at step %1").arg(run.divergedAt);
    train->setName(name);
    // Step losses are noisy (one mini-batch each): drawn light so the epoch curves stand out.
    QColor light = s.color;
    light.setAlpha(110);
    train->setPen(QPen(light, 1.0));
    QVector<double> xs, ys;
    for (std::size_t k = 0; k < run.losses.size(); ++k) {
      xs.append(static_cast<double>(k + 1));
      ys.append(run.losses[k]);
      extend(run.losses[k]);
    }
    train->setData(xs, ys, true);

    QCPGraph* validation = m_plot->addGraph();
    validation->setName(name);
    validation->setPen(QPen(s.color.darker(110), 2.4, Qt::DashLine));
    validation->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, s.color.darker(110), s.color, 7));
    QVector<double> vx, vy;
    for (std::size_t e = 0; e < run.epochEndSteps.size() && e < run.validationLoss.size(); ++e) {
      if (!std::isfinite(run.validationLoss[e]))
        continue;
      vx.append(static_cast<double>(run.epochEndSteps[e]));
      vy.append(run.validationLoss[e]);
      extend(run.validationLoss[e]);
    }
    validation->setData(vx, vy, true);
    validation->setLayer(QStringLiteral("epochs"));
    // The legend shows the run's strong epoch curve; the light step curve shares its colour.
    train->removeFromLegend();

    if (run.divergedAt > 0) {
      auto* mark = new QCPItemText(m_plot);
      mark->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
      mark->position->setCoords(static_cast<double>(run.divergedAt), 0.05);
      mark->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
      mark->setText(QStringLiteral("✕"));
      mark->setColor(s.color);
      mark->setFont(QFont(m_widget->font().family(), 12, QFont::Bold));
    }
  }
  m_plot->xAxis->setRange(0, std::max<double>(1, static_cast<double>(m_stepsPerRun)));
  if (std::isfinite(low)) {
    if (log)
      m_plot->yAxis->setRange(low / 1.3, high * 1.3);
    else
      m_plot->yAxis->setRange(std::min(0.0, low), high * 1.05);
  } else {
    m_plot->yAxis->setRange(log ? 0.01 : 0, log ? 10 : 1);
  }
  m_plot->replot();

  m_table->setRowCount(static_cast<int>(m_series.size()));
  for (std::size_t i = 0; i < m_series.size(); ++i) {
    const ComparisonSeries& s = m_series[i];
    const ComparisonRun& run = s.run;
    const int r = static_cast<int>(i);
    m_table->setItem(r, LabelColumn, new QTableWidgetItem(swatch(s.color), s.label));
    auto* steps = numberItem(static_cast<double>(run.steps()));
    m_table->setItem(r, StepsColumn, steps);
    // The last finished epoch's mean training loss; before the first epoch ends, the last step's.
    const double trainLoss = !run.epochTrainLoss.empty() ? run.epochTrainLoss.back()
                             : !run.losses.empty()       ? run.losses.back()
                                                         : NAN;
    m_table->setItem(r, TrainLossColumn, numberItem(trainLoss));
    m_table->setItem(r, ValidationLossColumn,
                     numberItem(run.validationLoss.empty() ? NAN : run.validationLoss.back()));
    const double accuracy = run.validationAccuracy.empty() ? NAN : run.validationAccuracy.back();
    auto* acc = new QTableWidgetItem(std::isfinite(accuracy)
                                         ? QStringLiteral("%1 %").arg(100 * accuracy, 0, 'f', 1)
                                         : QString());
    if (std::isfinite(accuracy))
      acc->setData(Qt::UserRole, accuracy);
    acc->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(r, AccuracyColumn, acc);
    QString status;
    if (run.divergedAt > 0)
      status = tr("diverged at step %1").arg(run.divergedAt);
    else if (run.finished)
      status = tr("done");
    else if (m_running)
      status = tr("training");
    else
      status = tr("stopped at step %1").arg(run.steps());
    auto* statusItem = new QTableWidgetItem(status);
    statusItem->setToolTip(QString::fromStdString(run.message));
    if (run.divergedAt > 0)
      statusItem->setForeground(QColor(0xc0, 0x39, 0x2b));
    m_table->setItem(r, StatusColumn, statusItem);
  }
}

QString ComparisonView::csv() const {
  QString out = QStringLiteral("run,series,step,value\n");
  for (const ComparisonSeries& s : m_series) {
    const QString label = csvField(s.label);
    const ComparisonRun& run = s.run;
    for (std::size_t k = 0; k < run.losses.size(); ++k)
      out += label + QStringLiteral(",train_loss,%1,%2\n").arg(k + 1).arg(number(run.losses[k]));
    for (std::size_t e = 0; e < run.epochEndSteps.size(); ++e) {
      if (e < run.validationLoss.size())
        out += label + QStringLiteral(",validation_loss,%1,%2\n")
                           .arg(run.epochEndSteps[e])
                           .arg(number(run.validationLoss[e]));
      if (e < run.validationAccuracy.size())
        out += label + QStringLiteral(",validation_accuracy,%1,%2\n")
                           .arg(run.epochEndSteps[e])
                           .arg(number(run.validationAccuracy[e]));
    }
  }
  return out;
}

void ComparisonView::retranslate() {
  m_plot->xAxis->setLabel(tr("step"));
  m_plot->yAxis->setLabel(tr("loss"));
  m_plot->setToolTip(
      tr("Training loss of every step (thin, light) and validation loss after "
         "every epoch (dashed, dots), one colour per optimizer. Drag to pan, wheel to "
         "zoom, right-click to export PNG, PDF or CSV."));
  m_log->setText(tr("Log scale"));
  m_log->setToolTip(tr("Logarithmic loss axis: late differences between optimizers show better"));
  m_note->setText(tr("Thin light lines: training loss of each step (one mini-batch). Dashed "
                     "with dots: validation loss after each epoch. Same model, initial weights "
                     "and batches for every optimizer."));
  m_note->setToolTip(tr("How to read the plot"));
  m_table->setHorizontalHeaderLabels({tr("Optimizer"), tr("Steps"), tr("Training loss"),
                                      tr("Validation loss"), tr("Validation accuracy"),
                                      tr("Status")});
  m_table->setToolTip(tr("Training loss: mean over the last finished epoch. Validation: after the "
                         "last finished epoch."));
  refresh();
}

} // namespace gs::ui
