#include "lossview.h"

#include "common/plotexport.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

namespace gs::ui {

namespace {
const QColor kRunColors[] = {QColor(230, 120, 30), QColor(40, 160, 60),  QColor(150, 60, 180),
                             QColor(200, 40, 40),  QColor(30, 150, 160), QColor(140, 100, 40),
                             QColor(220, 80, 160), QColor(100, 100, 100)};

QJsonArray toArray(const std::vector<double>& v) {
  QJsonArray a;
  for (double x : v)
    a.append(std::isfinite(x) ? QJsonValue(x) : QJsonValue());
  return a;
}
std::vector<double> fromArray(const QJsonArray& a) {
  std::vector<double> v;
  for (const QJsonValue& x : a)
    v.push_back(x.isDouble() ? x.toDouble() : std::nan(""));
  return v;
}
QJsonObject runToJson(const RunCurves& r) {
  QJsonObject o{{"label", r.label},
                {"visible", r.visible},
                {"losses", toArray(r.losses)},
                {"validation_step", toArray(r.validationStep)},
                {"validation_loss", toArray(r.validationLoss)},
                {"validation_accuracy", toArray(r.validationAccuracy)},
                {"diverged_at", r.divergedAt}};
  QJsonArray marks;
  for (const auto& [step, text] : r.marks)
    marks.append(QJsonObject{{"step", step}, {"text", text}});
  o["marks"] = marks;
  return o;
}
RunCurves runFromJson(const QJsonObject& o) {
  RunCurves r;
  r.label = o["label"].toString();
  r.visible = o["visible"].toBool(true);
  r.losses = fromArray(o["losses"].toArray());
  r.validationStep = fromArray(o["validation_step"].toArray());
  r.validationLoss = fromArray(o["validation_loss"].toArray());
  r.validationAccuracy = fromArray(o["validation_accuracy"].toArray());
  r.divergedAt = o["diverged_at"].toDouble(-1);
  for (const QJsonValue& m : o["marks"].toArray())
    r.marks.emplace_back(m["step"].toDouble(), m["text"].toString());
  return r;
}
} // namespace

LossView::LossView(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_log(new QCheckBox(this))
    , m_readout(new QLabel(this))
    , m_runs(new QListWidget(this))
    , m_remove(new QPushButton(this)) {
  m_plot->setObjectName("lossPlot");
  m_plot->setMinimumHeight(220);
  m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  m_plot->yAxis2->setVisible(true);
  m_plot->yAxis2->setRange(0, 1);
  m_plot->legend->setVisible(true);
  m_plot->legend->setFont(QFont(font().family(), 8));
  m_log->setObjectName("logScale");
  m_runs->setObjectName("runList");
  m_runs->setMaximumWidth(200);
  m_remove->setObjectName("removeRun");
  installPlotExport(m_plot, "loss", [this] { return curvesCsv(); });

  connect(m_log, &QCheckBox::toggled, this, [this](bool on) {
    m_plot->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
      m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else
      m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    refresh();
  });
  connect(m_plot, &QCustomPlot::mouseMove, this,
          [this](QMouseEvent* e) { hover(m_plot->xAxis->pixelToCoord(e->position().x())); });
  connect(m_runs, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
    if (m_updatingList)
      return;
    const int i = m_runs->row(item);
    if (i < 0 || i >= static_cast<int>(m_previous.size()))
      return;
    m_previous[static_cast<std::size_t>(i)].label = item->text();
    m_previous[static_cast<std::size_t>(i)].visible = item->checkState() == Qt::Checked;
    refresh();
  });
  connect(m_remove, &QPushButton::clicked, this, [this] {
    if (m_runs->currentRow() >= 0)
      removeRun(m_runs->currentRow());
  });

  auto* side = new QVBoxLayout;
  side->addWidget(m_log);
  side->addWidget(m_runs, 1);
  side->addWidget(m_remove);
  auto* top = new QHBoxLayout;
  top->addWidget(m_plot, 1);
  top->addLayout(side);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(top, 1);
  layout->addWidget(m_readout);
  retranslate();
}

void LossView::retranslate() {
  m_log->setText(tr("Log scale"));
  m_log->setToolTip(tr("Show the loss on a logarithmic axis"));
  m_runs->setToolTip(
      tr("Earlier runs overlaid on the plot: untick to hide, double-click to rename"));
  m_remove->setText(tr("Remove run"));
  m_remove->setToolTip(tr("Remove the selected earlier run"));
  m_plot->setToolTip(tr("Drag to pan, wheel to zoom, right-click to export"));
  m_plot->xAxis->setLabel(tr("step"));
  m_plot->yAxis->setLabel(tr("loss"));
  m_plot->yAxis2->setLabel(tr("validation accuracy"));
  m_readout->setText(tr("Hover the plot to read values."));
  refresh();
}

void LossView::archiveCurrent(const QString& label) {
  if (m_current.losses.empty())
    return;
  m_current.label = label;
  m_previous.push_back(m_current);
  if (static_cast<int>(m_previous.size()) > kMaxRuns)
    m_previous.erase(m_previous.begin());
  clearCurrent();
  updateRunList();
}

void LossView::addPrevious(const std::vector<RunCurves>& runs) {
  m_previous.insert(m_previous.end(), runs.begin(), runs.end());
  if (static_cast<int>(m_previous.size()) > kMaxRuns)
    m_previous.erase(m_previous.begin(), m_previous.end() - kMaxRuns);
  updateRunList();
  refresh();
}

void LossView::clearCurrent() {
  m_current = RunCurves{};
  refresh();
}

void LossView::removeRun(int index) {
  if (index < 0 || index >= static_cast<int>(m_previous.size()))
    return;
  m_previous.erase(m_previous.begin() + index);
  updateRunList();
  refresh();
}

void LossView::updateRunList() {
  m_updatingList = true;
  m_runs->clear();
  for (std::size_t i = 0; i < m_previous.size(); ++i) {
    auto* item = new QListWidgetItem(m_previous[i].label, m_runs);
    item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    item->setCheckState(m_previous[i].visible ? Qt::Checked : Qt::Unchecked);
    item->setForeground(kRunColors[i % 8]);
  }
  m_updatingList = false;
  refresh();
}

int LossView::rawPointCount() const {
  return m_plot->graphCount() > 0 ? m_plot->graph(0)->dataCount() : 0;
}

void LossView::refresh() {
  m_plot->clearGraphs();
  m_plot->clearItems();
  const bool log = m_log->isChecked();
  auto addLoss = [&](const RunCurves& r, const QColor& color, bool raw, const QString& name) {
    QVector<double> xs, ys, sx, sy;
    double ema = 0;
    bool first = true;
    for (std::size_t i = 0; i < r.losses.size(); ++i) {
      const double y = r.losses[i];
      if (!std::isfinite(y) || (log && y <= 0))
        continue;
      xs.push_back(static_cast<double>(i + 1));
      ys.push_back(y);
      // Smoothed: exponential moving average with weight 0.95 on the past.
      ema = first ? y : 0.95 * ema + 0.05 * y;
      first = false;
      sx.push_back(static_cast<double>(i + 1));
      sy.push_back(ema);
    }
    if (raw) {
      QCPGraph* g = m_plot->addGraph();
      g->setName(tr("training loss"));
      g->setPen(QPen(color.lighter(160), 1));
      g->setData(xs, ys, true);
    }
    QCPGraph* s = m_plot->addGraph();
    s->setName(name);
    s->setPen(QPen(color, raw ? 2 : 1.5, raw ? Qt::SolidLine : Qt::DashLine));
    s->setData(sx, sy, true);
    if (!r.validationStep.empty()) {
      QCPGraph* v = m_plot->addGraph();
      v->setName(raw ? tr("validation loss") : name + " " + tr("(val)"));
      v->setPen(QPen(color.darker(130), 1.5));
      v->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
      v->setData(QVector<double>(r.validationStep.begin(), r.validationStep.end()),
                 QVector<double>(r.validationLoss.begin(), r.validationLoss.end()), true);
      if (raw) {
        QCPGraph* a = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
        a->setName(tr("validation accuracy"));
        a->setPen(QPen(QColor(30, 100, 200), 1.5, Qt::DotLine));
        a->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 6));
        a->setData(QVector<double>(r.validationStep.begin(), r.validationStep.end()),
                   QVector<double>(r.validationAccuracy.begin(), r.validationAccuracy.end()), true);
      }
    }
    for (const auto& [step, text] : r.marks) {
      auto* line = new QCPItemStraightLine(m_plot);
      line->point1->setCoords(step, 0);
      line->point2->setCoords(step, 1);
      line->setPen(QPen(color, 1, Qt::DashDotLine));
      auto* label = new QCPItemText(m_plot);
      label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
      label->position->setCoords(step, 0.02);
      label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
      label->setText(text);
      label->setColor(color.darker(120));
    }
    if (r.divergedAt >= 0) {
      auto* line = new QCPItemStraightLine(m_plot);
      line->point1->setCoords(r.divergedAt, 0);
      line->point2->setCoords(r.divergedAt, 1);
      line->setPen(QPen(Qt::red, 2));
      auto* label = new QCPItemText(m_plot);
      label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
      label->position->setCoords(r.divergedAt, 0.1);
      label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
      label->setText(tr("NaN"));
      label->setColor(Qt::red);
    }
  };
  addLoss(m_current, QColor(20, 80, 200), true, tr("smoothed loss"));
  for (std::size_t i = 0; i < m_previous.size(); ++i)
    if (m_previous[i].visible)
      addLoss(m_previous[i], kRunColors[i % 8], false, m_previous[i].label);
  m_plot->rescaleAxes(true);
  m_plot->yAxis2->setRange(0, 1);
  m_plot->replot();
}

void LossView::hover(double x) {
  const long step = std::lround(x);
  if (step < 1 || step > static_cast<long>(m_current.losses.size()))
    return;
  QString text = tr("step %1: loss %2")
                     .arg(step)
                     .arg(m_current.losses[static_cast<std::size_t>(step - 1)], 0, 'g', 5);
  for (std::size_t i = 0; i < m_current.validationStep.size(); ++i)
    if (m_current.validationStep[i] <= static_cast<double>(step))
      text = tr("%1 · validation loss %2, accuracy %3 %")
                 .arg(text.section(QStringLiteral(" · "), 0, 0))
                 .arg(m_current.validationLoss[i], 0, 'g', 4)
                 .arg(100 * m_current.validationAccuracy[i], 0, 'f', 1);
  m_readout->setText(text);
}

QString LossView::curvesCsv() const {
  QString out = QStringLiteral("run,series,step,value\n");
  auto add = [&out](const RunCurves& r, const QString& label) {
    for (std::size_t i = 0; i < r.losses.size(); ++i)
      out += csvField(label) + ",train_loss," + QString::number(i + 1) + "," +
             QString::number(r.losses[i], 'g', 9) + "\n";
    for (std::size_t i = 0; i < r.validationStep.size(); ++i) {
      out += csvField(label) + ",validation_loss," + QString::number(r.validationStep[i]) + "," +
             QString::number(r.validationLoss[i], 'g', 9) + "\n";
      out += csvField(label) + ",validation_accuracy," + QString::number(r.validationStep[i]) +
             "," + QString::number(r.validationAccuracy[i], 'g', 9) + "\n";
    }
  };
  add(m_current, QStringLiteral("current"));
  for (const RunCurves& r : m_previous)
    add(r, r.label);
  return out;
}

QJsonObject LossView::saveState() const {
  QJsonArray previous;
  for (const RunCurves& r : m_previous)
    previous.append(runToJson(r));
  return {{"current", runToJson(m_current)}, {"previous", previous}, {"log", m_log->isChecked()}};
}

void LossView::restoreState(const QJsonObject& state) {
  m_previous.clear();
  for (const QJsonValue& r : state["previous"].toArray())
    if (static_cast<int>(m_previous.size()) < kMaxRuns)
      m_previous.push_back(runFromJson(r.toObject()));
  m_current = runFromJson(state["current"].toObject());
  m_log->setChecked(state["log"].toBool());
  updateRunList();
}

} // namespace gs::ui
