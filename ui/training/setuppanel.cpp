#include "setuppanel.h"

#include "layerform.h"

#include "common/plotexport.h"
#include "core/error.h"
#include "core/nn/loss.h"
#include "core/nn/modelfile.h"
#include "core/optim/schedule.h"
#include "core/train/presets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gs::ui {

namespace {
const char* const kFashionDir = "/usr/share/datasets/fashion-mnist";

QString qs(const std::string& s) {
  return QString::fromStdString(s);
}

/// Default fields of each layer type the palette adds.
nlohmann::json paletteLayer(const QString& type) {
  using nlohmann::json;
  if (type == "dense")
    return {{"type", "dense"}, {"out", 32}};
  if (type == "conv2d")
    return {{"type", "conv2d"}, {"out_channels", 8}, {"kernel", 3}, {"padding", "same"}};
  if (type == "maxpool2d" || type == "avgpool2d")
    return {{"type", type.toStdString()}, {"kernel", 2}};
  if (type == "dropout")
    return {{"type", "dropout"}, {"p", 0.5}};
  if (type == "leaky_relu")
    return {{"type", "leaky_relu"}, {"slope", 0.01}};
  return {{"type", type.toStdString()}};
}

const QStringList kPaletteTypes = {"dense",   "conv2d",     "maxpool2d", "avgpool2d", "flatten",
                                   "relu",    "leaky_relu", "sigmoid",   "tanh",      "elu",
                                   "softmax", "dropout",    "batchnorm"};
} // namespace

SetupPanel::SetupPanel(QWidget* parent)
    : QWidget(parent) {
  m_dataBox = new QGroupBox(this);
  m_networkBox = new QGroupBox(this);
  m_trainingBox = new QGroupBox(this);
  buildData(m_dataBox);
  buildNetwork(m_networkBox);
  buildTraining(m_trainingBox);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_dataBox);
  layout->addWidget(m_networkBox);
  layout->addWidget(m_trainingBox);
  layout->addStretch(1);
  retranslate();
  m_loading = true;
  setDataSet("shapes");
  m_preset->setCurrentIndex(m_preset->findData("lenet5"));
  m_loading = false;
  applyPreset();
}

void SetupPanel::buildData(QGroupBox* box) {
  m_data = new QComboBox(box);
  m_data->setObjectName("dataSet");
  for (const char* name : {"circle", "xor", "gaussians", "spiral", "moons"})
    m_data->addItem(name, QString("synthetic:") + name);
  m_data->addItem("shapes", "shapes");
  m_data->addItem("Fashion-MNIST", "fashion-mnist");
  m_data->addItem(QString(), "idx");
  m_dataNote = new QLabel(box);
  m_dataNote->setWordWrap(true);
  m_dataNote->setStyleSheet("color: #a33");
  m_samples = new QSpinBox(box);
  m_samples->setObjectName("samples");
  m_samples->setRange(0, 100000);
  m_samples->setSpecialValueText("default");
  m_noise = new QDoubleSpinBox(box);
  m_noise->setRange(0, 2);
  m_noise->setSingleStep(0.05);
  m_noise->setValue(0.1);
  m_classes = new QSpinBox(box);
  m_classes->setRange(2, 8);
  m_validation = new QDoubleSpinBox(box);
  m_validation->setObjectName("validationShare");
  m_validation->setRange(0, 0.9);
  m_validation->setSingleStep(0.05);
  m_validation->setValue(0.2);
  m_seed = new QSpinBox(box);
  m_seed->setObjectName("seed");
  m_seed->setRange(0, 1000000);
  auto* form = new QFormLayout(box);
  auto row = [&](QWidget* w) {
    auto* label = new QLabel(box);
    m_labels << label;
    form->addRow(label, w);
  };
  row(m_data);
  form->addRow(m_dataNote);
  row(m_samples);
  row(m_noise);
  row(m_classes);
  row(m_validation);
  row(m_seed);
  connect(m_data, &QComboBox::activated, this, [this] {
    if (m_data->currentData().toString() == "idx")
      chooseFolder();
    validate();
    if (!m_loading)
      emit setupChanged();
  });
  for (QSpinBox* s : {m_samples, m_classes, m_seed})
    connect(s, &QSpinBox::valueChanged, this, [this] {
      validate();
      if (!m_loading)
        emit setupChanged();
    });
  for (QDoubleSpinBox* s : {m_noise, m_validation})
    connect(s, &QDoubleSpinBox::valueChanged, this, [this] {
      if (!m_loading)
        emit setupChanged();
    });
}

void SetupPanel::buildNetwork(QGroupBox* box) {
  m_preset = new QComboBox(box);
  m_preset->setObjectName("preset");
  for (const std::string& name : presetNames())
    m_preset->addItem(qs(name), qs(name));
  m_preset->addItem(QString(), "custom");
  m_width = new QSpinBox(box);
  m_width->setRange(1, 1024);
  m_width->setValue(64);
  m_layerList = new QListWidget(box);
  m_layerList->setObjectName("layerList");
  m_layerList->setMinimumHeight(130);
  m_palette = new QComboBox(box);
  m_palette->addItems(kPaletteTypes);
  m_add = new QPushButton(box);
  m_remove = new QPushButton(box);
  m_up = new QPushButton(box);
  m_down = new QPushButton(box);
  m_form = new LayerForm(box);
  m_form->setObjectName("layerForm");
  m_layerEdit = new QLineEdit(box);
  m_layerEdit->setObjectName("layerEdit");
  m_summary = new QLabel(box);
  m_summary->setObjectName("networkSummary");
  m_errorLabel = new QLabel(box);
  m_errorLabel->setObjectName("networkError");
  m_errorLabel->setWordWrap(true);
  m_errorLabel->setStyleSheet("color: #c00");
  m_saveModel = new QPushButton(box);
  m_openModel = new QPushButton(box);
  m_saveExperiment = new QPushButton(box);
  m_openExperiment = new QPushButton(box);

  auto* form = new QFormLayout;
  for (QWidget* w : {static_cast<QWidget*>(m_preset), static_cast<QWidget*>(m_width)}) {
    auto* label = new QLabel(box);
    m_labels << label;
    form->addRow(label, w);
  }
  // Two rows each, so the panel fits its column without being cut off.
  auto* edit = new QGridLayout;
  edit->addWidget(m_palette, 0, 0, 1, 2);
  edit->addWidget(m_add, 0, 2);
  edit->addWidget(m_remove, 1, 0);
  edit->addWidget(m_up, 1, 1);
  edit->addWidget(m_down, 1, 2);
  auto* files = new QGridLayout;
  files->addWidget(m_openModel, 0, 0);
  files->addWidget(m_saveModel, 0, 1);
  files->addWidget(m_openExperiment, 1, 0);
  files->addWidget(m_saveExperiment, 1, 1);
  auto* layout = new QVBoxLayout(box);
  layout->addLayout(form);
  layout->addWidget(m_layerList, 1);
  layout->addLayout(edit);
  layout->addWidget(m_form);
  layout->addWidget(m_layerEdit);
  layout->addWidget(m_summary);
  layout->addWidget(m_errorLabel);
  layout->addLayout(files);

  connect(m_preset, &QComboBox::activated, this, [this] { applyPreset(); });
  connect(m_width, &QSpinBox::valueChanged, this, [this] {
    if (!m_loading && m_preset->currentData().toString() != "custom")
      applyPreset();
  });
  auto edited = [this] {
    m_preset->setCurrentIndex(m_preset->findData("custom"));
    refreshLayerList();
    emit setupChanged();
  };
  connect(m_add, &QPushButton::clicked, this, [this, edited] {
    const int at = m_layerList->currentRow() < 0 ? static_cast<int>(m_layers.size())
                                                 : m_layerList->currentRow() + 1;
    m_layers.insert(m_layers.begin() + at, paletteLayer(m_palette->currentText()));
    edited();
    m_layerList->setCurrentRow(at);
  });
  connect(m_remove, &QPushButton::clicked, this, [this, edited] {
    const int i = m_layerList->currentRow();
    if (i < 0 || i >= static_cast<int>(m_layers.size()))
      return;
    m_layers.erase(m_layers.begin() + i);
    edited();
    m_layerList->setCurrentRow(std::min(i, static_cast<int>(m_layers.size()) - 1));
  });
  auto move = [this, edited](int delta) {
    const int i = m_layerList->currentRow(), j = i + delta;
    if (i < 0 || j < 0 || j >= static_cast<int>(m_layers.size()))
      return;
    std::swap(m_layers[static_cast<std::size_t>(i)], m_layers[static_cast<std::size_t>(j)]);
    edited();
    m_layerList->setCurrentRow(j);
  };
  connect(m_up, &QPushButton::clicked, this, [move] { move(-1); });
  connect(m_down, &QPushButton::clicked, this, [move] { move(1); });
  connect(m_layerList, &QListWidget::currentRowChanged, this, [this] { showSelectedLayer(); });
  connect(m_form, &LayerForm::layerEdited, this, [this, edited](const nlohmann::json& layer) {
    const int i = m_layerList->currentRow();
    if (i < 0 || i >= static_cast<int>(m_layers.size()))
      return;
    m_layers[static_cast<std::size_t>(i)] = layer;
    edited();
  });
  connect(m_layerEdit, &QLineEdit::editingFinished, this, [this, edited] {
    const int i = m_layerList->currentRow();
    if (i < 0 || i >= static_cast<int>(m_layers.size()))
      return;
    const nlohmann::json value =
        nlohmann::json::parse(m_layerEdit->text().toStdString(), nullptr, false);
    if (value.is_discarded() || !value.is_object()) {
      m_errorLabel->setText(tr("Layer %1: the fields must be a JSON object such as "
                               "{\"type\": \"dense\", \"out\": 32}")
                                .arg(i));
      return;
    }
    if (value == m_layers[static_cast<std::size_t>(i)])
      return;
    m_layers[static_cast<std::size_t>(i)] = value;
    edited();
    m_layerList->setCurrentRow(i);
  });
  connect(m_saveModel, &QPushButton::clicked, this, &SetupPanel::saveModel);
  connect(m_openModel, &QPushButton::clicked, this, &SetupPanel::openModel);
  connect(m_saveExperiment, &QPushButton::clicked, this, &SetupPanel::saveExperiment);
  connect(m_openExperiment, &QPushButton::clicked, this, &SetupPanel::openExperiment);
}

void SetupPanel::buildTraining(QGroupBox* box) {
  m_loss = new QComboBox(box);
  m_loss->setObjectName("loss");
  for (const std::string& n : lossNames())
    m_loss->addItem(qs(n));
  m_loss->setCurrentText("cross_entropy");
  m_optimizer = new QComboBox(box);
  m_optimizer->setObjectName("optimizer");
  for (const std::string& n : optimizerNames())
    m_optimizer->addItem(qs(n));
  // Spin boxes start above 0: a negative value would silently mean "torch's default".
  m_lr = new QDoubleSpinBox(box);
  m_lr->setObjectName("learningRate");
  m_lr->setDecimals(5);
  m_lr->setRange(0.00001, 10);
  m_lr->setSingleStep(0.01);
  m_lr->setValue(0.05);
  m_momentum = new QDoubleSpinBox(box);
  m_momentum->setObjectName("momentum");
  m_momentum->setRange(0, 0.999);
  m_momentum->setSingleStep(0.1);
  m_momentum->setValue(0.9);
  m_batch = new QSpinBox(box);
  m_batch->setObjectName("batchSize");
  m_batch->setRange(0, 100000);
  m_batch->setValue(32);
  m_batchName = new QLabel(box);
  m_batchName->setObjectName("batchName");
  m_schedule = new QComboBox(box);
  for (const std::string& n : scheduleNames())
    m_schedule->addItem(qs(n));
  m_gamma = new QDoubleSpinBox(box);
  m_gamma->setRange(0.01, 1);
  m_gamma->setValue(0.5);
  m_stepSize = new QSpinBox(box);
  m_stepSize->setRange(1, 1000);
  m_stepSize->setValue(5);
  m_l2 = new QDoubleSpinBox(box);
  m_l2->setDecimals(5);
  m_l2->setRange(0, 1);
  m_l2->setSingleStep(0.0001);
  m_l1 = new QDoubleSpinBox(box);
  m_l1->setDecimals(5);
  m_l1->setRange(0, 1);
  m_l1->setSingleStep(0.0001);
  m_dropout = new QDoubleSpinBox(box);
  m_dropout->setObjectName("dropout");
  m_dropout->setRange(0, 0.9);
  m_dropout->setSingleStep(0.1);
  m_clip = new QDoubleSpinBox(box);
  m_clip->setRange(0, 1000);
  auto* form = new QFormLayout(box);
  auto row = [&](QWidget* w) {
    auto* label = new QLabel(box);
    m_labels << label;
    form->addRow(label, w);
  };
  row(m_loss);
  row(m_optimizer);
  row(m_lr);
  row(m_momentum);
  auto* batchRow = new QWidget(box);
  auto* batchLayout = new QHBoxLayout(batchRow);
  batchLayout->setContentsMargins(0, 0, 0, 0);
  batchLayout->addWidget(m_batch);
  batchLayout->addWidget(m_batchName, 1);
  row(batchRow);
  row(m_schedule);
  row(m_gamma);
  row(m_stepSize);
  row(m_l2);
  row(m_l1);
  row(m_dropout);
  row(m_clip);
  auto changed = [this] {
    updateBatchName();
    if (!m_loading)
      emit hyperparametersChanged();
  };
  for (QComboBox* c : {m_optimizer, m_schedule})
    connect(c, &QComboBox::activated, this, changed);
  connect(m_loss, &QComboBox::activated, this, [this] {
    if (!m_loading)
      emit setupChanged();
  });
  for (QDoubleSpinBox* s : {m_lr, m_momentum, m_gamma, m_l2, m_l1, m_clip})
    connect(s, &QDoubleSpinBox::valueChanged, this, changed);
  for (QSpinBox* s : {m_batch, m_stepSize})
    connect(s, &QSpinBox::valueChanged, this, changed);
  connect(m_dropout, &QDoubleSpinBox::valueChanged, this, [this] {
    validate();
    if (!m_loading)
      emit setupChanged();
  });
}

void SetupPanel::retranslate() {
  m_dataBox->setTitle(tr("Data"));
  m_networkBox->setTitle(tr("Network"));
  m_trainingBox->setTitle(tr("Training"));
  const QStringList labels = {tr("Data set"),
                              tr("Samples"),
                              tr("Noise"),
                              tr("Classes"),
                              tr("Validation share"),
                              tr("Seed"),
                              tr("Preset"),
                              tr("Width"),
                              tr("Loss"),
                              tr("Optimizer"),
                              tr("Learning rate"),
                              tr("Momentum"),
                              tr("Batch size"),
                              tr("LR schedule"),
                              tr("Decay factor γ"),
                              tr("Decay every (epochs)"),
                              tr("L2 (weight decay)"),
                              tr("L1"),
                              tr("Dropout"),
                              tr("Clip gradient norm")};
  for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
    m_labels[i]->setText(labels[i]);
  m_data->setItemText(m_data->findData("idx"), tr("MNIST-format folder…"));
  m_data->setToolTip(tr("The data the network learns: 2-D point sets, 28×28 shapes, "
                        "Fashion-MNIST or any folder of IDX files"));
  m_samples->setSpecialValueText(tr("default"));
  m_samples->setToolTip(tr("Number of generated samples (0: the set's default)"));
  m_noise->setToolTip(tr("Noise of the generated 2-D sets"));
  m_classes->setToolTip(tr("Classes of the generated sets"));
  m_validation->setToolTip(tr("Share of the samples held out for validation (0: the source's "
                              "test part)"));
  m_seed->setToolTip(tr("Seed of the data, the initial weights and the shuffling: the same "
                        "seed replays the same run"));
  m_preset->setItemText(m_preset->findData("custom"), tr("custom"));
  m_preset->setToolTip(tr("A network of the course, built for the data's input"));
  m_width->setToolTip(tr("Hidden units of the MLP presets"));
  m_layerList->setToolTip(tr("The layers in order, each with its output shape and parameter "
                             "count; select one to edit its fields below"));
  m_palette->setToolTip(tr("Layer type to add after the selected layer"));
  m_add->setText(tr("Add"));
  m_add->setToolTip(tr("Add a layer of the chosen type after the selected one"));
  m_remove->setText(tr("Remove"));
  m_remove->setToolTip(tr("Remove the selected layer"));
  m_up->setText(tr("Up"));
  m_up->setToolTip(tr("Move the selected layer up"));
  m_down->setText(tr("Down"));
  m_down->setToolTip(tr("Move the selected layer down"));
  m_form->retranslate();
  m_layerEdit->setToolTip(
      tr("All fields of the selected layer as in the model file, e.g. "
         "{\"type\": \"conv2d\", \"out_channels\": 6, \"kernel\": 5}; Enter applies"));
  m_saveModel->setText(tr("Save model…"));
  m_saveModel->setToolTip(tr("Save the network's layers as a model file (JSON)"));
  m_openModel->setText(tr("Open model…"));
  m_openModel->setToolTip(tr("Load the layers of a model file"));
  m_saveExperiment->setText(tr("Save experiment…"));
  m_saveExperiment->setToolTip(tr("Save data, network and every setting as an experiment file "
                                  "that gradscope-cli train replays"));
  m_openExperiment->setText(tr("Open experiment…"));
  m_openExperiment->setToolTip(tr("Load an experiment file"));
  m_loss->setToolTip(tr("Loss function the network minimises"));
  m_optimizer->setToolTip(tr("Update rule (torch.optim semantics)"));
  m_lr->setToolTip(tr("Learning rate η; can be changed while training"));
  m_momentum->setToolTip(tr("Momentum (sgd, rmsprop)"));
  m_batch->setToolTip(tr("Samples per step: 0 = the whole set (BGD), 1 = SGD, otherwise "
                         "mini-batch (MBGD)"));
  m_schedule->setToolTip(tr("How the learning rate changes from epoch to epoch"));
  m_gamma->setToolTip(tr("Factor of the step and exponential schedules"));
  m_stepSize->setToolTip(tr("Epochs between decays (step schedule); half period (cosine)"));
  m_l2->setToolTip(tr("L2 penalty as the optimizer's weight decay"));
  m_l1->setToolTip(tr("L1 penalty λ·Σ|w| added to the loss"));
  m_dropout->setToolTip(tr("Dropout probability before the last layer (0: none)"));
  m_clip->setToolTip(tr("Clip the global gradient norm to this (0: off)"));
  updateBatchName();
  validate();
}

void SetupPanel::updateBatchName() {
  const int b = m_batch->value();
  m_batchName->setText(b == 0   ? tr("BGD: the whole set per step")
                       : b == 1 ? tr("SGD: one sample per step")
                                : tr("MBGD: mini-batches"));
}

DataSpec SetupPanel::dataSpec() const {
  const QString v = m_data->currentData().toString();
  if (v == "idx")
    return parseDataSpec("idx:" + m_folder.toStdString());
  return parseDataSpec(v.toStdString());
}

Shape SetupPanel::inputShape() const {
  return dataSpec().kind == DataSpec::Kind::Synthetic ? Shape{2} : Shape{1, 28, 28};
}

bool SetupPanel::imageData() const {
  return inputShape().size() == 3;
}

void SetupPanel::setDataSet(const QString& spec) {
  const int i = m_data->findData(spec);
  if (i >= 0)
    m_data->setCurrentIndex(i);
  else if (spec.startsWith("idx:")) {
    m_folder = spec.mid(4);
    m_data->setCurrentIndex(m_data->findData("idx"));
  }
  const bool generated =
      dataSpec().kind == DataSpec::Kind::Synthetic || dataSpec().kind == DataSpec::Kind::Shapes;
  m_loading = true;
  m_classes->setValue(dataSpec().kind == DataSpec::Kind::Shapes ? 8 : 2);
  m_samples->setValue(dataSpec().kind == DataSpec::Kind::Shapes ? 2000 : 0);
  m_loading = false;
  m_samples->setEnabled(generated);
  m_classes->setEnabled(generated);
  m_noise->setEnabled(dataSpec().kind == DataSpec::Kind::Synthetic);
  validate();
}

void SetupPanel::chooseFolder() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("MNIST-format folder"), m_folder);
  if (!dir.isEmpty())
    m_folder = dir;
}

void SetupPanel::setPreset(const QString& name) {
  const int i = m_preset->findData(name);
  if (i < 0)
    return;
  m_preset->setCurrentIndex(i);
  applyPreset();
}

void SetupPanel::applyPreset() {
  const QString name = m_preset->currentData().toString();
  if (name == "custom")
    return;
  PresetOptions o;
  o.input = inputShape();
  o.classes =
      dataSpec().kind == DataSpec::Kind::Synthetic || dataSpec().kind == DataSpec::Kind::Shapes
          ? m_classes->value()
          : 10;
  o.width = m_width->value();
  o.depth = 6;
  try {
    m_layers = presetModel(name.toStdString(), o)["layers"];
    refreshLayerList();
  } catch (const InputError& e) {
    m_layers = nlohmann::json::array();
    refreshLayerList();
    m_error = tr("Preset %1 does not fit this data: %2").arg(name, qs(e.what()));
    m_errorLabel->setText(m_error);
  }
  if (!m_loading)
    emit setupChanged();
}

void SetupPanel::setLayers(const nlohmann::json& layers) {
  m_layers = layers;
  m_preset->setCurrentIndex(m_preset->findData("custom"));
  refreshLayerList();
  emit setupChanged();
}

nlohmann::json SetupPanel::modelJson() const {
  nlohmann::json layers = m_layers;
  if (m_dropout->value() > 0 && !layers.empty())
    layers.insert(layers.end() - 1, {{"type", "dropout"}, {"p", m_dropout->value()}});
  return {{"input", inputShape()}, {"layers", layers}};
}

void SetupPanel::validate() {
  m_error.clear();
  m_badLayer = -1;
  m_summaryRows.clear();
  const DataSpec spec = dataSpec();
  m_dataNote->clear();
  if (spec.kind == DataSpec::Kind::FashionMnist && !QDir(kFashionDir).exists()) {
    m_error = tr("Fashion-MNIST is not installed: install the Debian package "
                 "dataset-fashion-mnist, or pick an MNIST-format folder.");
    m_dataNote->setText(m_error);
  }
  if (spec.kind == DataSpec::Kind::Idx && m_folder.isEmpty()) {
    m_error = tr("Choose a folder with MNIST-format (IDX) files.");
    m_dataNote->setText(m_error);
  }
  if (m_layers.empty() && m_error.isEmpty())
    m_error = tr("The network has no layers.");
  if (m_error.isEmpty()) {
    try {
      Rng rng(0);
      const Network net = networkFromJson(modelJson(), rng);
      m_summaryRows = net.summary();
      m_summary->setText(tr("Output %1 · %2 parameters")
                             .arg(qs(shapeString(net.outputShape())))
                             .arg(net.paramCount()));
    } catch (const InputError& e) {
      m_error = qs(e.what());
      const QRegularExpressionMatch m = QRegularExpression("layer (\\d+)").match(m_error);
      if (m.hasMatch())
        m_badLayer = m.captured(1).toInt();
      m_summary->clear();
    }
  }
  m_errorLabel->setText(m_error);
  // The list shows each layer's output shape and parameters, and marks the one that does not fit.
  for (int i = 0; i < m_layerList->count(); ++i) {
    QListWidgetItem* item = m_layerList->item(i);
    QString text = QString("%1  %2").arg(i).arg(layerText(m_layers[static_cast<std::size_t>(i)]));
    if (i < static_cast<int>(m_summaryRows.size()))
      text += tr("  → %1, %2 params")
                  .arg(qs(shapeString(m_summaryRows[static_cast<std::size_t>(i)].outputShape)))
                  .arg(m_summaryRows[static_cast<std::size_t>(i)].params);
    if (i == m_badLayer)
      text += tr("  ✗ does not fit");
    item->setText(text);
    item->setForeground(i == m_badLayer ? QColor(200, 0, 0) : palette().color(QPalette::Text));
    item->setToolTip(i == m_badLayer ? m_error : QString());
  }
}

void SetupPanel::refreshLayerList() {
  // Items are kept (not cleared) so the selection, and the form being typed in, stay.
  const int count = static_cast<int>(m_layers.size());
  while (m_layerList->count() > count)
    delete m_layerList->takeItem(m_layerList->count() - 1);
  while (m_layerList->count() < count)
    m_layerList->addItem(QString());
  validate();
  showSelectedLayer();
}

void SetupPanel::showSelectedLayer() {
  const int i = m_layerList->currentRow();
  if (i < 0 || i >= static_cast<int>(m_layers.size())) {
    m_form->clearLayer();
    m_layerEdit->clear();
    return;
  }
  m_form->setLayer(m_layers[static_cast<std::size_t>(i)]);
  m_layerEdit->setText(qs(m_layers[static_cast<std::size_t>(i)].dump()));
}

TrainerConfig SetupPanel::trainerConfig() const {
  TrainerConfig c;
  c.loss = m_loss->currentText().toStdString();
  c.optimizer.name = m_optimizer->currentText().toStdString();
  c.optimizer.lr = m_lr->value();
  if (c.optimizer.name == "sgd" || c.optimizer.name == "rmsprop")
    c.optimizer.momentum = m_momentum->value();
  if (c.optimizer.name == "momentum" || c.optimizer.name == "nesterov")
    c.optimizer.momentum = m_momentum->value();
  c.optimizer.weightDecay = m_l2->value();
  c.batchSize = m_batch->value();
  c.seed = static_cast<std::uint64_t>(m_seed->value());
  c.l1 = m_l1->value();
  c.clipNorm = m_clip->value();
  c.schedule.name = m_schedule->currentText().toStdString();
  c.schedule.gamma = m_gamma->value();
  c.schedule.stepSize = m_stepSize->value();
  c.schedule.tMax = m_stepSize->value();
  c.probes = false;
  return c;
}

Experiment SetupPanel::experiment() const {
  Experiment e;
  e.data = dataSpec();
  e.model = modelJson();
  const bool generated =
      e.data.kind == DataSpec::Kind::Synthetic || e.data.kind == DataSpec::Kind::Shapes;
  if (generated) {
    e.samples = m_samples->value();
    e.classes = m_classes->value();
  }
  if (e.data.kind == DataSpec::Kind::Synthetic)
    e.noise = m_noise->value();
  e.validation = m_validation->value();
  if (imageData()) {
    // Fashion-MNIST's pixel mean and std (the experiment file's documented example).
    e.normalizeMean = 0.286f;
    e.normalizeStd = 0.353f;
  }
  e.trainer = trainerConfig();
  return e;
}

RunSettings SetupPanel::runSettings() const {
  auto n = [](double v) { return QString::number(v, 'g', 4); };
  const QString data =
      m_data->currentData().toString() == "idx" ? QDir(m_folder).dirName() : m_data->currentText();
  const int b = m_batch->value();
  RunSettings s = {{"preset", m_preset->currentText()},
                   {"data", data},
                   {"loss", m_loss->currentText()},
                   {"optimizer", m_optimizer->currentText()},
                   {"lr", "lr " + n(m_lr->value())}};
  if (QStringList{"sgd", "rmsprop", "momentum", "nesterov"}.contains(m_optimizer->currentText()))
    s.push_back({"momentum", "momentum " + n(m_momentum->value())});
  s.push_back({"batch", b == 0 ? QString("BGD") : b == 1 ? QString("SGD") : "batch " + n(b)});
  s.push_back({"schedule", m_schedule->currentText()});
  s.push_back({"l2", "L2 " + n(m_l2->value())});
  s.push_back({"l1", "L1 " + n(m_l1->value())});
  s.push_back({"dropout", "dropout " + n(m_dropout->value())});
  s.push_back({"clip", "clip " + n(m_clip->value())});
  s.push_back({"seed", "seed " + n(m_seed->value())});
  if (m_samples->isEnabled())
    s.push_back({"samples", QString::number(m_samples->value()) + " samples"});
  if (QStringList{"mlp", "deep_mlp", "residual_mlp"}.contains(m_preset->currentData().toString()))
    s.push_back({"width", "width " + n(m_width->value())});
  return s;
}

void SetupPanel::setOptimizer(const QString& name, double lr) {
  m_optimizer->setCurrentText(name);
  m_lr->setValue(lr);
  emit hyperparametersChanged();
}

void SetupPanel::setBatchSize(int batch) {
  m_batch->setValue(batch);
}

void SetupPanel::setExperiment(const Experiment& e) {
  m_loading = true;
  setDataSet(qs(dataSpecString(e.data)));
  if (e.samples > 0)
    m_samples->setValue(e.samples);
  if (e.classes > 0)
    m_classes->setValue(e.classes);
  if (e.noise >= 0)
    m_noise->setValue(e.noise);
  m_validation->setValue(e.validation);
  m_seed->setValue(static_cast<int>(e.trainer.seed));
  m_loss->setCurrentText(qs(e.trainer.loss));
  m_optimizer->setCurrentText(qs(e.trainer.optimizer.name));
  if (e.trainer.optimizer.lr > 0)
    m_lr->setValue(e.trainer.optimizer.lr);
  m_momentum->setValue(e.trainer.optimizer.momentum);
  m_batch->setValue(static_cast<int>(e.trainer.batchSize));
  m_l2->setValue(std::max(0.0, e.trainer.optimizer.weightDecay));
  m_l1->setValue(e.trainer.l1);
  m_clip->setValue(e.trainer.clipNorm);
  m_schedule->setCurrentText(qs(e.trainer.schedule.name));
  m_gamma->setValue(e.trainer.schedule.gamma);
  m_stepSize->setValue(static_cast<int>(e.trainer.schedule.stepSize));
  m_dropout->setValue(0);
  m_loading = false;
  setLayers(e.model.value("layers", nlohmann::json::array()));
}

void SetupPanel::saveModel() {
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Save model"), QString(), tr("Model (*.json)"));
  if (path.isEmpty())
    return;
  QString error;
  if (!writeTextFileAtomically(path, qs(modelJson().dump(2)), &error))
    m_errorLabel->setText(error);
}

void SetupPanel::openModel() {
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open model"), QString(), tr("Model (*.json)"));
  if (path.isEmpty())
    return;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    m_errorLabel->setText(tr("Cannot read %1").arg(path));
    return;
  }
  const nlohmann::json model = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
  if (model.is_discarded() || !model.contains("layers") || !model["layers"].is_array()) {
    m_errorLabel->setText(tr("%1 is not a model file: it needs a \"layers\" array").arg(path));
    return;
  }
  // Weights in the file are dropped: the run draws them from the seed.
  nlohmann::json layers = model["layers"];
  for (auto& layer : layers)
    if (layer.is_object()) {
      layer.erase("weight");
      layer.erase("bias");
    }
  setLayers(layers);
}

void SetupPanel::saveExperiment() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save experiment"), QString(),
                                                    tr("Experiment (*.json)"));
  if (path.isEmpty())
    return;
  try {
    writeExperimentFile(experiment(), path.toStdString());
  } catch (const std::exception& e) {
    m_errorLabel->setText(qs(e.what()));
  }
}

void SetupPanel::openExperiment() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open experiment"), QString(),
                                                    tr("Experiment (*.json)"));
  if (path.isEmpty())
    return;
  try {
    setExperiment(readExperimentFile(path.toStdString()));
  } catch (const std::exception& e) {
    m_errorLabel->setText(qs(e.what()));
  }
}

QJsonObject SetupPanel::saveState() const {
  const nlohmann::json e = experimentToJson(experiment());
  QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(e.dump())).object();
  o["gui_layers"] = QJsonDocument::fromJson(QByteArray::fromStdString(m_layers.dump())).array();
  o["gui_preset"] = m_preset->currentData().toString();
  o["gui_dropout"] = m_dropout->value();
  o["gui_width"] = m_width->value();
  o["gui_selected_layer"] = m_layerList->currentRow();
  return o;
}

void SetupPanel::restoreState(const QJsonObject& state) {
  QJsonObject copy = state;
  const QJsonArray layers = copy.take("gui_layers").toArray();
  const QString preset = copy.take("gui_preset").toString();
  const double dropout = copy.take("gui_dropout").toDouble();
  const int width = copy.take("gui_width").toInt(64);
  const int selected = copy.take("gui_selected_layer").toInt(-1);
  try {
    Experiment e =
        experimentFromJson(nlohmann::json::parse(QJsonDocument(copy).toJson().toStdString()));
    e.model["layers"] = nlohmann::json::parse(QJsonDocument(layers).toJson().toStdString());
    m_width->setValue(width);
    setExperiment(e);
    m_dropout->setValue(dropout);
    if (m_preset->findData(preset) >= 0)
      m_preset->setCurrentIndex(m_preset->findData(preset));
    if (selected < m_layerList->count())
      m_layerList->setCurrentRow(selected);
  } catch (const std::exception& e) {
    m_errorLabel->setText(tr("The saved set-up could not be restored: %1").arg(qs(e.what())));
  }
}

} // namespace gs::ui
