#include "backproppage.h"

#include "convbackproppanel.h"
#include "explorerpanel.h"
#include "networkpanel.h"

#include "core/backprop/smallnet.h"

#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gs::ui {

BackpropPage::BackpropPage(QWidget* parent)
    : Page(parent) {
  setObjectName("backpropPage");
  auto* layout = new QVBoxLayout(this);
  m_tabs = new QTabWidget(this);
  m_tabs->setObjectName("backpropTabs");
  m_network = new NetworkPanel(m_tabs);
  m_network->setObjectName("networkPanel");
  m_conv = new ConvBackpropPanel(m_tabs);
  m_conv->setObjectName("convBackpropPanel");
  m_explorer = new ExplorerPanel(m_tabs);
  m_explorer->setObjectName("explorerPanel");
  m_tabs->addTab(m_network, QString());
  m_tabs->addTab(m_conv, QString());
  m_tabs->addTab(m_explorer, QString());
  layout->addWidget(m_tabs);

  // the control bar by keyboard alone: space = next, backspace = previous (a text field that
  // has the focus keeps its keys: QLineEdit claims them first through ShortcutOverride)
  auto* next = new QShortcut(QKeySequence(Qt::Key_Space), this);
  next->setContext(Qt::WidgetWithChildrenShortcut);
  connect(next, &QShortcut::activated, this, [this] {
    if (m_tabs->currentWidget() == m_network)
      m_network->next();
    else if (m_tabs->currentWidget() == m_conv)
      m_conv->next();
  });
  auto* previous = new QShortcut(QKeySequence(Qt::Key_Backspace), this);
  previous->setContext(Qt::WidgetWithChildrenShortcut);
  connect(previous, &QShortcut::activated, this, [this] {
    if (m_tabs->currentWidget() == m_network)
      m_network->previous();
    else if (m_tabs->currentWidget() == m_conv)
      m_conv->previous();
  });
  retranslate();
}

void BackpropPage::retranslate() {
  m_tabs->setTabText(0, tr("Network"));
  m_tabs->setTabToolTip(0, tr("Forward pass, loss, the four backpropagation equations and the "
                              "update, step by step with numbers"));
  m_tabs->setTabText(1, tr("Convolution backprop"));
  m_tabs->setTabToolTip(1, tr("The kernel and input gradients of one conv layer, window by "
                              "window"));
  m_tabs->setTabText(2, tr("Activations && losses"));
  m_tabs->setTabToolTip(2, tr("Each activation and loss with its derivative"));
  m_network->retranslate();
  m_conv->retranslate();
  m_explorer->retranslate();
}

QString BackpropPage::helpHtml() const {
  return tr(
      "<h3>Backpropagation</h3>"
      "<p>Forward: z<sup>l</sup> = W<sup>l</sup> a<sup>l−1</sup> + b<sup>l</sup>, "
      "a<sup>l</sup> = σ(z<sup>l</sup>), a<sup>0</sup> = x. Then the four equations:</p>"
      "<ol>"
      "<li>Output error: δ<sup>L</sup> = ∇<sub>a</sub>C ⊙ σ'(z<sup>L</sup>) "
      "(softmax with cross-entropy: δ<sup>L</sup> = a<sup>L</sup> − y)</li>"
      "<li>Error of a hidden layer: δ<sup>l</sup> = ((W<sup>l+1</sup>)<sup>T</sup> "
      "δ<sup>l+1</sup>) ⊙ σ'(z<sup>l</sup>)</li>"
      "<li>Bias gradient: ∂C/∂b<sup>l</sup> = δ<sup>l</sup></li>"
      "<li>Weight gradient: ∂C/∂W<sup>l</sup> = δ<sup>l</sup> (a<sup>l−1</sup>)<sup>T</sup></li>"
      "</ol>"
      "<p>Gradient descent: W ← W − η ∂C/∂W, b ← b − η ∂C/∂b.</p>"
      "<p>mse here is PyTorch's mean: C = (1/n) Σ (a − y)², so ∇<sub>a</sub>C = (2/n)(a − y); "
      "with two outputs it equals the textbook ½ Σ (y − a)².</p>"
      "<p>A convolution layer Y = X ⋆ K (valid): ∂C/∂K = X ⋆ ∂C/∂Y (valid), "
      "∂C/∂X = ∂C/∂Y ∗ K (full convolution, the kernel rotated 180°).</p>"
      "<p>Keys: Space next step, Backspace previous; double-click a weight to edit it. "
      "<b>Export worked solution…</b> saves every step of the iteration with its numbers as a "
      "printable page, HTML or PDF.</p>"
      "<p>Try this: <a href=\"try:mazur\">Mazur's 2-2-2 example from the first step</a> · "
      "<a href=\"try:backward\">jump to the first backward step, δ at the output</a> · "
      "<a href=\"try:high-lr\">a learning rate that is too high (η = 3, linear output): the "
      "loss grows every iteration</a> · "
      "<a href=\"try:input-gradient\">a conv layer's input gradient as a full "
      "convolution</a></p>");
}

void BackpropPage::applySuggestion(const QString& name) {
  using namespace gs::backprop;
  if (name == "mazur") {
    m_tabs->setCurrentWidget(m_network);
    m_network->loadPreset();
  } else if (name == "backward") {
    m_tabs->setCurrentWidget(m_network);
    m_network->loadPreset();
    const std::vector<Phase>& phases = m_network->iteration().phases;
    for (std::size_t p = 0; p < phases.size(); ++p)
      if (phases[p].kind == PhaseKind::OutputError) {
        m_network->jumpTo(static_cast<int>(p));
        break;
      }
  } else if (name == "high-lr") {
    // Mazur's weights and sample with a linear output layer: at η = 3 every update overshoots
    // and the loss history climbs (0.63, 9.3, 51, 207, 827, 3314).
    const SmallNet mazur = SmallNet::mazurPreset();
    NetConfig config = mazur.config();
    config.activations.back() = ActivationKind::Linear;
    SmallNet net(config);
    net.setParams(mazur.allParams());
    net.setSample(mazur.x(), mazur.y());
    net.setLearningRate(3);
    m_tabs->setCurrentWidget(m_network);
    m_network->setNet(net);
    for (int i = 0; i < 5; ++i)
      m_network->nextSample();
  } else if (name == "input-gradient") {
    m_tabs->setCurrentWidget(m_conv);
    m_conv->setIdentity(1);
  }
}

QJsonObject BackpropPage::saveState() const {
  return {{"tab", m_tabs->currentIndex()},
          {"network", m_network->saveState()},
          {"conv", m_conv->saveState()},
          {"explorer", m_explorer->saveState()}};
}

void BackpropPage::restoreState(const QJsonObject& state) {
  if (state.contains("network"))
    m_network->restoreState(state.value("network").toObject());
  if (state.contains("conv"))
    m_conv->restoreState(state.value("conv").toObject());
  if (state.contains("explorer"))
    m_explorer->restoreState(state.value("explorer").toObject());
  m_tabs->setCurrentIndex(std::clamp(state.value("tab").toInt(), 0, m_tabs->count() - 1));
}

} // namespace gs::ui
