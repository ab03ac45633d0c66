#include "networkpanel.h"
#include "common/presentation.h"

#include "backpropworksheet.h"
#include "common/plotexport.h"
#include "core/error.h"
#include "networkview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

namespace gs::ui {

using namespace gs::backprop;

namespace {
const ActivationKind kNetActivations[] = {ActivationKind::Sigmoid, ActivationKind::Tanh,
                                          ActivationKind::Relu, ActivationKind::LeakyRelu,
                                          ActivationKind::Linear};

QString num(double v) {
  return QString::fromStdString(formatCompact(v));
}
QString sup(int l) {
  return QString::fromStdString(superscript(l));
}

/// "0.05, 0.1" → values; false when a part is not a number.
bool parseList(const QString& text, std::vector<double>& out) {
  out.clear();
  for (const QString& part : text.split(QRegularExpression("[,;\\s]+"), Qt::SkipEmptyParts)) {
    bool ok = false;
    const double v = part.toDouble(&ok);
    if (!ok)
      return false;
    out.push_back(v);
  }
  return true;
}

QString joinList(const std::vector<double>& values) {
  QStringList parts;
  for (double v : values)
    parts << QString::number(v, 'g', 10);
  return parts.join(", ");
}

void setRed(QLabel* label) {
  label->setStyleSheet("color: #c00000;");
  label->setWordWrap(true);
  label->hide();
}
} // namespace

NetworkPanel::NetworkPanel(QWidget* parent)
    : QWidget(parent)
    , m_net(SmallNet::mazurPreset()) {
  buildUi();
  syncControls();
  recompute(true);
  retranslate();
}

void NetworkPanel::buildUi() {
  auto* root = new QHBoxLayout(this);

  // --- settings ---
  m_settingsBox = new QGroupBox(this);
  m_settingsBox->setMaximumWidth(300);
  auto* form = new QFormLayout(m_settingsBox);
  m_inputsLabel = new QLabel(m_settingsBox);
  m_inputs = new QSpinBox(m_settingsBox);
  m_inputs->setObjectName("inputsSpin");
  m_inputs->setRange(1, kMaxInputs);
  form->addRow(m_inputsLabel, m_inputs);
  m_layersLabel = new QLabel(m_settingsBox);
  m_layers = new QSpinBox(m_settingsBox);
  m_layers->setObjectName("layersSpin");
  m_layers->setRange(1, kMaxLayers);
  form->addRow(m_layersLabel, m_layers);
  for (int l = 0; l < kMaxLayers; ++l) {
    auto* row = new QHBoxLayout;
    m_sizes[l] = new QSpinBox(m_settingsBox);
    m_sizes[l]->setRange(1, kMaxNeurons);
    m_sizes[l]->setObjectName(QString("sizeSpin%1").arg(l + 1));
    m_acts[l] = new QComboBox(m_settingsBox);
    m_acts[l]->setObjectName(QString("activationCombo%1").arg(l + 1));
    for (ActivationKind a : kNetActivations)
      m_acts[l]->addItem(QString::fromStdString(activationName(a)));
    row->addWidget(m_sizes[l]);
    row->addWidget(m_acts[l], 1);
    m_layerLabels[l] = new QLabel(m_settingsBox);
    form->addRow(m_layerLabels[l], row);
    connect(m_sizes[l], &QSpinBox::valueChanged, this, &NetworkPanel::rebuildFromSettings);
    connect(m_acts[l], &QComboBox::currentIndexChanged, this, &NetworkPanel::rebuildFromSettings);
  }
  m_lossLabel = new QLabel(m_settingsBox);
  m_loss = new QComboBox(m_settingsBox);
  m_loss->setObjectName("lossCombo");
  m_loss->addItems({"mse", "cross_entropy"});
  form->addRow(m_lossLabel, m_loss);
  m_lrLabel = new QLabel(m_settingsBox);
  m_lr = new QLineEdit(m_settingsBox);
  m_lr->setObjectName("learningRateEdit");
  form->addRow(m_lrLabel, m_lr);
  m_xLabel = new QLabel(m_settingsBox);
  m_x = new QLineEdit(m_settingsBox);
  m_x->setObjectName("xEdit");
  form->addRow(m_xLabel, m_x);
  m_yLabel = new QLabel(m_settingsBox);
  m_y = new QLineEdit(m_settingsBox);
  m_y->setObjectName("yEdit");
  form->addRow(m_yLabel, m_y);
  m_seedLabel = new QLabel(m_settingsBox);
  m_seed = new QSpinBox(m_settingsBox);
  m_seed->setObjectName("seedSpin");
  m_seed->setRange(0, 999999);
  form->addRow(m_seedLabel, m_seed);
  m_randomize = new QPushButton(m_settingsBox);
  m_randomize->setObjectName("randomizeButton");
  m_preset = new QPushButton(m_settingsBox);
  m_preset->setObjectName("presetButton");
  form->addRow(m_randomize);
  form->addRow(m_preset);
  m_settingsError = new QLabel(m_settingsBox);
  m_settingsError->setObjectName("settingsError");
  setRed(m_settingsError);
  form->addRow(m_settingsError);
  root->addWidget(m_settingsBox);

  connect(m_inputs, &QSpinBox::valueChanged, this, &NetworkPanel::rebuildFromSettings);
  connect(m_layers, &QSpinBox::valueChanged, this, &NetworkPanel::rebuildFromSettings);
  connect(m_loss, &QComboBox::currentIndexChanged, this, &NetworkPanel::rebuildFromSettings);
  connect(m_randomize, &QPushButton::clicked, this, &NetworkPanel::rebuildFromSettings);
  connect(m_preset, &QPushButton::clicked, this, &NetworkPanel::loadPreset);
  connect(m_x, &QLineEdit::editingFinished, this, &NetworkPanel::applySample);
  connect(m_y, &QLineEdit::editingFinished, this, &NetworkPanel::applySample);
  connect(m_lr, &QLineEdit::editingFinished, this, &NetworkPanel::applySample);

  // --- diagram, stepper, equations ---
  auto* right = new QSplitter(Qt::Vertical, this);
  auto* top = new QWidget(right);
  auto* topLayout = new QVBoxLayout(top);
  topLayout->setContentsMargins(0, 0, 0, 0);
  m_view = new NetworkView(top);
  topLayout->addWidget(m_view, 1);
  m_editError = new QLabel(top);
  m_editError->setObjectName("editError");
  setRed(m_editError);
  topLayout->addWidget(m_editError);
  connect(m_view, &NetworkView::valueEdited, this, &NetworkPanel::onValueEdited);

  auto* bar = new QHBoxLayout;
  m_prev = new QPushButton(top);
  m_prev->setObjectName("previousButton");
  m_next = new QPushButton(top);
  m_next->setObjectName("nextButton");
  m_play = new QPushButton(top);
  m_play->setObjectName("playButton");
  m_play->setCheckable(true);
  m_phaseCombo = new QComboBox(top);
  m_phaseCombo->setObjectName("phaseCombo");
  m_nextSample = new QPushButton(top);
  m_nextSample->setObjectName("nextSampleButton");
  bar->addWidget(m_prev);
  bar->addWidget(m_next);
  bar->addWidget(m_play);
  bar->addWidget(m_phaseCombo, 1);
  bar->addWidget(m_nextSample);
  m_export = new QPushButton(top);
  m_export->setObjectName("exportSolutionButton");
  bar->addWidget(m_export);
  topLayout->addLayout(bar);
  m_exportMessage = new QLabel(top);
  m_exportMessage->setObjectName("exportMessage");
  m_exportMessage->setWordWrap(true);
  m_exportMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_exportMessage->hide();
  topLayout->addWidget(m_exportMessage);
  connect(m_export, &QPushButton::clicked, this, [this] {
    const QString path = askWorksheetPath(this, QStringLiteral("backprop-solution"));
    if (!path.isEmpty())
      exportWorkedSolution(path);
  });
  connect(m_prev, &QPushButton::clicked, this, &NetworkPanel::previous);
  connect(m_next, &QPushButton::clicked, this, &NetworkPanel::next);
  connect(m_nextSample, &QPushButton::clicked, this, &NetworkPanel::nextSample);
  connect(m_phaseCombo, &QComboBox::activated, this, &NetworkPanel::jumpTo);
  m_playTimer = new QTimer(this);
  m_playTimer->setInterval(1400);
  connect(m_playTimer, &QTimer::timeout, this, &NetworkPanel::next);
  connect(m_play, &QPushButton::toggled, this, [this](bool on) {
    on ? m_playTimer->start() : m_playTimer->stop();
    retranslate();
  });

  m_phaseTitle = new QLabel(top);
  m_phaseTitle->setObjectName("phaseTitle");
  setRelativeFont(m_phaseTitle, 1.5, true);
  m_notation = new QLabel(top);
  m_notation->setObjectName("equationNotation");
  setRelativeFont(m_notation, 1.5);
  m_notation->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_numbers = new QLabel(top);
  m_numbers->setObjectName("equationNumbers");
  setRelativeFont(m_numbers, 1.25);
  m_numbers->setWordWrap(true);
  m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_nonFinite = new QLabel(top);
  m_nonFinite->setObjectName("nonFiniteMessage");
  setRed(m_nonFinite);
  topLayout->addWidget(m_phaseTitle);
  topLayout->addWidget(m_notation);
  topLayout->addWidget(m_numbers);
  topLayout->addWidget(m_nonFinite);
  right->addWidget(top);

  auto* bottom = new QWidget(right);
  auto* bottomLayout = new QHBoxLayout(bottom);
  bottomLayout->setContentsMargins(0, 0, 0, 0);
  m_checkBox = new QGroupBox(bottom);
  auto* checkLayout = new QVBoxLayout(m_checkBox);
  m_checkSummary = new QLabel(m_checkBox);
  m_checkSummary->setObjectName("gradientCheckSummary");
  m_checkSummary->setWordWrap(true);
  m_checkTable = new QTableWidget(m_checkBox);
  m_checkTable->setObjectName("gradientCheckTable");
  m_checkTable->setColumnCount(3);
  m_checkTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  // numbers on one line, columns as wide as their text at any font scale (scroll if needed)
  m_checkTable->setWordWrap(false);
  m_checkTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_checkTable->horizontalHeader()->setStretchLastSection(true);
  m_checkTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  checkLayout->addWidget(m_checkSummary);
  checkLayout->addWidget(m_checkTable);
  m_historyBox = new QGroupBox(bottom);
  auto* historyLayout = new QVBoxLayout(m_historyBox);
  m_lossPlot = new QCustomPlot(m_historyBox);
  m_lossPlot->setObjectName("lossHistoryPlot");
  m_lossPlot->addGraph();
  m_lossPlot->graph(0)->setPen(QPen(QColor(33, 102, 172), 2));
  m_lossPlot->graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
  m_lossPlot->setMinimumHeight(160);
  historyLayout->addWidget(m_lossPlot);
  installPlotExport(m_lossPlot, "loss-history");
  bottomLayout->addWidget(m_checkBox, 1);
  bottomLayout->addWidget(m_historyBox, 1);
  right->addWidget(bottom);
  right->setStretchFactor(0, 3);
  right->setStretchFactor(1, 2);
  root->addWidget(right, 1);
}

void NetworkPanel::syncControls() {
  const QSignalBlocker b1(m_inputs), b2(m_layers), b3(m_loss);
  const NetConfig& c = m_net.config();
  m_inputs->setValue(c.inputs);
  m_layers->setValue(static_cast<int>(c.sizes.size()));
  m_loss->setCurrentIndex(c.loss == NetLoss::Mse ? 0 : 1);
  for (int l = 0; l < kMaxLayers; ++l) {
    const QSignalBlocker s(m_sizes[l]), a(m_acts[l]);
    const bool used = l < static_cast<int>(c.sizes.size());
    m_sizes[l]->setVisible(used);
    m_acts[l]->setVisible(used);
    m_layerLabels[l]->setVisible(used);
    if (used) {
      m_sizes[l]->setValue(c.sizes[l]);
      m_acts[l]->setCurrentText(QString::fromStdString(activationName(c.activations[l])));
    }
  }
  m_x->setText(joinList(m_net.x()));
  m_y->setText(joinList(m_net.y()));
  m_lr->setText(QString::number(m_net.learningRate(), 'g', 10));
}

void NetworkPanel::showSettingsError(const QString& message) {
  m_settingsError->setText(message);
  m_settingsError->setVisible(!message.isEmpty());
}

void NetworkPanel::rebuildFromSettings() {
  NetConfig c;
  c.inputs = m_inputs->value();
  c.sizes.clear();
  c.activations.clear();
  for (int l = 0; l < m_layers->value(); ++l) {
    c.sizes.push_back(m_sizes[l]->value());
    c.activations.push_back(activationFromName(m_acts[l]->currentText().toStdString()));
  }
  c.loss = m_loss->currentIndex() == 0 ? NetLoss::Mse : NetLoss::CrossEntropy;
  try {
    SmallNet net(c);
    net.randomize(static_cast<std::uint64_t>(m_seed->value()));
    std::vector<double> x(c.inputs), y(c.sizes.back(), 0.0);
    for (int i = 0; i < c.inputs; ++i)
      x[i] = i < static_cast<int>(m_net.x().size()) ? m_net.x()[i] : 0.5;
    if (c.loss == NetLoss::CrossEntropy)
      y[0] = 1.0;
    else
      for (std::size_t i = 0; i < y.size(); ++i)
        y[i] = i < m_net.y().size() ? m_net.y()[i] : 0.5;
    net.setSample(x, y);
    net.setLearningRate(m_net.learningRate());
    m_net = net;
    showSettingsError({});
  } catch (const InputError& e) {
    showSettingsError(QString::fromStdString(e.what()));
  }
  syncControls();
  m_phase = 0;
  recompute(true);
}

void NetworkPanel::applySample() {
  std::vector<double> x, y;
  bool eta_ok = false;
  const double eta = m_lr->text().toDouble(&eta_ok);
  if (!parseList(m_x->text(), x) || !parseList(m_y->text(), y) || !eta_ok) {
    showSettingsError(tr("x, y and the learning rate must be numbers (e.g. 0.05, 0.1); "
                         "the previous values are kept"));
    return;
  }
  try {
    SmallNet net = m_net;
    net.setSample(x, y);
    net.setLearningRate(eta);
    if (net.x() == m_net.x() && net.y() == m_net.y() && eta == m_net.learningRate())
      return;
    m_net = net;
    showSettingsError({});
  } catch (const InputError& e) {
    showSettingsError(QString::fromStdString(e.what()) + " — " +
                      tr("the previous values are kept"));
    return;
  }
  recompute(true);
}

void NetworkPanel::loadPreset() {
  setNet(SmallNet::mazurPreset());
}

void NetworkPanel::setNet(const SmallNet& net) {
  m_net = net;
  showSettingsError({});
  syncControls();
  m_phase = 0;
  recompute(true);
}

bool NetworkPanel::exportWorkedSolution(const QString& path) {
  QString error;
  const bool ok =
      BackpropWorksheet::build(m_net, m_it, static_cast<int>(m_history.size())).save(path, &error);
  m_exportMessage->setStyleSheet(ok ? QString() : QStringLiteral("color: #c00000;"));
  m_exportMessage->setText(ok ? tr("Worked solution saved to %1").arg(path) : error);
  m_exportMessage->show();
  return ok;
}

QString NetworkPanel::exportMessage() const {
  return m_exportMessage->text();
}

void NetworkPanel::recompute(bool resetHistory) {
  m_it = m_net.run();
  m_check = checkGradients(m_net);
  if (resetHistory)
    m_history = {m_it.loss};
  m_phase = std::clamp(m_phase, 0, phaseCount() - 1);
  refresh();
}

void NetworkPanel::onValueEdited(Cell cell, QString text) {
  bool ok = false;
  const double v = text.trimmed().toDouble(&ok);
  const QString name =
      cell.quantity == Quantity::Weight
          ? QStringLiteral("W") + sup(cell.layer) +
                QString::fromStdString(subscript(cell.row + 1) + subscript(cell.col + 1))
          : QStringLiteral("b") + sup(cell.layer) + QString::fromStdString(subscript(cell.row + 1));
  const double old = cell.quantity == Quantity::Weight
                         ? m_net.params(cell.layer).w(cell.row, cell.col)
                         : m_net.params(cell.layer).b(cell.row);
  if (!ok || !std::isfinite(v)) {
    m_editError->setText(
        tr("“%1” is not a number: %2 keeps its value %3.").arg(text, name, num(old)));
    m_editError->show();
    return;
  }
  if (cell.quantity == Quantity::Weight)
    m_net.setWeight(cell.layer, cell.row, cell.col, v);
  else
    m_net.setBias(cell.layer, cell.row, v);
  m_editError->hide();
  recompute(true);
}

void NetworkPanel::next() {
  if (m_phase + 1 < phaseCount())
    jumpTo(m_phase + 1);
  else
    nextSample();
}

void NetworkPanel::previous() {
  if (m_phase > 0)
    jumpTo(m_phase - 1);
}

void NetworkPanel::jumpTo(int phase) {
  m_phase = std::clamp(phase, 0, phaseCount() - 1);
  refresh();
}

void NetworkPanel::nextSample() {
  m_net.setParams(m_it.after);
  m_it = m_net.run();
  m_check = checkGradients(m_net);
  m_history.push_back(m_it.loss);
  m_phase = 0;
  refresh();
}

QString NetworkPanel::phaseTitle(const Phase& phase) {
  const int l = phase.layer;
  switch (phase.kind) {
  case PhaseKind::Forward:
    return tr("Forward pass, layer %1").arg(l);
  case PhaseKind::Loss:
    return tr("Loss C");
  case PhaseKind::OutputError:
    return tr("Output error δ%1").arg(sup(l));
  case PhaseKind::HiddenError:
    return tr("Error of layer %1: δ%2").arg(l).arg(sup(l));
  case PhaseKind::BiasGradient:
    return tr("Bias gradient ∂C/∂b%1").arg(sup(l));
  case PhaseKind::WeightGradient:
    return tr("Weight gradient ∂C/∂W%1").arg(sup(l));
  case PhaseKind::Update:
    return tr("Update of layer %1 (old → new)").arg(l);
  }
  return {};
}

void NetworkPanel::refresh() {
  NetworkViewData data;
  for (int l = 0; l <= m_net.layers(); ++l)
    data.widths.push_back(m_net.width(l));
  data.activation.push_back({});
  for (int l = 1; l <= m_net.layers(); ++l)
    data.activation.push_back(m_net.isSoftmax(l) ? QStringLiteral("softmax")
                                                 : QString::fromStdString(activationName(
                                                       m_net.config().activations[l - 1])));
  data.iteration = m_it;
  data.phase = m_phase;
  m_view->setData(std::move(data));

  {
    const QSignalBlocker block(m_phaseCombo);
    m_phaseCombo->clear();
    for (int p = 0; p < phaseCount(); ++p)
      m_phaseCombo->addItem(QString("%1. %2").arg(p + 1).arg(phaseTitle(m_it.phases[p])));
    m_phaseCombo->setCurrentIndex(m_phase);
  }
  const Phase& ph = m_it.phases[m_phase];
  m_phaseTitle->setText(tr("Step %1 of %2 (iteration %3): %4")
                            .arg(m_phase + 1)
                            .arg(phaseCount())
                            .arg(m_history.size())
                            .arg(phaseTitle(ph)));
  m_notation->setText(QString::fromStdString(ph.notation));
  m_numbers->setText(QString::fromStdString(ph.numbers));
  m_prev->setEnabled(m_phase > 0);
  m_nonFinite->setVisible(!m_it.nonFinite.empty());
  if (!m_it.nonFinite.empty())
    m_nonFinite->setText(tr("Not a finite number: %1. inf means the value overflowed the "
                            "double range (about 1.8e308); NaN (not a number) comes from inf − inf "
                            "or 0 × inf. Make the weights, inputs or learning rate smaller.")
                             .arg(QString::fromStdString(m_it.nonFinite)));

  // the finite-difference check for the layer of this phase
  const int l = ph.layer;
  const QString agree = std::isfinite(m_check.maxAbsDiff) && m_check.maxAbsDiff < 1e-8
                            ? tr("backprop and finite differences agree to 1e-8")
                            : tr("backprop and finite differences do NOT agree to 1e-8");
  m_checkSummary->setText(tr("Central differences (C(θ+h) − C(θ−h)) / 2h, h = 1e-6, for every "
                             "weight and bias: max |backprop − numeric| = %1: %2.")
                              .arg(QString::number(m_check.maxAbsDiff, 'g', 3), agree));
  m_checkTable->setHorizontalHeaderLabels(
      {tr("backprop"), tr("finite difference"), tr("|difference|")});
  QStringList rows;
  std::vector<std::array<double, 2>> values;
  for (int i = 0; i < m_net.width(l); ++i) {
    for (int j = 0; j < m_net.width(l - 1); ++j) {
      rows << QStringLiteral("∂C/∂W") + sup(l) +
                  QString::fromStdString(subscript(i + 1) + subscript(j + 1));
      values.push_back({m_check.backpropW[l](i, j), m_check.numericW[l](i, j)});
    }
    rows << QStringLiteral("∂C/∂b") + sup(l) + QString::fromStdString(subscript(i + 1));
    values.push_back({m_check.backpropB[l](i), m_check.numericB[l](i)});
  }
  m_checkTable->setRowCount(static_cast<int>(rows.size()));
  m_checkTable->setVerticalHeaderLabels(rows);
  for (int r = 0; r < rows.size(); ++r) {
    m_checkTable->setItem(r, 0, new QTableWidgetItem(QString::number(values[r][0], 'g', 7)));
    m_checkTable->setItem(r, 1, new QTableWidgetItem(QString::number(values[r][1], 'g', 7)));
    m_checkTable->setItem(
        r, 2,
        new QTableWidgetItem(QString::number(std::fabs(values[r][0] - values[r][1]), 'g', 2)));
  }

  QVector<double> xs, ys;
  for (std::size_t k = 0; k < m_history.size(); ++k) {
    xs << static_cast<double>(k + 1);
    ys << m_history[k];
  }
  m_lossPlot->graph(0)->setData(xs, ys);
  m_lossPlot->rescaleAxes();
  m_lossPlot->xAxis->setRange(0.5, std::max(5.0, xs.size() + 0.5));
  m_lossPlot->yAxis->setRangeLower(0);
  m_lossPlot->replot(QCustomPlot::rpQueuedReplot);
}

void NetworkPanel::retranslate() {
  m_settingsBox->setTitle(tr("Network"));
  m_inputsLabel->setText(tr("Inputs"));
  m_inputs->setToolTip(tr("Number of inputs x (1–4)"));
  m_layersLabel->setText(tr("Layers"));
  m_layers->setToolTip(tr("Number of layers after the input (1–4)"));
  for (int l = 0; l < kMaxLayers; ++l) {
    m_layerLabels[l]->setText(tr("Layer %1").arg(l + 1));
    m_sizes[l]->setToolTip(tr("Neurons in layer %1 (1–4)").arg(l + 1));
    m_acts[l]->setToolTip(tr("Activation σ of layer %1 (with cross-entropy the output layer "
                             "uses softmax)")
                              .arg(l + 1));
  }
  m_lossLabel->setText(tr("Loss"));
  m_loss->setToolTip(tr("mse: C = (1/n) Σ (a − y)² (torch MSELoss; with 2 outputs equal to "
                        "the textbook ½ Σ (y − a)²). cross_entropy: softmax output, "
                        "C = −Σ y log a"));
  m_lrLabel->setText(tr("Learning rate η"));
  m_lr->setToolTip(tr("Step size of the update W ← W − η ∂C/∂W"));
  m_xLabel->setText(tr("Sample x"));
  m_x->setToolTip(tr("The input values, separated by commas"));
  m_yLabel->setText(tr("Target y"));
  m_y->setToolTip(tr("The wanted outputs, separated by commas (for cross-entropy: "
                     "probabilities summing to 1, e.g. 0, 1)"));
  m_seedLabel->setText(tr("Seed"));
  m_seed->setToolTip(tr("Seed of the random weights: the same seed gives the same weights"));
  m_randomize->setText(tr("Random weights"));
  m_randomize->setToolTip(tr("Draw new weights and biases as torch.nn.Linear does: uniform in "
                             "±1/√(inputs of the layer), from the seed"));
  m_preset->setText(tr("Textbook example 2-2-2"));
  m_preset->setToolTip(tr("Matt Mazur's step-by-step example: x = (0.05, 0.1), y = (0.01, "
                          "0.99), sigmoid, η = 0.5; total error 0.298371109"));
  m_view->setToolTip(tr("Neurons show z and a; edges show the weights (blue positive, red "
                        "negative, thicker = larger). Yellow: what this step reads; green: what "
                        "it computes. Double-click a weight or bias to edit it."));
  m_prev->setText(tr("◀ Previous"));
  m_prev->setToolTip(tr("Previous step (Backspace)"));
  m_next->setText(tr("Next ▶"));
  m_next->setToolTip(tr("Next step (Space); after the update, a new iteration"));
  m_play->setText(m_play->isChecked() ? tr("Pause") : tr("Play"));
  m_play->setToolTip(tr("Step automatically"));
  m_phaseCombo->setToolTip(tr("Jump to a step"));
  m_nextSample->setText(tr("Next sample ▶▶"));
  m_nextSample->setToolTip(tr("Keep the updated weights and run the sample again: the loss "
                              "history shows the loss falling"));
  m_export->setText(tr("Export worked solution…"));
  m_export->setToolTip(tr("Save every step of this iteration with its numbers as a printable "
                          "page (HTML or PDF) to hand out"));
  m_exportMessage->setToolTip(tr("Where the worked solution went, or why it could not be saved"));
  m_checkBox->setTitle(tr("Gradient check"));
  m_checkTable->setToolTip(tr("Backprop's gradient beside the finite-difference estimate, for "
                              "the layer of the current step"));
  m_historyBox->setTitle(tr("Loss per iteration"));
  m_lossPlot->setToolTip(tr("The loss of each iteration (before its update); right-click to "
                            "export"));
  m_lossPlot->xAxis->setLabel(tr("iteration"));
  m_lossPlot->yAxis->setLabel(tr("loss C"));
  refresh();
}

QJsonObject NetworkPanel::saveState() const {
  const NetConfig& c = m_net.config();
  QJsonArray sizes, acts, x, y, params;
  for (std::size_t l = 0; l < c.sizes.size(); ++l) {
    sizes << c.sizes[l];
    acts << QString::fromStdString(activationName(c.activations[l]));
  }
  for (double v : m_net.x())
    x << v;
  for (double v : m_net.y())
    y << v;
  for (int l = 1; l <= m_net.layers(); ++l) {
    QJsonArray w, b;
    for (int i = 0; i < m_net.width(l); ++i) {
      for (int j = 0; j < m_net.width(l - 1); ++j)
        w << m_net.params(l).w(i, j);
      b << m_net.params(l).b(i);
    }
    params << QJsonObject{{"weight", w}, {"bias", b}};
  }
  return {{"inputs", c.inputs},
          {"sizes", sizes},
          {"activations", acts},
          {"loss", QString::fromStdString(netLossName(c.loss))},
          {"lr", m_net.learningRate()},
          {"seed", m_seed->value()},
          {"x", x},
          {"y", y},
          {"params", params},
          {"phase", m_phase}};
}

void NetworkPanel::restoreState(const QJsonObject& s) {
  try {
    NetConfig c;
    c.inputs = s.value("inputs").toInt(2);
    c.sizes.clear();
    c.activations.clear();
    for (const auto& v : s.value("sizes").toArray())
      c.sizes.push_back(v.toInt());
    for (const auto& v : s.value("activations").toArray())
      c.activations.push_back(activationFromName(v.toString().toStdString()));
    c.loss = netLossFromName(s.value("loss").toString("mse").toStdString());
    SmallNet net(c);
    std::vector<LayerParams> params = net.allParams();
    const QJsonArray ps = s.value("params").toArray();
    for (int l = 1; l <= net.layers() && l - 1 < ps.size(); ++l) {
      const QJsonArray w = ps[l - 1].toObject().value("weight").toArray();
      const QJsonArray b = ps[l - 1].toObject().value("bias").toArray();
      for (int k = 0; k < w.size() && k < params[l].w.size(); ++k)
        params[l].w(k / net.width(l - 1), k % net.width(l - 1)) = w[k].toDouble();
      for (int k = 0; k < b.size() && k < params[l].b.size(); ++k)
        params[l].b(k) = b[k].toDouble();
    }
    net.setParams(params);
    std::vector<double> x, y;
    for (const auto& v : s.value("x").toArray())
      x.push_back(v.toDouble());
    for (const auto& v : s.value("y").toArray())
      y.push_back(v.toDouble());
    net.setSample(x, y);
    net.setLearningRate(s.value("lr").toDouble(0.5));
    m_net = net;
    m_seed->setValue(s.value("seed").toInt());
    m_phase = s.value("phase").toInt();
  } catch (const InputError& e) {
    showSettingsError(
        tr("The saved network could not be restored: %1").arg(QString::fromStdString(e.what())));
  }
  syncControls();
  recompute(true);
}

} // namespace gs::ui
