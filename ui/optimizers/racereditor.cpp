#include "racereditor.h"

#include "core/error.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace gs::ui {

namespace {

/// One hyperparameter of OptimizerConfig, and the torch optimizers that use it.
struct Field {
  const char* key;
  double OptimizerConfig::*number = nullptr;
  bool OptimizerConfig::*flag = nullptr;
  std::vector<std::string> usedBy; ///< empty: every optimizer
};

const std::vector<Field>& fields() {
  static const std::vector<Field> all = {
      {"lr", &OptimizerConfig::lr, nullptr, {}},
      {"momentum", &OptimizerConfig::momentum, nullptr, {"sgd", "rmsprop"}},
      {"dampening", &OptimizerConfig::dampening, nullptr, {"sgd"}},
      {"nesterov", nullptr, &OptimizerConfig::nesterov, {"sgd"}},
      {"beta1", &OptimizerConfig::beta1, nullptr, {"adam", "adamw", "adamax", "nadam"}},
      {"beta2", &OptimizerConfig::beta2, nullptr, {"adam", "adamw", "adamax", "nadam"}},
      {"alpha", &OptimizerConfig::alpha, nullptr, {"rmsprop"}},
      {"rho", &OptimizerConfig::rho, nullptr, {"adadelta"}},
      {"eps",
       &OptimizerConfig::eps,
       nullptr,
       {"adagrad", "adadelta", "rmsprop", "adam", "adamw", "adamax", "nadam"}},
      {"lr_decay", &OptimizerConfig::lrDecay, nullptr, {"adagrad"}},
      {"momentum_decay", &OptimizerConfig::momentumDecay, nullptr, {"nadam"}},
      {"weight_decay", &OptimizerConfig::weightDecay, nullptr, {}},
      {"amsgrad", nullptr, &OptimizerConfig::amsgrad, {"adam", "adamw"}},
      {"centered", nullptr, &OptimizerConfig::centered, {"rmsprop"}},
  };
  return all;
}

const Field* findField(const QString& key) {
  for (const Field& f : fields())
    if (key == QLatin1String(f.key))
      return &f;
  return nullptr;
}

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

} // namespace

RacerEditor::RacerEditor(QWidget* parent)
    : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* addRow = new QHBoxLayout;
  m_addCombo = new QComboBox(this);
  m_addCombo->setObjectName("addOptimizerCombo");
  for (const std::string& name : courseOptimizerNames())
    m_addCombo->addItem(displayName(name), QString::fromStdString(name));
  m_addButton = new QPushButton(this);
  m_addButton->setObjectName("addRacerButton");
  addRow->addWidget(m_addCombo, 1);
  addRow->addWidget(m_addButton);
  layout->addLayout(addRow);

  m_list = new QListWidget(this);
  m_list->setObjectName("racerList");
  m_list->setMinimumHeight(110);
  layout->addWidget(m_list, 1);

  auto* buttons = new QHBoxLayout;
  m_duplicateButton = new QPushButton(this);
  m_duplicateButton->setObjectName("duplicateRacerButton");
  m_removeButton = new QPushButton(this);
  m_removeButton->setObjectName("removeRacerButton");
  buttons->addWidget(m_duplicateButton);
  buttons->addWidget(m_removeButton);
  layout->addLayout(buttons);

  m_formHost = new QWidget(this);
  m_form = new QFormLayout(m_formHost);
  m_form->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_formHost);
  m_error = new QLabel(this);
  m_error->setObjectName("racerError");
  m_error->setStyleSheet("color: #c0392b;");
  m_error->setWordWrap(true);
  m_error->hide();
  layout->addWidget(m_error);

  connect(m_addButton, &QPushButton::clicked, this,
          [this] { addRacer(m_addCombo->currentData().toString().toStdString()); });
  connect(m_duplicateButton, &QPushButton::clicked, this, [this] {
    const int i = selectedIndex();
    if (i < 0)
      return;
    Racer copy = m_racers[static_cast<std::size_t>(i)];
    copy.color = raceColor(unusedColorIndex());
    m_racers.push_back(copy);
    rebuildList();
    m_list->setCurrentRow(static_cast<int>(m_racers.size()) - 1);
    emit racersChanged();
  });
  connect(m_removeButton, &QPushButton::clicked, this, [this] {
    const int i = selectedIndex();
    if (i < 0)
      return;
    m_racers.erase(m_racers.begin() + i);
    rebuildList();
    m_list->setCurrentRow(std::min(i, static_cast<int>(m_racers.size()) - 1));
    emit racersChanged();
  });
  connect(m_list, &QListWidget::currentRowChanged, this, [this] { rebuildForm(); });
  retranslate();
}

void RacerEditor::setRacers(std::vector<Racer> racers) {
  m_racers = std::move(racers);
  rebuildList();
  m_list->setCurrentRow(m_racers.empty() ? -1 : 0);
  emit racersChanged();
}

void RacerEditor::addRacer(const std::string& courseName) {
  Racer racer;
  racer.courseName = courseName;
  racer.config = presetConfig(courseName);
  racer.color = raceColor(unusedColorIndex());
  m_racers.push_back(racer);
  rebuildList();
  m_list->setCurrentRow(static_cast<int>(m_racers.size()) - 1);
  emit racersChanged();
}

void RacerEditor::setColor(int index, const QColor& color) {
  if (index < 0 || index >= static_cast<int>(m_racers.size()) || !color.isValid())
    return;
  m_racers[static_cast<std::size_t>(index)].color = color;
  // Updated in place: the colour button that asked may still be on the call stack.
  if (QListWidgetItem* item = m_list->item(index))
    item->setIcon(swatch(color));
  if (index == selectedIndex())
    if (auto* button = m_formHost->findChild<QPushButton*>("racer_color"))
      button->setIcon(swatch(color));
  emit racersChanged();
}

int RacerEditor::unusedColorIndex() const {
  for (int i = 0; i < 10; ++i) {
    const bool used = std::any_of(m_racers.begin(), m_racers.end(),
                                  [&](const Racer& r) { return r.color == raceColor(i); });
    if (!used)
      return i;
  }
  return static_cast<int>(m_racers.size());
}

int RacerEditor::selectedIndex() const {
  const int row = m_list->currentRow();
  return row >= 0 && row < static_cast<int>(m_racers.size()) ? row : -1;
}

void RacerEditor::rebuildList() {
  const int row = m_list->currentRow();
  const QSignalBlocker block(m_list);
  m_list->clear();
  for (const Racer& racer : m_racers) {
    auto* item = new QListWidgetItem(swatch(racer.color), racer.label(), m_list);
    item->setToolTip(tr("Select to edit its hyperparameters"));
  }
  m_list->setCurrentRow(std::min(row, m_list->count() - 1));
  rebuildForm();
}

void RacerEditor::rebuildForm() {
  while (m_form->rowCount() > 0)
    m_form->removeRow(0);
  m_error->hide();
  const int index = selectedIndex();
  m_duplicateButton->setEnabled(index >= 0);
  m_removeButton->setEnabled(index >= 0);
  if (index < 0)
    return;
  const Racer& racer = m_racers[static_cast<std::size_t>(index)];
  auto* colorButton = new QPushButton(swatch(racer.color), tr("Change…"), m_formHost);
  colorButton->setObjectName("racer_color");
  colorButton->setToolTip(
      tr("Pick the colour of this racer's trajectory, curves and legend entry"));
  connect(colorButton, &QPushButton::clicked, this, [this, index] {
    if (index >= static_cast<int>(m_racers.size()))
      return;
    const QColor chosen = QColorDialog::getColor(
        m_racers[static_cast<std::size_t>(index)].color, this,
        tr("Colour of %1").arg(m_racers[static_cast<std::size_t>(index)].label()));
    setColor(index, chosen);
  });
  m_form->addRow(tr("Colour"), colorButton);
  if (auto* colorLabel = m_form->labelForField(colorButton))
    colorLabel->setToolTip(colorButton->toolTip());
  const std::string& torchName = racer.config.name;
  for (const Field& f : fields()) {
    if (!f.usedBy.empty() &&
        std::find(f.usedBy.begin(), f.usedBy.end(), torchName) == f.usedBy.end())
      continue;
    const QString key = QString::fromLatin1(f.key);
    QString label, tip;
    if (key == "lr") {
      label = tr("Learning rate");
      tip = tr("Step size lr (> 0). torch.optim default for %1: %2")
                .arg(displayName(racer.courseName))
                .arg(presetConfig(racer.courseName).lr);
    } else if (key == "momentum") {
      label = tr("Momentum μ");
      tip = tr("Weight of the previous velocity: v ← μ·v + g");
    } else if (key == "dampening") {
      label = tr("Dampening");
      tip = tr("Scales the new gradient in the velocity: v ← μ·v + (1 − dampening)·g");
    } else if (key == "nesterov") {
      label = tr("Nesterov");
      tip = tr("Look ahead: step along g + μ·v instead of v (needs momentum > 0, dampening 0)");
    } else if (key == "beta1") {
      label = tr("β₁");
      tip = tr("Decay of the gradient average (first moment), in [0, 1)");
    } else if (key == "beta2") {
      label = tr("β₂");
      tip = tr("Decay of the squared-gradient average (second moment), in [0, 1)");
    } else if (key == "alpha") {
      label = tr("α (smoothing)");
      tip = tr("Decay of the squared-gradient average of RMSprop");
    } else if (key == "rho") {
      label = tr("ρ");
      tip = tr("Decay of Adadelta's running averages, in [0, 1]");
    } else if (key == "eps") {
      label = tr("ε");
      tip = tr("Added to the denominator so that it is never zero");
    } else if (key == "lr_decay") {
      label = tr("lr decay");
      tip = tr("Adagrad's learning rate becomes lr / (1 + (t − 1)·decay)");
    } else if (key == "momentum_decay") {
      label = tr("Momentum decay");
      tip = tr("NAdam's schedule of μ_t = β₁·(1 − 0.5·0.96^(t·decay))");
    } else if (key == "weight_decay") {
      label = tr("Weight decay");
      tip = racer.config.name == "adamw"
                ? tr("Decoupled decay: p ← p − lr·λ·p before the Adam step")
                : tr("Adds λ·p to the gradient (L2 penalty)");
    } else if (key == "amsgrad") {
      label = tr("AMSGrad");
      tip = tr("Use the maximum of all second moments so far (never shrinks the denominator)");
    } else if (key == "centered") {
      label = tr("Centered");
      tip = tr("Divide by the variance estimate E[g²] − E[g]² instead of E[g²]");
    }
    if (f.flag) {
      auto* box = new QCheckBox(m_formHost);
      box->setObjectName("racer_" + key);
      box->setChecked(racer.config.*f.flag);
      box->setToolTip(tip);
      connect(box, &QCheckBox::toggled, this,
              [this, index, key](bool on) { applyFlag(index, key, on); });
      m_form->addRow(label, box);
    } else {
      auto* edit = new QLineEdit(QString::number(racer.config.*f.number, 'g', 10), m_formHost);
      edit->setObjectName("racer_" + key);
      edit->setToolTip(tip);
      connect(edit, &QLineEdit::textChanged, this,
              [this, index, key](const QString& text) { applyNumber(index, key, text); });
      m_form->addRow(label, edit);
    }
    if (auto* labelWidget = m_form->labelForField(
            m_form->itemAt(m_form->rowCount() - 1, QFormLayout::FieldRole)->widget()))
      labelWidget->setToolTip(tip);
  }
}

void RacerEditor::applyNumber(int racer, const QString& key, const QString& text) {
  const Field* field = findField(key);
  if (!field || racer >= static_cast<int>(m_racers.size()))
    return;
  bool ok = false;
  const double value = text.trimmed().toDouble(&ok);
  if (!ok) {
    m_error->setText(tr("'%1' is not a number; the race keeps %2.")
                         .arg(text, QString::number(m_racers[racer].config.*field->number)));
    m_error->show();
    return;
  }
  if (key == "lr" && !(value > 0)) {
    m_error->setText(tr("The learning rate must be greater than 0; the race keeps %1.")
                         .arg(m_racers[racer].config.lr));
    m_error->show();
    return;
  }
  OptimizerConfig config = m_racers[static_cast<std::size_t>(racer)].config;
  config.*field->number = value;
  commit(racer, config);
}

void RacerEditor::applyFlag(int racer, const QString& key, bool on) {
  const Field* field = findField(key);
  if (!field || racer >= static_cast<int>(m_racers.size()))
    return;
  OptimizerConfig config = m_racers[static_cast<std::size_t>(racer)].config;
  config.*field->flag = on;
  commit(racer, config);
}

bool RacerEditor::commit(int racer, const OptimizerConfig& config) {
  try {
    makeOptimizer<double>(config);
  } catch (const InputError& error) {
    m_error->setText(tr("Not applied: %1").arg(QString::fromStdString(error.what())));
    m_error->show();
    return false;
  }
  m_error->hide();
  Racer& r = m_racers[static_cast<std::size_t>(racer)];
  r.config = config;
  if (QListWidgetItem* item = m_list->item(racer))
    item->setText(r.label());
  emit racersChanged();
  return true;
}

void RacerEditor::retranslate() {
  m_addButton->setText(tr("Add"));
  m_addButton->setToolTip(tr("Add the chosen optimizer to the race with torch.optim's defaults; "
                             "the same one may race several times with different settings"));
  m_addCombo->setToolTip(tr("Optimizer to add"));
  m_list->setToolTip(tr("The racers, in their colours; select one to edit its hyperparameters"));
  m_duplicateButton->setText(tr("Duplicate"));
  m_duplicateButton->setToolTip(tr("Add a copy of the selected racer (then change e.g. its lr)"));
  m_removeButton->setText(tr("Remove"));
  m_removeButton->setToolTip(tr("Take the selected racer out of the race"));
  m_error->setToolTip(tr("Why the last value was not applied"));
  rebuildList();
}

} // namespace gs::ui
