#include "explorerpanel.h"

#include "common/plotexport.h"
#include "core/backprop/explorer.h"
#include "core/backprop/phase.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <cmath>
#include <qcustomplot.h>

namespace gs::ui {

using namespace gs::backprop;

namespace {
const ActivationKind kKinds[] = {ActivationKind::Sigmoid, ActivationKind::Tanh,
                                 ActivationKind::Relu,    ActivationKind::LeakyRelu,
                                 ActivationKind::Elu,     ActivationKind::Softplus};
constexpr int kSoftmaxIndex = 6; // after the six scalar activations
constexpr double kLo = -6, kHi = 6;
constexpr int kSamples = 601;
const QColor kFunction(33, 102, 172), kDerivative(230, 120, 0), kFact(178, 24, 43);

QString num(double v) {
  return QString::fromStdString(formatCompact(v));
}

QCustomPlot* makePlot(QWidget* parent, const QString& name) {
  auto* plot = new QCustomPlot(parent);
  plot->setObjectName(name);
  plot->setMinimumHeight(220);
  plot->addGraph();
  plot->graph(0)->setPen(QPen(kFunction, 2.5));
  plot->addGraph();
  plot->graph(1)->setPen(QPen(kDerivative, 2.5, Qt::DashLine));
  plot->legend->setVisible(true);
  plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
  installPlotExport(plot, name);
  return plot;
}

QCPItemStraightLine* cursorLine(QCustomPlot* plot) {
  auto* line = new QCPItemStraightLine(plot);
  line->setPen(QPen(Qt::gray, 1, Qt::DotLine));
  line->point1->setCoords(0, 0);
  line->point2->setCoords(0, 1);
  line->setObjectName("cursor");
  return line;
}
} // namespace

ExplorerPanel::ExplorerPanel(QWidget* parent)
    : QWidget(parent) {
  buildUi();
  retranslate();
}

void ExplorerPanel::buildUi() {
  auto* root = new QHBoxLayout(this);

  m_actBox = new QGroupBox(this);
  auto* act = new QVBoxLayout(m_actBox);
  auto* actBar = new QHBoxLayout;
  m_activation = new QComboBox(m_actBox);
  m_activation->setObjectName("explorerActivationCombo");
  for (ActivationKind k : kKinds)
    m_activation->addItem(QString::fromStdString(activationName(k)));
  m_activation->addItem("softmax");
  m_vectorLabel = new QLabel(m_actBox);
  m_vector = new QLineEdit("1, 2, 3", m_actBox);
  m_vector->setObjectName("softmaxVectorEdit");
  actBar->addWidget(m_activation);
  actBar->addWidget(m_vectorLabel);
  actBar->addWidget(m_vector, 1);
  act->addLayout(actBar);
  m_vectorError = new QLabel(m_actBox);
  m_vectorError->setObjectName("softmaxVectorError");
  m_vectorError->setStyleSheet("color: #c00000;");
  m_vectorError->hide();
  act->addWidget(m_vectorError);
  m_actPlot = makePlot(m_actBox, "activationPlot");
  act->addWidget(m_actPlot, 1);
  m_actReading = new QLabel(m_actBox);
  m_actReading->setObjectName("activationReading");
  m_actReading->setTextInteractionFlags(Qt::TextSelectableByMouse);
  act->addWidget(m_actReading);
  m_softmaxText = new QLabel(m_actBox);
  m_softmaxText->setObjectName("softmaxText");
  m_softmaxText->setWordWrap(true);
  m_softmaxText->setTextInteractionFlags(Qt::TextSelectableByMouse);
  act->addWidget(m_softmaxText);
  m_actFacts = new QLabel(m_actBox);
  m_actFacts->setObjectName("activationFacts");
  m_actFacts->setWordWrap(true);
  act->addWidget(m_actFacts);
  root->addWidget(m_actBox, 1);

  m_lossBox = new QGroupBox(this);
  auto* loss = new QVBoxLayout(m_lossBox);
  auto* lossBar = new QHBoxLayout;
  m_loss = new QComboBox(m_lossBox);
  m_loss->setObjectName("explorerLossCombo");
  for (LossKind k : allLosses())
    m_loss->addItem(QString::fromStdString(lossName(k)));
  m_targetLabel = new QLabel(m_lossBox);
  m_target = new QDoubleSpinBox(m_lossBox);
  m_target->setObjectName("explorerTargetSpin");
  m_target->setRange(-10, 10);
  m_target->setSingleStep(0.1);
  m_target->setDecimals(2);
  m_target->setValue(1);
  lossBar->addWidget(m_loss);
  lossBar->addWidget(m_targetLabel);
  lossBar->addWidget(m_target);
  lossBar->addStretch(1);
  loss->addLayout(lossBar);
  m_lossPlot = makePlot(m_lossBox, "lossPlot");
  loss->addWidget(m_lossPlot, 1);
  m_lossReading = new QLabel(m_lossBox);
  m_lossReading->setObjectName("lossReading");
  m_lossReading->setTextInteractionFlags(Qt::TextSelectableByMouse);
  loss->addWidget(m_lossReading);
  m_pairing = new QLabel(m_lossBox);
  m_pairing->setObjectName("pairingText");
  m_pairing->setWordWrap(true);
  loss->addWidget(m_pairing);
  root->addWidget(m_lossBox, 1);

  connect(m_activation, &QComboBox::currentIndexChanged, this, &ExplorerPanel::retranslate);
  connect(m_vector, &QLineEdit::editingFinished, this, &ExplorerPanel::plotActivation);
  connect(m_loss, &QComboBox::currentIndexChanged, this, &ExplorerPanel::retranslate);
  connect(m_target, &QDoubleSpinBox::valueChanged, this, &ExplorerPanel::plotLoss);
  for (QCustomPlot* plot : {m_actPlot, m_lossPlot}) {
    auto* line = cursorLine(plot);
    connect(plot, &QCustomPlot::mouseMove, this, [this, plot, line](QMouseEvent* event) {
      const double x = plot->xAxis->pixelToCoord(event->position().x());
      line->point1->setCoords(x, 0);
      line->point2->setCoords(x, 1);
      if (plot == m_actPlot)
        m_actReading->setText(activationReading(x));
      else
        m_lossReading->setText(lossReading(x));
      plot->replot(QCustomPlot::rpQueuedReplot);
    });
  }
}

bool ExplorerPanel::softmaxVector(std::vector<double>& z) const {
  z.clear();
  for (const QString& part :
       m_vector->text().split(QRegularExpression("[,;\\s]+"), Qt::SkipEmptyParts)) {
    bool ok = false;
    const double v = part.toDouble(&ok);
    if (!ok || !std::isfinite(v))
      return false;
    z.push_back(v);
  }
  return z.size() >= 2;
}

QString ExplorerPanel::activationReading(double x) const {
  const int index = m_activation->currentIndex();
  if (index == kSoftmaxIndex) {
    std::vector<double> z;
    if (!softmaxVector(z))
      return {};
    z[0] = x;
    return tr("z₁ = %1:  softmax₁ = %2,  ∂softmax₁/∂z₁ = %3")
        .arg(num(x), num(softmax(z)[0]), num(softmaxJacobian(z)[0][0]));
  }
  const ActivationKind k = kKinds[index];
  return tr("x = %1:  f(x) = %2,  f'(x) = %3")
      .arg(num(x), num(activate(k, x)), num(activateDerivative(k, x)));
}

QString ExplorerPanel::lossReading(double p) const {
  const LossKind k = allLosses()[static_cast<std::size_t>(m_loss->currentIndex())];
  const double y = m_target->value();
  const LossPoint lp =
      lossAt(k, p, (k == LossKind::Hinge || k == LossKind::Exponential) ? (y >= 0 ? 1 : -1) : y);
  return tr("prediction = %1:  loss = %2,  d loss / d prediction = %3")
      .arg(num(p), num(lp.value), num(lp.gradient));
}

void ExplorerPanel::plotActivation() {
  // the facts of the previous activation go; the cursor line stays
  for (int i = m_actPlot->itemCount() - 1; i >= 0; --i)
    if (m_actPlot->item(i)->objectName() != "cursor")
      m_actPlot->removeItem(i);
  const int index = m_activation->currentIndex();
  QVector<double> xs, f, d;
  std::vector<double> z;
  const bool isSoftmax = index == kSoftmaxIndex;
  const bool vectorOk = !isSoftmax || softmaxVector(z);
  m_vectorError->setVisible(!vectorOk);
  m_softmaxText->setVisible(isSoftmax && vectorOk);
  if (!vectorOk) {
    m_vectorError->setText(tr("The vector must hold at least two numbers, e.g. 1, 2, 3; the "
                              "curves keep the last valid vector."));
    return;
  }
  for (int s = 0; s < kSamples; ++s) {
    const double x = kLo + (kHi - kLo) * s / (kSamples - 1);
    xs << x;
    if (isSoftmax) {
      std::vector<double> v = z;
      v[0] = x;
      f << softmax(v)[0];
      d << softmaxJacobian(v)[0][0];
    } else {
      f << activate(kKinds[index], x);
      d << activateDerivative(kKinds[index], x);
    }
  }
  m_actPlot->graph(0)->setData(xs, f);
  m_actPlot->graph(1)->setData(xs, d);
  m_actPlot->xAxis->setRange(kLo, kHi);
  const auto text = [this](double x, double y, const QString& s, Qt::Alignment align) {
    auto* t = new QCPItemText(m_actPlot);
    t->position->setCoords(x, y);
    t->setPositionAlignment(align);
    t->setText(s);
    t->setColor(kFact);
    QFont font = this->font();
    font.setBold(true);
    t->setFont(font);
  };
  const auto dot = [this](double x, double y) {
    auto* e = new QCPItemEllipse(m_actPlot);
    e->topLeft->setType(QCPItemPosition::ptPlotCoords);
    e->bottomRight->setType(QCPItemPosition::ptPlotCoords);
    e->topLeft->setCoords(x - 0.12, y + 0.04);
    e->bottomRight->setCoords(x + 0.12, y - 0.04);
    e->setBrush(kFact);
    e->setPen(QPen(kFact));
  };
  double lo = *std::min_element(f.begin(), f.end()), hi = *std::max_element(f.begin(), f.end());
  lo = std::min({lo, *std::min_element(d.begin(), d.end()), -0.1});
  hi = std::max({hi, *std::max_element(d.begin(), d.end()), 1.1});
  if (!isSoftmax) {
    switch (kKinds[index]) {
    case ActivationKind::Sigmoid:
      dot(0, 0.25);
      text(0.3, 0.25, tr("σ'(0) = 0.25: the largest slope"), Qt::AlignLeft | Qt::AlignVCenter);
      break;
    case ActivationKind::Tanh:
      dot(0, 1);
      text(0.3, 1.0, tr("tanh'(0) = 1"), Qt::AlignLeft | Qt::AlignBottom);
      break;
    case ActivationKind::Relu: {
      auto* zone = new QCPItemRect(m_actPlot);
      zone->topLeft->setCoords(kLo, hi + 0.5);
      zone->bottomRight->setCoords(0, lo - 0.5);
      zone->setBrush(QColor(178, 24, 43, 30));
      zone->setPen(Qt::NoPen);
      text(-3, 2.5, tr("dead zone: relu'(x) = 0"), Qt::AlignCenter);
      text(3, 1.0, tr("relu'(x) = 1 for x > 0"), Qt::AlignHCenter | Qt::AlignTop);
      break;
    }
    case ActivationKind::LeakyRelu:
      text(-3, 1.0, tr("slope 0.01 for x < 0: no dead zone"), Qt::AlignHCenter | Qt::AlignBottom);
      break;
    case ActivationKind::Elu:
      text(-3, 0.5, tr("elu'(x) = eˣ for x < 0"), Qt::AlignCenter);
      break;
    default:
      text(-3, 1.0, tr("softplus' = sigmoid"), Qt::AlignCenter);
      break;
    }
  } else {
    const std::vector<double> s = softmax(z);
    const auto jac = softmaxJacobian(z);
    QStringList values, diag;
    for (std::size_t i = 0; i < s.size(); ++i) {
      values << num(s[i]);
      diag << num(jac[i][i]);
    }
    dot(z[0], s[0]);
    m_softmaxText->setText(tr("softmax(%1) = (%2); Jacobian diagonal sᵢ(1 − sᵢ) = (%3). The "
                              "curves vary z₁ with the other entries fixed.")
                               .arg(m_vector->text(), values.join(", "), diag.join(", ")));
  }
  m_actPlot->yAxis->setRange(lo - 0.1 * (hi - lo), hi + 0.1 * (hi - lo));
  m_actReading->setText(activationReading(isSoftmax ? z[0] : 0.0));
  m_actPlot->replot(QCustomPlot::rpQueuedReplot);
}

void ExplorerPanel::plotLoss() {
  const LossKind k = allLosses()[static_cast<std::size_t>(m_loss->currentIndex())];
  double y = m_target->value();
  if (k == LossKind::Hinge || k == LossKind::Exponential)
    y = y >= 0 ? 1 : -1;
  const Range r = lossPlotRange(k, y);
  QVector<double> xs, f, d;
  double lo = 0, hi = 1;
  for (int s = 0; s < kSamples; ++s) {
    const double p = r.lo + (r.hi - r.lo) * s / (kSamples - 1);
    const LossPoint lp = lossAt(k, p, y);
    xs << p;
    f << lp.value;
    d << lp.gradient;
    if (std::isfinite(lp.value) && std::isfinite(lp.gradient)) {
      lo = std::min({lo, lp.value, lp.gradient});
      hi = std::max({hi, lp.value, lp.gradient});
    }
  }
  m_lossPlot->graph(0)->setData(xs, f);
  m_lossPlot->graph(1)->setData(xs, d);
  m_lossPlot->xAxis->setRange(r.lo, r.hi);
  // steep losses (bce near 0 and 1, mape) would flatten everything else: clip the view
  hi = std::min(hi, 12.0);
  lo = std::max(lo, -12.0);
  m_lossPlot->yAxis->setRange(lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo));
  m_lossReading->setText(lossReading((r.lo + r.hi) / 2));
  m_lossPlot->replot(QCustomPlot::rpQueuedReplot);
}

void ExplorerPanel::retranslate() {
  m_actBox->setTitle(tr("Activation and its derivative"));
  m_activation->setToolTip(tr("The activation to plot"));
  m_vectorLabel->setText(tr("softmax vector z:"));
  m_vector->setToolTip(tr("The vector softmax is applied to, numbers separated by commas"));
  const bool isSoftmax = m_activation->currentIndex() == kSoftmaxIndex;
  m_vector->setEnabled(isSoftmax);
  m_actPlot->graph(0)->setName(isSoftmax ? tr("softmax₁(z)") : tr("f(x)"));
  m_actPlot->graph(1)->setName(isSoftmax ? tr("∂softmax₁/∂z₁") : tr("f'(x)"));
  m_actPlot->xAxis->setLabel(isSoftmax ? tr("z₁") : tr("x"));
  m_actPlot->setToolTip(tr("Move the mouse to read values; right-click to export"));
  static const char* facts[] = {
      QT_TR_NOOP("σ'(x) = σ(x)(1 − σ(x)) is at most 0.25: each sigmoid layer multiplies the "
                 "gradient by 0.25 or less, so deep sigmoid nets lose their gradient."),
      QT_TR_NOOP("tanh'(x) = 1 − tanh²(x) is at most 1 (at 0) and zero-centred, yet it "
                 "saturates like the sigmoid."),
      QT_TR_NOOP("relu'(x) = 1 for x > 0: the gradient passes unchanged. For x < 0 it is 0: "
                 "a neuron stuck there stops learning (the dead zone)."),
      QT_TR_NOOP("leaky_relu keeps a slope of 0.01 for x < 0, so no neuron dies."),
      QT_TR_NOOP("elu is smooth, tends to −1 for very negative x, and its slope is 1 for x > 0."),
      QT_TR_NOOP("softplus = log(1 + eˣ) is a smooth relu; its derivative is the sigmoid."),
      QT_TR_NOOP("softmax turns scores into probabilities; ∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ). With "
                 "cross-entropy the gradient becomes simply s − y.")};
  m_actFacts->setText(tr(facts[m_activation->currentIndex()]));

  m_lossBox->setTitle(tr("Loss and its gradient"));
  m_loss->setToolTip(tr("The loss to plot against the prediction"));
  m_targetLabel->setText(tr("target y:"));
  m_target->setToolTip(tr("The target value (hinge and exponential use its sign, −1 or +1; bce "
                          "and cross-entropy a probability)"));
  m_lossPlot->graph(0)->setName(tr("loss"));
  m_lossPlot->graph(1)->setName(tr("d loss / d prediction"));
  m_lossPlot->xAxis->setLabel(tr("prediction"));
  m_lossPlot->setToolTip(tr("Move the mouse to read values; right-click to export"));
  m_pairing->setText(
      tr("<b>Why the pairs work.</b> With a = sigmoid(z) and bce, dC/da = (a − y) / (a(1 − a)) "
         "and da/dz = a(1 − a): the product is <b>dC/dz = a − y</b>. The σ' that vanishes when "
         "the neuron saturates cancels, so a confident wrong answer still gets a large "
         "gradient. Softmax with cross-entropy gives the same <b>∂C/∂z = a − y</b>. With mse "
         "instead, dC/dz = 2(a − y)·σ'(z) is tiny for a saturated neuron even when it is badly "
         "wrong: learning stalls."));
  plotActivation();
  plotLoss();
}

QJsonObject ExplorerPanel::saveState() const {
  return {{"activation", m_activation->currentText()},
          {"vector", m_vector->text()},
          {"loss", m_loss->currentText()},
          {"target", m_target->value()}};
}

void ExplorerPanel::restoreState(const QJsonObject& s) {
  const QSignalBlocker b1(m_activation), b2(m_loss), b3(m_target);
  const int a = m_activation->findText(s.value("activation").toString());
  if (a >= 0)
    m_activation->setCurrentIndex(a);
  if (s.contains("vector"))
    m_vector->setText(s.value("vector").toString());
  const int l = m_loss->findText(s.value("loss").toString());
  if (l >= 0)
    m_loss->setCurrentIndex(l);
  if (s.contains("target"))
    m_target->setValue(s.value("target").toDouble());
  retranslate();
}

} // namespace gs::ui
