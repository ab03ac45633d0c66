#include "gradientspanel.h"

#include "activationview.h"
#include "chainruleview.h"
#include "common/plotexport.h"
#include "core/error.h"
#include "gradientheatmap.h"
#include "layerplot.h"

#include <QLabel>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

namespace gs::ui {

namespace {
QString number(double value) {
  return QString::fromStdString(shortNumber(value));
}

bool countsDead(const std::string& activation) {
  return activation == "relu" || activation == "leaky_relu" || activation == "elu";
}
} // namespace

GradientsPanel::GradientsPanel(const QString& name, QWidget* parent)
    : QWidget(parent) {
  setObjectName(name + "Panel");
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  m_caption = new QLabel(this);
  m_caption->setObjectName(name + "Caption");
  QFont bold = m_caption->font();
  bold.setBold(true);
  m_caption->setFont(bold);
  m_verdictLabel = new QLabel(this);
  m_verdictLabel->setObjectName(name + "Verdict");
  m_verdictLabel->setWordWrap(true);
  m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_gradNorm = new LayerPlot(this);
  m_gradNorm->setObjectName(name + "GradNormPlot");
  installPlotExport(m_gradNorm, "gradient-norm", [this] { return m_gradNorm->csv(); });

  m_tabs = new QTabWidget(this);
  m_tabs->setObjectName(name + "Tabs");
  m_heatMap = new GradientHeatMap(m_tabs);
  m_heatMap->setObjectName(name + "HeatMap");
  installPlotExport(m_heatMap, "gradient-heatmap", [this] { return m_heatMap->csv(); });
  m_activations = new ActivationView(m_tabs);
  m_activations->setObjectName(name + "Activations");
  installPlotExport(m_activations, "activations", [this] { return m_activations->csv(); });
  m_updateRatio = new LayerPlot(m_tabs);
  m_updateRatio->setObjectName(name + "UpdateRatio");
  m_updateRatio->setGuide(1e-3);
  installPlotExport(m_updateRatio, "update-ratio", [this] { return m_updateRatio->csv(); });
  m_loss = new QCustomPlot(m_tabs);
  m_loss->setObjectName(name + "Loss");
  m_loss->addGraph()->setPen(QPen(QColor(31, 119, 180), 2));
  m_loss->addGraph()->setPen(QPen(QColor(214, 39, 40), 2, Qt::DashLine));
  installPlotExport(m_loss, "loss");
  m_chain = new ChainRuleView(m_tabs);
  m_chain->setObjectName(name + "ChainRule");
  installPlotExport(m_chain, "chain-rule", [this] { return m_chain->csv(); });
  for (QWidget* w : {static_cast<QWidget*>(m_heatMap), static_cast<QWidget*>(m_activations),
                     static_cast<QWidget*>(m_updateRatio), static_cast<QWidget*>(m_loss),
                     static_cast<QWidget*>(m_chain)})
    m_tabs->addTab(w, QString());

  layout->addWidget(m_caption);
  layout->addWidget(m_verdictLabel);
  layout->addWidget(m_gradNorm, 1);
  layout->addWidget(m_tabs, 1);

  m_thread = new QThread(this);
  m_worker = new GradientsWorker;
  m_worker->moveToThread(m_thread);
  connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
  connect(m_worker, &GradientsWorker::snapshot, this, &GradientsPanel::onSnapshot,
          Qt::QueuedConnection);
  m_thread->start();
  retranslate();
}

GradientsPanel::~GradientsPanel() {
  shutdown();
}

void GradientsPanel::shutdown() {
  if (!m_thread)
    return;
  m_worker->stop();
  m_worker->cancel();
  m_thread->quit();
  m_thread->wait();
  m_thread = nullptr;
  m_worker = nullptr;
}

void GradientsPanel::setCaption(const QString& caption) {
  m_caption->setText(caption);
}

void GradientsPanel::setConfig(const DeepNetConfig& config) {
  if (!m_worker)
    return;
  m_config = config;
  m_history.clear();
  m_verdict = {};
  m_error.clear();
  m_wanted = 0;
  const bool wasRunning = m_running;
  m_running = false;
  m_ticket = m_worker->cancel();
  m_configTicket = m_ticket;
  m_pending = true;
  QMetaObject::invokeMethod(m_worker, "configure", Qt::QueuedConnection, Q_ARG(int, m_ticket),
                            Q_ARG(gs::DeepNetConfig, config));
  m_heatMap->clearSteps();
  m_loss->graph(0)->data()->clear();
  m_loss->graph(1)->data()->clear();
  updateChain();
  redraw();
  if (wasRunning)
    emit runningChanged(false);
}

void GradientsPanel::reset() {
  setConfig(m_config);
}

void GradientsPanel::step(int count) {
  if (!m_worker || m_running || count <= 0 || !m_error.isEmpty())
    return;
  m_wanted += count;
  if (!m_pending)
    send(m_wanted);
}

void GradientsPanel::run() {
  if (!m_worker || m_running || !m_error.isEmpty() || m_verdict.regime == GradientRegime::Diverged)
    return;
  m_running = true;
  m_wanted = -1;
  if (!m_pending)
    send(m_wanted);
  emit runningChanged(true);
}

void GradientsPanel::pause() {
  if (!m_worker)
    return;
  const bool wasRunning = m_running;
  m_ticket = m_worker->cancel();
  m_wanted = 0;
  m_running = false;
  m_pending = false;
  if (wasRunning)
    emit runningChanged(false);
}

void GradientsPanel::send(int count) {
  m_pending = true;
  QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(int, m_ticket),
                            Q_ARG(int, count));
}

void GradientsPanel::onSnapshot(const GradientsSnapshot& snapshot) {
  // Steps of a cancelled chunk still happened on the network: keep them, unless they belong
  // to a network that a new config replaced.
  if (snapshot.ticket < m_configTicket)
    return;
  const bool current = snapshot.ticket == m_ticket;
  if (current)
    m_pending = false;
  if (!snapshot.error.isEmpty()) {
    m_error = snapshot.error;
    m_wanted = 0;
  }
  for (const GradientStep& s : snapshot.steps) {
    // Only the newest step's activation statistics are drawn; older ones are dropped to keep
    // long runs small.
    if (!m_history.empty())
      m_history.back().activations.clear();
    m_history.push_back(s);
    m_heatMap->addStep(s.step, s.gradNorm);
    m_loss->graph(0)->addData(s.step, std::isfinite(s.loss) ? s.loss : qQNaN());
  }
  if (m_wanted > 0)
    m_wanted = std::max(0, m_wanted - static_cast<int>(snapshot.steps.size()));
  const bool stop = snapshot.diverged || !snapshot.error.isEmpty();
  if (stop) {
    m_wanted = 0;
    if (m_running) {
      m_running = false;
      emit runningChanged(false);
    }
  }
  redraw();
  m_stepsReceived += static_cast<long>(snapshot.steps.size());
  if (!snapshot.steps.empty())
    ++m_refreshes;
  emit updated();
  if (current && m_wanted != 0)
    send(m_wanted);
}

void GradientsPanel::redraw() {
  m_verdict = judgeGradients(m_history);
  if (m_history.empty()) {
    m_gradNorm->setValues({});
    m_activations->setStats({}, countsDead(m_config.activation));
    m_updateRatio->setValues({});
  } else {
    const GradientStep& last = m_history.back();
    m_gradNorm->setValues(last.gradNorm);
    m_activations->setStats(last.activations, countsDead(m_config.activation));
    m_updateRatio->setValues(last.updateRatio);
  }
  m_heatMap->redraw();
  m_loss->graph(1)->data()->clear();
  if (m_verdict.regime == GradientRegime::Diverged) {
    // Mark the step where the run diverged across the loss plot.
    const QCPRange y = m_loss->yAxis->range();
    m_loss->graph(1)->setData({double(m_verdict.step), double(m_verdict.step)}, {y.lower, y.upper});
  }
  m_loss->rescaleAxes();
  m_loss->replot(QCustomPlot::rpQueuedReplot);
  updateVerdictLabel();
}

void GradientsPanel::updateChain() {
  try {
    const DeepNetConfig& c = m_config;
    m_chain->setChain(deepNetChain(c), slopeBound(c.activation));
  } catch (const InputError&) {
    m_chain->setChain({}, 0.25);
  }
}

QString GradientsPanel::verdictText() const {
  if (!m_error.isEmpty())
    return tr("cannot run: %1").arg(m_error);
  const GradientVerdict& v = m_verdict;
  const auto layers = [&v](const QString& pattern) {
    return pattern.arg(v.lowLayer).arg(number(v.ratio)).arg(v.highLayer);
  };
  QString text;
  switch (v.regime) {
  case GradientRegime::None:
    return tr("no step yet: press Step or Run");
  case GradientRegime::Diverged:
    return v.layer > 0
               ? tr("diverged at step %1: layer %2 is not finite (NaN or inf); "
                    "paused, the plots show the run up to there")
                     .arg(v.step)
                     .arg(v.layer)
               : tr("diverged at step %1: the loss is not finite (NaN or inf); paused").arg(v.step);
  case GradientRegime::Exploding:
    text = v.byGrowth ? tr("exploding: gradient norm grew %1 in %2 steps")
                            .arg(number(v.growth))
                            .arg(v.growthSteps)
           : v.ratioStep != v.step
               ? layers(tr("exploding at step %4: layer %1 gets %2 times layer %3's gradient"))
                     .arg(v.ratioStep)
               : layers(tr("exploding: layer %1 gets %2 times layer %3's gradient"));
    break;
  case GradientRegime::Vanishing:
    text = layers(tr("vanishing: layer %1 gets %2 of layer %3's gradient"));
    break;
  case GradientRegime::Healthy:
    text = v.lowLayer > 0 ? layers(tr("healthy: layer %1 gets %2 of layer %3's gradient"))
                          : tr("healthy");
    break;
  }
  if (v.clipped)
    text += tr(" (clipped from %1 to %2)").arg(number(v.globalNorm)).arg(number(v.clippedNorm));
  return text;
}

void GradientsPanel::updateVerdictLabel() {
  QString color = "black";
  if (!m_error.isEmpty() || m_verdict.regime == GradientRegime::Exploding ||
      m_verdict.regime == GradientRegime::Diverged)
    color = "#c62828";
  else if (m_verdict.regime == GradientRegime::Vanishing)
    color = "#1565c0";
  else if (m_verdict.regime == GradientRegime::Healthy)
    color = "#2e7d32";
  m_verdictLabel->setStyleSheet(QString("QLabel { color: %1; font-weight: bold; }").arg(color));
  m_verdictLabel->setText(verdictText());
}

void GradientsPanel::retranslate() {
  m_gradNorm->setTexts(tr("‖∂L/∂W_l‖ (log)"), tr("gradient norm"), QString());
  m_gradNorm->setToolTip(tr("Frobenius norm of each weight layer's gradient in the last step. "
                            "A line falling to the left means the gradient vanishes toward "
                            "the input; rising to the left, it explodes."));
  m_updateRatio->setTexts(tr("‖ΔW_l‖ / ‖W_l‖ (log)"), tr("update ratio"), tr("1e-3 rule of thumb"));
  m_updateRatio->setToolTip(tr("How much the last update changed each weight matrix, relative "
                               "to its size. Around 1e-3 is a common rule of thumb; far below, "
                               "the layer barely learns."));
  m_heatMap->retranslate();
  m_heatMap->setToolTip(tr("log10 of each layer's gradient norm (rows) at every step (columns)"));
  m_activations->retranslate();
  m_activations->setToolTip(tr("Distribution of each layer's activations over the data in the "
                               "last step; bars: saturated values (sigmoid, tanh) or dead "
                               "units (ReLU family)"));
  m_loss->xAxis->setLabel(tr("step"));
  m_loss->yAxis->setLabel(tr("loss (cross-entropy)"));
  m_loss->graph(0)->setName(tr("loss"));
  m_loss->graph(1)->setName(tr("diverged"));
  m_loss->setToolTip(tr("Loss of every step, computed before its update"));
  m_chain->retranslate();
  m_chain->setToolTip(tr("One neuron per layer: each link multiplies the gradient by "
                         "σ'(z_l)·w_l. The running product (red) is the gradient arriving at "
                         "each layer from the output."));
  m_tabs->setTabText(0, tr("Heat map"));
  m_tabs->setTabText(1, tr("Activations"));
  m_tabs->setTabText(2, tr("Update ratio"));
  m_tabs->setTabText(3, tr("Loss"));
  m_tabs->setTabText(4, tr("Chain rule"));
  m_verdictLabel->setToolTip(tr("The regime of the last step and the number behind it; the "
                                "thresholds are in the help"));
  updateVerdictLabel();
}

} // namespace gs::ui
