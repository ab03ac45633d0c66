#include "steplab.h"

#include "convcontrols.h"
#include "convworksheet.h"
#include "formulaview.h"
#include "poolcontrols.h"
#include "presets.h"
#include "stepview.h"
#include "tensoreditor.h"
#include "transportbar.h"

#include "core/error.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace gs::ui {

namespace {
QGroupBox* box(QWidget* parent, QWidget* content) {
  auto* b = new QGroupBox(parent);
  auto* l = new QVBoxLayout(b);
  l->addWidget(content);
  return b;
}
} // namespace

StepLab::StepLab(QWidget* parent)
    : QWidget(parent) {
  auto* setup = new QWidget;
  m_preset = new QComboBox(setup);
  m_preset->setObjectName("presetCombo");
  for (const LabPreset& p : labPresets())
    m_preset->addItem(p.name);
  m_operation = new QComboBox(setup);
  m_operation->setObjectName("operationCombo");
  m_operation->addItem(QString());
  m_operation->addItem(QString());
  m_presetLabel = new QLabel(setup);
  m_operationLabel = new QLabel(setup);
  m_input = new TensorEditor(TensorEditor::Kind::Input);
  m_kernels = new TensorEditor(TensorEditor::Kind::Kernels);
  m_conv = new ConvControls;
  m_pool = new PoolControls;
  m_inputBox = box(setup, m_input);
  m_kernelBox = box(setup, m_kernels);
  m_convBox = box(setup, m_conv);
  m_poolBox = box(setup, m_pool);
  auto* top = new QGridLayout;
  top->addWidget(m_presetLabel, 0, 0);
  top->addWidget(m_preset, 0, 1);
  top->addWidget(m_operationLabel, 1, 0);
  top->addWidget(m_operation, 1, 1);
  top->setColumnStretch(1, 1);
  auto* setupLayout = new QVBoxLayout(setup);
  setupLayout->addLayout(top);
  for (QGroupBox* b : {m_inputBox, m_kernelBox, m_convBox, m_poolBox})
    setupLayout->addWidget(b);
  setupLayout->addStretch();
  auto* scroll = new QScrollArea;
  scroll->setWidget(setup);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setMinimumWidth(450);

  auto* animation = new QWidget;
  m_error = new QLabel(animation);
  m_error->setObjectName("errorLabel");
  m_error->setStyleSheet("color: #c62828; font-weight: bold;");
  m_error->setWordWrap(true);
  m_error->hide();
  m_view = new StepView(animation);
  m_view->setObjectName("stepView");
  m_view->setFocusPolicy(Qt::ClickFocus);
  m_formula = new FormulaView(animation);
  m_transport = new TransportBar(animation);
  m_export = new QPushButton(animation);
  m_export->setObjectName("exportSolutionButton");
  m_export->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
  m_exportMessage = new QLabel(animation);
  m_exportMessage->setObjectName("exportMessage");
  m_exportMessage->setWordWrap(true);
  m_exportMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_exportMessage->hide();
  auto* exportRow = new QHBoxLayout;
  exportRow->addWidget(m_export);
  exportRow->addWidget(m_exportMessage, 1);
  auto* right = new QVBoxLayout(animation);
  right->addWidget(m_error);
  right->addWidget(m_view, 1);
  right->addWidget(m_formula);
  right->addWidget(m_transport);
  right->addLayout(exportRow);

  auto* splitter = new QSplitter(this);
  splitter->addWidget(scroll);
  splitter->addWidget(animation);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({430, 800});
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(splitter);

  connect(m_preset, &QComboBox::activated, this, &StepLab::loadPreset);
  connect(m_operation, &QComboBox::currentIndexChanged, this, [this] {
    updateOperation();
    recompute();
  });
  connect(m_input, &TensorEditor::planesChanged, m_kernels, &TensorEditor::setPlanes);
  for (QObject* source : std::initializer_list<QObject*>{m_input, m_kernels})
    connect(static_cast<TensorEditor*>(source), &TensorEditor::changed, this, &StepLab::recompute);
  connect(m_conv, &ConvControls::changed, this, &StepLab::recompute);
  connect(m_pool, &PoolControls::changed, this, &StepLab::recompute);
  connect(m_transport, &TransportBar::indexChanged, m_view, &StepView::setStep);
  connect(m_export, &QPushButton::clicked, this, [this] {
    const QString path = askWorksheetPath(this, pooling() ? QStringLiteral("pooling-solution")
                                                          : QStringLiteral("convolution-solution"));
    if (!path.isEmpty())
      exportWorkedSolution(path);
  });

  retranslate();
  loadPreset(0);
}

bool StepLab::pooling() const {
  return m_operation->currentIndex() == 1;
}

QString StepLab::errorText() const {
  return !m_error->isHidden() ? m_error->text() : QString();
}

bool StepLab::exportWorkedSolution(const QString& path) {
  QString error;
  bool ok = false;
  if (m_view->stepCount() == 0)
    error = tr("Nothing to export: these settings give no output.");
  else
    ok = ConvWorksheet::build(m_view->scene()).save(path, &error);
  m_exportMessage->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
  m_exportMessage->setText(ok ? tr("Worked solution saved to %1").arg(path) : error);
  m_exportMessage->show();
  return ok;
}

QString StepLab::exportMessage() const {
  return m_exportMessage->text();
}

void StepLab::loadPreset(int index) {
  const std::vector<LabPreset> presets = labPresets();
  const LabPreset& p = presets.at(static_cast<std::size_t>(index));
  m_loading = true;
  m_preset->setCurrentIndex(index);
  m_operation->setCurrentIndex(p.pooling ? 1 : 0);
  m_input->setTensor(1, p.channels, p.rows, p.cols, p.input);
  m_kernels->setTensor(p.kernels, p.channels, p.kernelRows, p.kernelCols, p.weights, p.bias);
  m_conv->setSpec(p.conv);
  m_pool->setSpec(p.pool);
  m_loading = false;
  updateOperation();
  m_transport->first();
  recompute();
}

void StepLab::updateOperation() {
  m_kernelBox->setVisible(!pooling());
  m_convBox->setVisible(!pooling());
  m_poolBox->setVisible(pooling());
}

void StepLab::recompute() {
  if (m_loading)
    return;
  try {
    StepScene scene;
    scene.pooling = pooling();
    scene.input = m_input->tensor();
    if (scene.pooling) {
      const PoolSpec spec = m_pool->spec();
      PoolResult r = pool(scene.input, spec, true);
      scene.poolKind = spec.kind;
      scene.padMode = PadMode::Explicit;
      scene.geometry = r.geometry;
      scene.output = std::move(r.output);
      scene.poolTrace = std::move(r.trace);
      m_formula->setPooling(scene.geometry);
    } else {
      const ConvSpec spec = m_conv->spec();
      scene.kernels = m_kernels->tensor();
      ConvResult r = convolve(scene.input, scene.kernels, m_kernels->bias(), spec, true);
      scene.flip = spec.flip;
      scene.padMode = spec.padding.mode;
      scene.geometry = r.geometry;
      scene.output = std::move(r.output);
      scene.convTrace = std::move(r.trace);
      m_formula->setConvolution(scene.geometry, r.cost, m_input->planes(), m_kernels->groups());
    }
    m_error->hide();
    m_view->setScene(std::move(scene));
    m_view->show();
    m_transport->setCount(m_view->stepCount());
    m_view->setStep(m_transport->index());
    m_export->setEnabled(true);
  } catch (const InputError& e) {
    m_error->setText(tr("No output: %1. Your matrices are kept; change the sizes or the settings.")
                         .arg(QString::fromUtf8(e.what())));
    m_error->show();
    m_view->clearScene();
    m_view->hide();
    m_formula->clear();
    m_transport->setCount(0);
    m_export->setEnabled(false);
  }
}

void StepLab::keyPressEvent(QKeyEvent* event) {
  if (m_transport->handleKey(event->key(), true))
    event->accept();
  else
    QWidget::keyPressEvent(event);
}

QJsonObject StepLab::saveState() const {
  return {
      {"preset", m_preset->currentIndex()}, {"operation", pooling() ? "pooling" : "convolution"},
      {"input", m_input->saveState()},      {"kernels", m_kernels->saveState()},
      {"convolution", m_conv->saveState()}, {"pooling", m_pool->saveState()},
      {"step", m_transport->index()},       {"speed", m_transport->speed()}};
}

void StepLab::restoreState(const QJsonObject& state) {
  m_loading = true;
  m_preset->setCurrentIndex(std::clamp(state.value("preset").toInt(), 0, m_preset->count() - 1));
  m_operation->setCurrentIndex(state.value("operation").toString() == "pooling" ? 1 : 0);
  m_input->restoreState(state.value("input").toObject());
  m_kernels->restoreState(state.value("kernels").toObject());
  m_conv->restoreState(state.value("convolution").toObject());
  m_pool->restoreState(state.value("pooling").toObject());
  m_transport->setSpeed(state.value("speed").toInt(2));
  m_loading = false;
  updateOperation();
  recompute();
  m_transport->setIndex(state.value("step").toInt());
}

void StepLab::retranslate() {
  const int current = m_preset->currentIndex();
  const std::vector<LabPreset> presets = labPresets();
  for (std::size_t i = 0; i < presets.size(); ++i)
    m_preset->setItemText(static_cast<int>(i), presets[i].name);
  m_preset->setCurrentIndex(current);
  m_presetLabel->setText(tr("Example"));
  m_preset->setToolTip(tr("Load a ready-made example (replaces the matrices and settings)"));
  m_operationLabel->setText(tr("Operation"));
  m_operation->setItemText(0, tr("Convolution"));
  m_operation->setItemText(1, tr("Pooling"));
  m_operation->setToolTip(tr("Slide a kernel (convolution) or take the max / average of each "
                             "window (pooling)"));
  m_inputBox->setTitle(tr("Input"));
  m_kernelBox->setTitle(tr("Kernels"));
  m_convBox->setTitle(tr("Convolution settings"));
  m_poolBox->setTitle(tr("Pooling settings"));
  m_error->setToolTip(tr("Why nothing can be computed with these settings"));
  m_view->setToolTip(tr("Click here, then use ← → to step, space to play or pause, Home / End"));
  m_export->setText(tr("Export worked solution…"));
  m_export->setToolTip(tr("Save every window with its multiply-add and the output as a "
                          "printable page (HTML or PDF) to hand out"));
  m_exportMessage->setToolTip(tr("Where the worked solution went, or why it could not be saved"));
  m_input->retranslate();
  m_kernels->retranslate();
  m_conv->retranslate();
  m_pool->retranslate();
  m_view->retranslate();
  m_formula->retranslate();
  m_transport->retranslate();
}

} // namespace gs::ui
