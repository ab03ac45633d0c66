#include "convcontrols.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace gs::ui {

namespace {
QSpinBox* spin(QWidget* parent, int lo, int hi, int value, const char* name) {
  auto* s = new QSpinBox(parent);
  s->setRange(lo, hi);
  s->setValue(value);
  s->setObjectName(name);
  return s;
}
QHBoxLayout* row(std::initializer_list<QWidget*> widgets) {
  auto* l = new QHBoxLayout;
  for (QWidget* w : widgets)
    l->addWidget(w);
  l->addStretch();
  return l;
}
} // namespace

ConvControls::ConvControls(QWidget* parent)
    : QWidget(parent) {
  m_mode = new QComboBox(this);
  m_mode->setObjectName("modeCombo");
  for (int i = 0; i < 4; ++i)
    m_mode->addItem(QString());
  m_padTop = spin(this, 0, 6, 0, "padTopSpin");
  m_padBottom = spin(this, 0, 6, 0, "padBottomSpin");
  m_padLeft = spin(this, 0, 6, 0, "padLeftSpin");
  m_padRight = spin(this, 0, 6, 0, "padRightSpin");
  m_strideH = spin(this, 1, 8, 1, "strideHSpin");
  m_strideW = spin(this, 1, 8, 1, "strideWSpin");
  m_dilationH = spin(this, 1, 4, 1, "dilationHSpin");
  m_dilationW = spin(this, 1, 4, 1, "dilationWSpin");
  m_flip = new QCheckBox(this);
  m_flip->setObjectName("flipCheck");
  m_flipNote = new QLabel(this);
  m_flipNote->setWordWrap(true);
  m_activation = new QComboBox(this);
  m_activation->setObjectName("activationCombo");
  for (int i = 0; i < 4; ++i)
    m_activation->addItem(QString());
  m_modeLabel = new QLabel(this);
  m_padLabel = new QLabel(this);
  m_strideLabel = new QLabel(this);
  m_dilationLabel = new QLabel(this);
  m_activationLabel = new QLabel(this);

  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->addWidget(m_modeLabel, 0, 0);
  grid->addWidget(m_mode, 0, 1);
  grid->addWidget(m_padLabel, 1, 0);
  grid->addLayout(row({m_padTop, m_padBottom, m_padLeft, m_padRight}), 1, 1);
  grid->addWidget(m_strideLabel, 2, 0);
  grid->addLayout(row({m_strideH, m_strideW}), 2, 1);
  grid->addWidget(m_dilationLabel, 3, 0);
  grid->addLayout(row({m_dilationH, m_dilationW}), 3, 1);
  grid->addWidget(m_activationLabel, 4, 0);
  grid->addWidget(m_activation, 4, 1);
  grid->addWidget(m_flip, 5, 0, 1, 2);
  grid->addWidget(m_flipNote, 6, 0, 1, 2);

  auto emitChanged = [this] {
    updateEnabled();
    if (!m_setting)
      emit changed();
  };
  connect(m_mode, &QComboBox::currentIndexChanged, this, emitChanged);
  connect(m_activation, &QComboBox::currentIndexChanged, this, emitChanged);
  connect(m_flip, &QCheckBox::toggled, this, emitChanged);
  for (QSpinBox* s : {m_padTop, m_padBottom, m_padLeft, m_padRight, m_strideH, m_strideW,
                      m_dilationH, m_dilationW})
    connect(s, &QSpinBox::valueChanged, this, emitChanged);
  retranslate();
  updateEnabled();
}

ConvSpec ConvControls::spec() const {
  ConvSpec s;
  switch (m_mode->currentIndex()) {
  case 1:
    s.padding = PaddingSpec::same();
    break;
  case 2:
    s.padding = PaddingSpec::full();
    break;
  case 3:
    s.padding = PaddingSpec::sides(m_padTop->value(), m_padBottom->value(), m_padLeft->value(),
                                   m_padRight->value());
    break;
  default:
    s.padding = PaddingSpec::valid();
    break;
  }
  s.strideH = m_strideH->value();
  s.strideW = m_strideW->value();
  s.dilationH = m_dilationH->value();
  s.dilationW = m_dilationW->value();
  s.flip = m_flip->isChecked();
  s.activation = static_cast<Activation>(m_activation->currentIndex());
  return s;
}

void ConvControls::setSpec(const ConvSpec& spec) {
  m_setting = true;
  m_mode->setCurrentIndex(static_cast<int>(spec.padding.mode));
  m_padTop->setValue(spec.padding.explicitPadding.top);
  m_padBottom->setValue(spec.padding.explicitPadding.bottom);
  m_padLeft->setValue(spec.padding.explicitPadding.left);
  m_padRight->setValue(spec.padding.explicitPadding.right);
  m_strideH->setValue(spec.strideH);
  m_strideW->setValue(spec.strideW);
  m_dilationH->setValue(spec.dilationH);
  m_dilationW->setValue(spec.dilationW);
  m_flip->setChecked(spec.flip);
  m_activation->setCurrentIndex(static_cast<int>(spec.activation));
  m_setting = false;
  updateEnabled();
  emit changed();
}

QJsonObject ConvControls::saveState() const {
  const ConvSpec s = spec();
  const Padding& p = s.padding.explicitPadding;
  return {{"mode", m_mode->currentIndex()},
          {"padTop", p.top},
          {"padBottom", p.bottom},
          {"padLeft", p.left},
          {"padRight", p.right},
          {"strideH", s.strideH},
          {"strideW", s.strideW},
          {"dilationH", s.dilationH},
          {"dilationW", s.dilationW},
          {"flip", s.flip},
          {"activation", static_cast<int>(s.activation)}};
}

void ConvControls::restoreState(const QJsonObject& o) {
  ConvSpec s;
  const Padding p{o.value("padTop").toInt(), o.value("padBottom").toInt(),
                  o.value("padLeft").toInt(), o.value("padRight").toInt()};
  s.padding = {static_cast<PadMode>(std::clamp(o.value("mode").toInt(), 0, 3)), p};
  s.strideH = std::max(1, o.value("strideH").toInt(1));
  s.strideW = std::max(1, o.value("strideW").toInt(1));
  s.dilationH = std::max(1, o.value("dilationH").toInt(1));
  s.dilationW = std::max(1, o.value("dilationW").toInt(1));
  s.flip = o.value("flip").toBool();
  s.activation = static_cast<Activation>(std::clamp(o.value("activation").toInt(), 0, 3));
  setSpec(s);
}

void ConvControls::updateEnabled() {
  const bool explicitPadding = m_mode->currentIndex() == 3;
  for (QSpinBox* s : {m_padTop, m_padBottom, m_padLeft, m_padRight})
    s->setEnabled(explicitPadding);
}

void ConvControls::retranslate() {
  m_modeLabel->setText(tr("Mode"));
  m_mode->setItemText(0, tr("valid (no padding)"));
  m_mode->setItemText(1, tr("same (output ⌈n / s⌉)"));
  m_mode->setItemText(2, tr("full (every overlap)"));
  m_mode->setItemText(3, tr("explicit padding"));
  m_mode->setToolTip(tr("valid: no padding; same: pad so the output is ⌈input / stride⌉; "
                        "full: pad kernel − 1 on every side; explicit: your own T, B, L, R"));
  m_padLabel->setText(tr("Padding T B L R"));
  m_padTop->setToolTip(tr("Rows of zeros added on top (explicit mode)"));
  m_padBottom->setToolTip(tr("Rows of zeros added at the bottom (explicit mode)"));
  m_padLeft->setToolTip(tr("Columns of zeros added on the left (explicit mode)"));
  m_padRight->setToolTip(tr("Columns of zeros added on the right (explicit mode)"));
  m_strideLabel->setText(tr("Stride rows, cols"));
  m_strideH->setToolTip(tr("How many rows the window moves down per step"));
  m_strideW->setToolTip(tr("How many columns the window moves right per step"));
  m_dilationLabel->setText(tr("Dilation rows, cols"));
  m_dilationH->setToolTip(tr("Spacing between kernel rows on the input (1 = adjacent)"));
  m_dilationW->setToolTip(tr("Spacing between kernel columns on the input (1 = adjacent)"));
  m_activationLabel->setText(tr("Activation"));
  m_activation->setItemText(0, tr("none"));
  m_activation->setItemText(1, tr("ReLU"));
  m_activation->setItemText(2, tr("sigmoid"));
  m_activation->setItemText(3, tr("tanh"));
  m_activation->setToolTip(tr("Function applied to sum + bias"));
  m_flip->setText(tr("Flip the kernel (mathematical convolution)"));
  m_flip->setToolTip(tr("Off: cross-correlation, what deep-learning libraries call convolution. "
                        "On: the kernel is rotated by 180° first, as in MATLAB conv2"));
  m_flipNote->setText(tr("Correlation slides the kernel as it is; convolution rotates it by 180° "
                         "first. They differ only for kernels that are not symmetric."));
  m_flipNote->setToolTip(tr("Correlation versus convolution"));
}

} // namespace gs::ui
