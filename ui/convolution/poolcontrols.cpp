#include "poolcontrols.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace gs::ui {

PoolControls::PoolControls(QWidget* parent)
    : QWidget(parent) {
  auto spin = [this](int lo, int hi, int value, const char* name) {
    auto* s = new QSpinBox(this);
    s->setRange(lo, hi);
    s->setValue(value);
    s->setObjectName(name);
    connect(s, &QSpinBox::valueChanged, this, [this] {
      if (!m_setting)
        emit changed();
    });
    return s;
  };
  m_kind = new QComboBox(this);
  m_kind->setObjectName("poolKindCombo");
  m_kind->addItem(QString());
  m_kind->addItem(QString());
  m_kernelH = spin(1, 7, 2, "poolKernelHSpin");
  m_kernelW = spin(1, 7, 2, "poolKernelWSpin");
  m_strideH = spin(0, 7, 0, "poolStrideHSpin");
  m_strideW = spin(0, 7, 0, "poolStrideWSpin");
  m_padding = spin(0, 3, 0, "poolPaddingSpin");
  m_kindLabel = new QLabel(this);
  m_kernelLabel = new QLabel(this);
  m_strideLabel = new QLabel(this);
  m_paddingLabel = new QLabel(this);
  auto pair = [](QWidget* a, QWidget* b) {
    auto* l = new QHBoxLayout;
    l->addWidget(a);
    l->addWidget(b);
    l->addStretch();
    return l;
  };
  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->addWidget(m_kindLabel, 0, 0);
  grid->addWidget(m_kind, 0, 1);
  grid->addWidget(m_kernelLabel, 1, 0);
  grid->addLayout(pair(m_kernelH, m_kernelW), 1, 1);
  grid->addWidget(m_strideLabel, 2, 0);
  grid->addLayout(pair(m_strideH, m_strideW), 2, 1);
  grid->addWidget(m_paddingLabel, 3, 0);
  grid->addWidget(m_padding, 3, 1, Qt::AlignLeft);
  connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
    if (!m_setting)
      emit changed();
  });
  retranslate();
}

PoolSpec PoolControls::spec() const {
  PoolSpec s;
  s.kind = m_kind->currentIndex() == 1 ? PoolKind::Average : PoolKind::Max;
  s.kernelH = m_kernelH->value();
  s.kernelW = m_kernelW->value();
  s.strideH = m_strideH->value();
  s.strideW = m_strideW->value();
  s.padding = m_padding->value();
  return s;
}

void PoolControls::setSpec(const PoolSpec& spec) {
  m_setting = true;
  m_kind->setCurrentIndex(spec.kind == PoolKind::Average ? 1 : 0);
  m_kernelH->setValue(spec.kernelH);
  m_kernelW->setValue(spec.kernelW);
  m_strideH->setValue(spec.strideH);
  m_strideW->setValue(spec.strideW);
  m_padding->setValue(spec.padding);
  m_setting = false;
  emit changed();
}

QJsonObject PoolControls::saveState() const {
  const PoolSpec s = spec();
  return {{"kind", s.kind == PoolKind::Average ? "avg" : "max"},
          {"kernelH", s.kernelH},
          {"kernelW", s.kernelW},
          {"strideH", s.strideH},
          {"strideW", s.strideW},
          {"padding", s.padding}};
}

void PoolControls::restoreState(const QJsonObject& o) {
  PoolSpec s;
  s.kind = o.value("kind").toString() == "avg" ? PoolKind::Average : PoolKind::Max;
  s.kernelH = o.value("kernelH").toInt(2);
  s.kernelW = o.value("kernelW").toInt(2);
  s.strideH = o.value("strideH").toInt(0);
  s.strideW = o.value("strideW").toInt(0);
  s.padding = o.value("padding").toInt(0);
  setSpec(s);
}

void PoolControls::retranslate() {
  m_kindLabel->setText(tr("Pooling"));
  m_kind->setItemText(0, tr("max"));
  m_kind->setItemText(1, tr("average"));
  m_kind->setToolTip(tr("max keeps the largest value of each window (padding ignored); average "
                        "divides the window's sum by its size (padding counted as 0)"));
  m_kernelLabel->setText(tr("Window rows, cols"));
  m_kernelH->setToolTip(tr("Window height"));
  m_kernelW->setToolTip(tr("Window width"));
  m_strideLabel->setText(tr("Stride rows, cols"));
  m_strideH->setSpecialValueText(tr("= window"));
  m_strideW->setSpecialValueText(tr("= window"));
  m_strideH->setToolTip(tr("Rows the window moves per step; “= window” means the window height"));
  m_strideW->setToolTip(tr("Columns the window moves per step; “= window” means the window width"));
  m_paddingLabel->setText(tr("Padding"));
  m_padding->setToolTip(tr("Zeros added on every side, at most half the window"));
}

} // namespace gs::ui
