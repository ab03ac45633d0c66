#include "confusionview.h"

#include "common/plotexport.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

namespace gs::ui {

ConfusionView::ConfusionView(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this)) {
  m_plot->setObjectName("confusionPlot");
  m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
  m_map->setInterpolate(false);
  QCPColorGradient blues;
  blues.setColorStopAt(0, Qt::white);
  blues.setColorStopAt(1, QColor(20, 60, 150));
  m_map->setGradient(blues);
  m_plot->yAxis->setRangeReversed(true);
  installPlotExport(m_plot, "confusion-matrix", [this] { return csv(); });
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_plot);
  retranslate();
}

void ConfusionView::retranslate() {
  m_plot->setToolTip(tr("Validation samples by true class (rows) and predicted class (columns); "
                        "the diagonal is what the network gets right"));
  m_plot->xAxis->setLabel(tr("predicted class"));
  m_plot->yAxis->setLabel(tr("true class"));
  m_plot->replot();
}

void ConfusionView::setMatrix(const std::vector<std::vector<long>>& counts,
                              const QStringList& classNames) {
  m_counts = counts;
  m_names = classNames;
  const int n = static_cast<int>(counts.size());
  m_plot->clearItems();
  m_map->data()->setSize(n, n);
  m_map->data()->setRange(QCPRange(0, n - 1), QCPRange(0, n - 1));
  long top = 1;
  for (const auto& row : counts)
    for (long v : row)
      top = std::max(top, v);
  QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
  for (int r = 0; r < n; ++r) {
    ticker->addTick(r, r < classNames.size() ? classNames[r] : QString::number(r));
    for (int c = 0; c < n; ++c) {
      const long v = counts[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
      m_map->data()->setCell(c, r, static_cast<double>(v));
      if (n <= 12) {
        auto* text = new QCPItemText(m_plot);
        text->position->setCoords(c, r);
        text->setText(QString::number(v));
        text->setColor(static_cast<double>(v) > 0.6 * static_cast<double>(top) ? Qt::white
                                                                               : Qt::black);
      }
    }
  }
  m_plot->xAxis->setTicker(ticker);
  m_plot->yAxis->setTicker(ticker);
  m_plot->xAxis->setTickLabelRotation(n > 4 ? 45 : 0);
  m_map->setDataRange(QCPRange(0, static_cast<double>(top)));
  m_plot->xAxis->setRange(-0.5, n - 0.5);
  m_plot->yAxis->setRange(-0.5, n - 0.5);
  m_plot->replot();
}

QString ConfusionView::csv() const {
  QString out = QStringLiteral("true\\predicted");
  for (std::size_t c = 0; c < m_counts.size(); ++c)
    out += "," + csvField(static_cast<int>(c) < m_names.size() ? m_names[static_cast<int>(c)]
                                                               : QString::number(c));
  out += "\n";
  for (std::size_t r = 0; r < m_counts.size(); ++r) {
    out += csvField(static_cast<int>(r) < m_names.size() ? m_names[static_cast<int>(r)]
                                                         : QString::number(r));
    for (long v : m_counts[r])
      out += "," + QString::number(v);
    out += "\n";
  }
  return out;
}

} // namespace gs::ui
