#include "gradientssetup.h"

#include "core/data/synthetic.h"
#include "core/optim/optimizer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

namespace gs::ui {

namespace {
const char* const kInits[] = {"xavier_normal",   "xavier_uniform", "kaiming_normal",
                              "kaiming_uniform", "lecun_normal",   "normal",
                              "uniform",         "too_large"};
} // namespace

GradientsSetup::GradientsSetup(QWidget* parent)
    : QWidget(parent) {
  m_form = new QFormLayout(this);
  m_form->setContentsMargins(0, 0, 0, 0);
  const auto addRow = [this](QWidget* field) {
    auto* label = new QLabel(this);
    m_labels.push_back(label);
    m_form->addRow(label, field);
  };

  auto* depthRow = new QWidget(this);
  auto* depthLayout = new QHBoxLayout(depthRow);
  depthLayout->setContentsMargins(0, 0, 0, 0);
  m_depthSlider = new QSlider(Qt::Horizontal, depthRow);
  m_depthSlider->setObjectName("depthSlider");
  m_depthSlider->setRange(1, kMaxDepth);
  // The box accepts values outside 1..100 so that a typed 0 or 500 gets a message, not a clamp.
  m_depth = new QSpinBox(depthRow);
  m_depth->setObjectName("depthSpin");
  m_depth->setRange(0, 999);
  depthLayout->addWidget(m_depthSlider, 1);
  depthLayout->addWidget(m_depth);
  addRow(depthRow);
  m_width = new QSpinBox(this);
  m_width->setObjectName("widthSpin");
  m_width->setRange(0, 99999);
  addRow(m_width);
  m_activation = new QComboBox(this);
  m_activation->setObjectName("activationCombo");
  for (const std::string& name : deepNetActivations())
    m_activation->addItem(QString::fromStdString(name), QString::fromStdString(name));
  addRow(m_activation);
  m_init = new QComboBox(this);
  m_init->setObjectName("initCombo");
  for (const char* name : kInits)
    m_init->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
  addRow(m_init);
  m_initScale = new QDoubleSpinBox(this);
  m_initScale->setObjectName("initScaleSpin");
  m_initScale->setRange(1e-4, 100);
  m_initScale->setDecimals(4);
  m_initScale->setValue(1.0);
  addRow(m_initScale);
  m_batchNorm = new QCheckBox(this);
  m_batchNorm->setObjectName("batchNormCheck");
  addRow(m_batchNorm);
  m_residual = new QCheckBox(this);
  m_residual->setObjectName("residualCheck");
  addRow(m_residual);
  m_clip = new QComboBox(this);
  m_clip->setObjectName("clipCombo");
  for (const char* mode : {"off", "norm", "value"})
    m_clip->addItem(QString(), QString::fromLatin1(mode));
  addRow(m_clip);
  m_clipThreshold = new QDoubleSpinBox(this);
  m_clipThreshold->setObjectName("clipThresholdSpin");
  m_clipThreshold->setRange(1e-4, 1e6);
  m_clipThreshold->setDecimals(4);
  m_clipThreshold->setValue(1.0);
  addRow(m_clipThreshold);
  m_l2 = new QDoubleSpinBox(this);
  m_l2->setObjectName("l2Spin");
  m_l2->setRange(0, 10);
  m_l2->setDecimals(5);
  m_l2->setSingleStep(0.001);
  addRow(m_l2);
  m_optimizer = new QComboBox(this);
  m_optimizer->setObjectName("optimizerCombo");
  for (const std::string& name : optimizerNames())
    m_optimizer->addItem(QString::fromStdString(name), QString::fromStdString(name));
  addRow(m_optimizer);
  m_lr = new QDoubleSpinBox(this);
  m_lr->setObjectName("lrSpin");
  m_lr->setRange(1e-6, 10);
  m_lr->setDecimals(6);
  m_lr->setSingleStep(0.001);
  addRow(m_lr);
  m_data = new QComboBox(this);
  m_data->setObjectName("dataCombo");
  for (const std::string& name : syntheticNames())
    m_data->addItem(QString::fromStdString(name), QString::fromStdString("synthetic:" + name));
  m_data->addItem("shapes", "shapes");
  addRow(m_data);
  m_seed = new QSpinBox(this);
  m_seed->setObjectName("seedSpin");
  m_seed->setRange(0, 1'000'000'000);
  addRow(m_seed);
  m_error = new QLabel(this);
  m_error->setObjectName("setupError");
  m_error->setStyleSheet("QLabel { color: #c62828; }");
  m_error->setWordWrap(true);
  m_error->hide();
  m_form->addRow(m_error);

  setConfig(DeepNetConfig{});

  connect(m_depthSlider, &QSlider::valueChanged, m_depth, &QSpinBox::setValue);
  connect(m_depth, &QSpinBox::valueChanged, this, [this](int v) {
    if (v >= 1 && v <= kMaxDepth) {
      const QSignalBlocker block(m_depthSlider);
      m_depthSlider->setValue(v);
    }
    emit changed();
  });
  for (QSpinBox* box : {m_width, m_seed})
    connect(box, &QSpinBox::valueChanged, this, &GradientsSetup::changed);
  for (QDoubleSpinBox* box : {m_initScale, m_clipThreshold, m_l2, m_lr})
    connect(box, &QDoubleSpinBox::valueChanged, this, &GradientsSetup::changed);
  for (QComboBox* box : {m_activation, m_init, m_clip, m_optimizer, m_data})
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
      updateEnabled();
      emit changed();
    });
  for (QCheckBox* box : {m_batchNorm, m_residual})
    connect(box, &QCheckBox::toggled, this, &GradientsSetup::changed);
  retranslate();
}

DeepNetConfig GradientsSetup::config() const {
  DeepNetConfig c;
  c.depth = m_depth->value();
  c.width = m_width->value();
  c.activation = m_activation->currentData().toString().toStdString();
  const QString init = m_init->currentData().toString();
  const QString scale = QString::number(m_initScale->value(), 'g', 6);
  c.init = (init == "normal" || init == "uniform" ? init + ':' + scale : init).toStdString();
  c.batchNorm = m_batchNorm->isChecked();
  c.residual = m_residual->isChecked();
  c.clip = m_clip->currentData().toString().toStdString();
  c.clipThreshold = m_clipThreshold->value();
  c.l2 = m_l2->value();
  c.optimizer = m_optimizer->currentData().toString().toStdString();
  c.lr = m_lr->value();
  c.data = m_data->currentData().toString().toStdString();
  c.seed = static_cast<std::uint64_t>(m_seed->value());
  return c;
}

void GradientsSetup::setConfig(const DeepNetConfig& c) {
  const QList<QWidget*> all{m_depthSlider, m_depth,     m_width,    m_activation, m_init,
                            m_initScale,   m_batchNorm, m_residual, m_clip,       m_clipThreshold,
                            m_l2,          m_optimizer, m_lr,       m_data,       m_seed};
  std::vector<std::unique_ptr<QSignalBlocker>> blocks;
  for (QWidget* w : all)
    blocks.push_back(std::make_unique<QSignalBlocker>(w));
  m_depth->setValue(c.depth);
  m_depthSlider->setValue(std::clamp(c.depth, 1, kMaxDepth));
  m_width->setValue(c.width);
  const auto select = [](QComboBox* box, const QString& data) {
    const int i = box->findData(data);
    if (i >= 0)
      box->setCurrentIndex(i);
  };
  select(m_activation, QString::fromStdString(c.activation));
  const QString init = QString::fromStdString(c.init);
  const int colon = init.indexOf(':');
  select(m_init, colon < 0 ? init : init.left(colon));
  if (colon >= 0)
    m_initScale->setValue(init.mid(colon + 1).toDouble());
  m_batchNorm->setChecked(c.batchNorm);
  m_residual->setChecked(c.residual);
  select(m_clip, QString::fromStdString(c.clip));
  m_clipThreshold->setValue(c.clipThreshold);
  m_l2->setValue(c.l2);
  select(m_optimizer, QString::fromStdString(c.optimizer));
  m_lr->setValue(c.lr);
  select(m_data, QString::fromStdString(c.data));
  m_seed->setValue(static_cast<int>(c.seed));
  updateEnabled();
}

void GradientsSetup::setError(const QString& message) {
  m_error->setText(message);
  m_error->setVisible(!message.isEmpty());
}

QString GradientsSetup::error() const {
  return m_error->isVisible() ? m_error->text() : QString();
}

void GradientsSetup::updateEnabled() {
  const QString init = m_init->currentData().toString();
  m_initScale->setEnabled(init == "normal" || init == "uniform");
  m_clipThreshold->setEnabled(m_clip->currentData().toString() != "off");
}

void GradientsSetup::retranslate() {
  const QStringList labels{tr("Depth"),      tr("Width"),     tr("Activation"), tr("Initialiser"),
                           tr("Init scale"), tr("BatchNorm"), tr("Residual"),   tr("Clipping"),
                           tr("Threshold"),  tr("L2 (λ)"),    tr("Optimizer"),  tr("Learning rate"),
                           tr("Data"),       tr("Seed")};
  for (std::size_t i = 0; i < m_labels.size(); ++i)
    m_labels[i]->setText(labels[static_cast<int>(i)]);
  m_clip->setItemText(0, tr("off"));
  m_clip->setItemText(1, tr("by norm"));
  m_clip->setItemText(2, tr("by value"));
  m_init->setItemText(m_init->findData("too_large"), tr("too large (std 3)"));
  m_init->setItemText(m_init->findData("normal"), tr("normal (std below)"));
  m_init->setItemText(m_init->findData("uniform"), tr("uniform (±a below)"));
  m_batchNorm->setText(tr("before each activation"));
  m_residual->setText(tr("shortcut around hidden blocks"));
  m_depthSlider->setToolTip(tr("Number of weight layers L (1–%1): input → W, L−2 hidden W → W, "
                               "W → classes")
                                .arg(kMaxDepth));
  m_depth->setToolTip(m_depthSlider->toolTip());
  m_width->setToolTip(tr("Units per hidden layer W"));
  m_activation->setToolTip(tr("Activation after every hidden layer"));
  m_init->setToolTip(tr("How the weights are drawn at the start; 'too large' makes the "
                        "chain-rule factors exceed 1"));
  m_initScale->setToolTip(tr("Standard deviation for 'normal', bound a of U(−a, a) for "
                             "'uniform'"));
  m_batchNorm->setToolTip(tr("Normalise each hidden layer's pre-activations over the batch"));
  m_residual->setToolTip(tr("y = x + block(x): the gradient gets a path that skips the block"));
  m_clip->setToolTip(tr("Limit the gradient before the update: by its global norm, or each "
                        "element by value"));
  m_clipThreshold->setToolTip(tr("Maximum global norm (by norm) or absolute value (by value)"));
  m_l2->setToolTip(tr("Weight decay λ: adds λ·w to each gradient, pulling weights toward 0"));
  m_optimizer->setToolTip(tr("Update rule (torch.optim semantics)"));
  m_lr->setToolTip(tr("Learning rate"));
  m_data->setToolTip(tr("Training data; every step uses the whole set (at most 512 samples)"));
  m_seed->setToolTip(tr("Seed of the weights and the data: same seed, same run"));
}

} // namespace gs::ui
