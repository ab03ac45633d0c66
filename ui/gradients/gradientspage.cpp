#include "gradientspage.h"

#include "core/error.h"
#include "gradientheatmap.h"
#include "gradientspanel.h"
#include "gradientssetup.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <map>

namespace gs::ui {

namespace {
QJsonObject configToJson(const DeepNetConfig& c) {
  return {{"depth", c.depth},
          {"width", c.width},
          {"activation", QString::fromStdString(c.activation)},
          {"init", QString::fromStdString(c.init)},
          {"batchnorm", c.batchNorm},
          {"residual", c.residual},
          {"clip", QString::fromStdString(c.clip)},
          {"clip_threshold", c.clipThreshold},
          {"l2", c.l2},
          {"optimizer", QString::fromStdString(c.optimizer)},
          {"lr", c.lr},
          {"data", QString::fromStdString(c.data)},
          {"seed", static_cast<double>(c.seed)}};
}

DeepNetConfig configFromJson(const QJsonObject& j, DeepNetConfig c) {
  c.depth = j.value("depth").toInt(c.depth);
  c.width = j.value("width").toInt(c.width);
  c.activation = j.value("activation").toString(QString::fromStdString(c.activation)).toStdString();
  c.init = j.value("init").toString(QString::fromStdString(c.init)).toStdString();
  c.batchNorm = j.value("batchnorm").toBool(c.batchNorm);
  c.residual = j.value("residual").toBool(c.residual);
  c.clip = j.value("clip").toString(QString::fromStdString(c.clip)).toStdString();
  c.clipThreshold = j.value("clip_threshold").toDouble(c.clipThreshold);
  c.l2 = j.value("l2").toDouble(c.l2);
  c.optimizer = j.value("optimizer").toString(QString::fromStdString(c.optimizer)).toStdString();
  c.lr = j.value("lr").toDouble(c.lr);
  c.data = j.value("data").toString(QString::fromStdString(c.data)).toStdString();
  c.seed = static_cast<std::uint64_t>(j.value("seed").toDouble(static_cast<double>(c.seed)));
  return c;
}
} // namespace

GradientsPage::GradientsPage(QWidget* parent)
    : Page(parent)
    , m_scenarios(GradientScenarios::all()) {
  setObjectName("gradientsPage");
  auto* outer = new QHBoxLayout(this);

  auto* side = new QWidget;
  auto* sideLayout = new QVBoxLayout(side);
  m_scenarioBox = new QGroupBox(side);
  auto* scenarioGrid = new QGridLayout(m_scenarioBox);
  for (std::size_t i = 0; i < m_scenarios.size(); ++i) {
    auto* button = new QPushButton(m_scenarioBox);
    button->setObjectName("scenario_" + m_scenarios[i].id);
    const QString id = m_scenarios[i].id;
    connect(button, &QPushButton::clicked, this, [this, id] { selectScenario(id); });
    scenarioGrid->addWidget(button, static_cast<int>(i), 0, 1, 2);
    m_scenarioButtons.push_back(button);
  }
  m_compareLabel = new QLabel(m_scenarioBox);
  m_compare = new QComboBox(m_scenarioBox);
  m_compare->setObjectName("compareCombo");
  m_compare->addItem(QString(), QString());
  for (const GradientScenario& s : m_scenarios)
    m_compare->addItem(s.title, s.id);
  const int rows = static_cast<int>(m_scenarios.size());
  scenarioGrid->addWidget(m_compareLabel, rows, 0);
  scenarioGrid->addWidget(m_compare, rows, 1);
  connect(m_compare, &QComboBox::currentIndexChanged, this,
          [this] { setComparison(m_compare->currentData().toString()); });
  sideLayout->addWidget(m_scenarioBox);

  m_setupBox = new QGroupBox(side);
  auto* setupLayout = new QVBoxLayout(m_setupBox);
  m_setup = new GradientsSetup(m_setupBox);
  setupLayout->addWidget(m_setup);
  sideLayout->addWidget(m_setupBox);

  auto* controls = new QGridLayout;
  m_step = new QPushButton(side);
  m_step->setObjectName("stepButton");
  m_step10 = new QPushButton(side);
  m_step10->setObjectName("step10Button");
  m_run = new QPushButton(side);
  m_run->setObjectName("runButton");
  m_pause = new QPushButton(side);
  m_pause->setObjectName("pauseButton");
  m_reset = new QPushButton(side);
  m_reset->setObjectName("resetButton");
  controls->addWidget(m_step, 0, 0);
  controls->addWidget(m_step10, 0, 1);
  controls->addWidget(m_run, 0, 2);
  controls->addWidget(m_pause, 1, 0);
  controls->addWidget(m_reset, 1, 1);
  sideLayout->addLayout(controls);
  sideLayout->addStretch(1);

  // Let the side column's buttons and boxes shrink to the column instead of widening it.
  for (QWidget* w : side->findChildren<QWidget*>())
    if (qobject_cast<QComboBox*>(w) || qobject_cast<QPushButton*>(w))
      w->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);

  auto* scroll = new QScrollArea(this);
  scroll->setWidget(side);
  scroll->setWidgetResizable(true);
  scroll->setFixedWidth(340);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  outer->addWidget(scroll);

  m_split = new QSplitter(Qt::Horizontal, this);
  m_split->setObjectName("gradientsSplit");
  m_left = new GradientsPanel("left", m_split);
  m_right = new GradientsPanel("right", m_split);
  m_split->addWidget(m_left);
  m_split->addWidget(m_right);
  m_right->hide();
  outer->addWidget(m_split, 1);

  connect(m_setup, &GradientsSetup::changed, this, [this] {
    m_scenario.clear();
    applySetup();
  });
  connect(m_step, &QPushButton::clicked, this, [this] { stepAll(1); });
  connect(m_step10, &QPushButton::clicked, this, [this] { stepAll(10); });
  connect(m_run, &QPushButton::clicked, this, [this] {
    m_left->run();
    if (m_right->isVisible())
      m_right->run();
  });
  connect(m_pause, &QPushButton::clicked, this, [this] {
    m_left->pause();
    m_right->pause();
  });
  connect(m_reset, &QPushButton::clicked, this, [this] {
    m_left->reset();
    if (!m_comparison.isEmpty())
      m_right->reset();
  });
  for (GradientsPanel* panel : {m_left, m_right}) {
    connect(panel, &GradientsPanel::runningChanged, this, &GradientsPage::updateButtons);
    connect(panel, &GradientsPanel::updated, this, &GradientsPage::syncHeatMaps);
  }
  // Keep both panels on the same view tab so they compare like for like.
  connect(m_left->tabs(), &QTabWidget::currentChanged, m_right->tabs(),
          &QTabWidget::setCurrentIndex);
  connect(m_right->tabs(), &QTabWidget::currentChanged, m_left->tabs(),
          &QTabWidget::setCurrentIndex);

  retranslate();
  selectScenario("deep_sigmoid");
}

GradientsPage::~GradientsPage() {
  m_left->shutdown();
  m_right->shutdown();
}

void GradientsPage::showEvent(QShowEvent* event) {
  Page::showEvent(event);
  // The first look already shows something: step 1 is where the regimes differ most.
  if (!m_shownOnce) {
    m_shownOnce = true;
    stepAll(1);
  }
}

void GradientsPage::hideEvent(QHideEvent* event) {
  // Nobody watches a hidden page: stop computing.
  m_left->pause();
  m_right->pause();
  Page::hideEvent(event);
}

void GradientsPage::stepAll(int count) {
  m_left->step(count);
  if (!m_comparison.isEmpty())
    m_right->step(count);
}

bool GradientsPage::selectScenario(const QString& id) {
  const GradientScenario* s = GradientScenarios::find(m_scenarios, id);
  if (!s)
    return false;
  DeepNetConfig c = m_setup->config();
  // Depth or width out of range would block the scenario: fall back to the defaults.
  if (c.depth < 1 || c.depth > kMaxDepth)
    c.depth = DeepNetConfig{}.depth;
  if (c.width < 1 || c.width > kMaxWidth)
    c.width = DeepNetConfig{}.width;
  m_setup->setConfig(s->apply(c));
  m_scenario = id;
  applySetup();
  return true;
}

bool GradientsPage::setComparison(const QString& id) {
  const GradientScenario* s = GradientScenarios::find(m_scenarios, id);
  if (!id.isEmpty() && !s)
    return false;
  m_comparison = s ? id : QString();
  {
    const QSignalBlocker block(m_compare);
    m_compare->setCurrentIndex(std::max(0, m_compare->findData(m_comparison)));
  }
  if (!s) {
    m_right->pause();
    m_right->hide();
  } else {
    m_right->show();
    applySetup();
  }
  syncHeatMaps();
  updateButtons();
  return true;
}

void GradientsPage::syncHeatMaps() {
  GradientHeatMap* left = m_left->heatMap();
  GradientHeatMap* right = m_right->heatMap();
  if (m_comparison.isEmpty()) {
    left->setSharedRange(std::nullopt);
    left->setLegendVisible(true);
    return;
  }
  std::optional<QCPRange> both = left->valueRange();
  if (const std::optional<QCPRange> r = right->valueRange())
    both = both ? QCPRange(std::min(both->lower, r->lower), std::max(both->upper, r->upper)) : *r;
  left->setSharedRange(both);
  right->setSharedRange(both);
  left->setLegendVisible(false);
  right->setLegendVisible(true);
}

void GradientsPage::applySetup() {
  const DeepNetConfig c = m_setup->config();
  try {
    validateDeepNetConfig(c);
  } catch (const InputError& e) {
    m_setup->setError(tr("Not applied: %1").arg(QString::fromStdString(e.what())));
    return;
  }
  m_setup->setError(QString());
  const GradientScenario* left = GradientScenarios::find(m_scenarios, m_scenario);
  m_left->setCaption(left ? left->title : tr("Custom set-up"));
  m_left->setConfig(c);
  if (const GradientScenario* right = GradientScenarios::find(m_scenarios, m_comparison)) {
    m_right->setCaption(right->title);
    m_right->setConfig(right->apply(c));
  }
  syncHeatMaps();
  updateButtons();
}

void GradientsPage::updateButtons() {
  const bool running = m_left->isRunning() || m_right->isRunning();
  m_run->setEnabled(!running);
  m_step->setEnabled(!running);
  m_step10->setEnabled(!running);
  m_pause->setEnabled(running);
}

QString GradientsPage::helpHtml() const {
  QString scenarios;
  for (const GradientScenario& s : m_scenarios)
    scenarios += "<li><a href=\"try:" + s.id + "\"><b>" + s.title.toHtmlEscaped() +
                 "</b></a>: " + s.explanation.toHtmlEscaped() + "</li>";
  return tr("<h3>Vanishing and exploding gradients</h3>"
            "<p>Backpropagation multiplies one factor per layer: the gradient reaching layer l "
            "is the output's gradient times, for every layer above it, the weight times the "
            "activation's slope σ'(z). Sigmoid's slope is at most 0.25, so with weights of "
            "moderate size each factor is below 1 and the product shrinks exponentially with "
            "depth: the layers near the input stop learning (<i>vanishing</i>). With large "
            "weights the factors exceed 1 and the product grows exponentially "
            "(<i>exploding</i>); updates become huge and the loss can turn into NaN.</p>"
            "<p>The network has L weight layers: input → W, L−2 hidden W → W, W → classes, "
            "trained on the whole data set with cross-entropy. Layer 1 is nearest the input.</p>"
            "<h4>The verdict line</h4><ul>"
            "<li>r = ‖∂L/∂W₂‖ / ‖∂L/∂W_(L−1)‖ in the last step: the first and last hidden layers, "
            "so the input's and the output's scale do not enter (layers 1 and L when L &lt; "
            "4).</li>"
            "<li><b>vanishing</b>: r &lt; 1e-3;</li>"
            "<li><b>exploding</b>: r &gt; 1e3 in one of the last 5 steps (the huge update an "
            "explosion causes often saturates the network, so the next steps alone would hide "
            "it), or the global gradient norm grew more than 1e3 times within the last 5 "
            "steps;</li>"
            "<li><b>diverged</b>: a loss, gradient, weight or activation became NaN or infinite: "
            "the run pauses, the step is marked on the loss plot and the layer is named;</li>"
            "<li><b>healthy</b>: otherwise. When clipping acted, the norms before and after are "
            "added.</li></ul>"
            "<h4>Views</h4><p>Gradient norm per layer (log scale); heat map of log10 gradient "
            "norm, layer × step; activation distributions with the saturated (|tanh| &gt; 0.99, "
            "sigmoid &lt; 0.01 or &gt; 0.99) or dead (ReLU unit never positive on the data) "
            "fraction; update-to-weight ratio ‖ΔW‖/‖W‖ per layer; the loss; and the chain rule "
            "for one neuron per layer (weights drawn like the network's, x = 1, target 0): each "
            "factor σ'(z_l)·w_l, the running product ∂C/∂a from the output back to the input, "
            "and the 0.25 bound of sigmoid's slope. Right-click a plot to export it as PNG, PDF "
            "or CSV.</p><h4>Scenarios</h4><ul>%1</ul>"
            "<p>Compare with: shows a second scenario next to the first, with the same depth, "
            "width, data and seed.</p>"
            "<p>Try this (each link sets the page up and runs 10 steps; click a scenario's name "
            "above for it alone): <a href=\"try:vanishing-vs-residual\">the deep sigmoid net "
            "against the same net with residual shortcuts</a> · <a "
            "href=\"try:exploding-vs-clipping\">the too-large init with and without gradient "
            "clipping</a></p>")
      .arg(scenarios);
}

void GradientsPage::applySuggestion(const QString& name) {
  static const std::map<QString, std::pair<QString, QString>> pairs{
      {"vanishing-vs-residual", {"deep_sigmoid", "residual"}},
      {"exploding-vs-clipping", {"too_large", "clipping"}}};
  const auto pair = pairs.find(name);
  const QString left = pair != pairs.end() ? pair->second.first : name;
  const QString right = pair != pairs.end() ? pair->second.second : QString();
  if (!GradientScenarios::find(m_scenarios, left))
    return;
  setComparison(right);
  selectScenario(left);
  stepAll(10);
}

void GradientsPage::retranslate() {
  m_scenarios = GradientScenarios::all();
  for (std::size_t i = 0; i < m_scenarios.size(); ++i) {
    m_scenarioButtons[i]->setText(m_scenarios[i].title);
    m_scenarioButtons[i]->setToolTip(m_scenarios[i].explanation);
    m_compare->setItemText(static_cast<int>(i + 1), m_scenarios[i].title);
  }
  m_compare->setItemText(0, tr("(nothing: one panel)"));
  m_compare->setToolTip(tr("Show a second scenario side by side, same depth, width and data"));
  m_compareLabel->setText(tr("Compare with"));
  m_scenarioBox->setTitle(tr("Scenarios"));
  m_setupBox->setTitle(tr("Set-up"));
  m_step->setText(tr("Step"));
  m_step->setToolTip(tr("One training step"));
  m_step10->setText(tr("Step ×10"));
  m_step10->setToolTip(tr("Ten training steps"));
  m_run->setText(tr("Run"));
  m_run->setToolTip(tr("Train until paused; the views update live"));
  m_pause->setText(tr("Pause"));
  m_pause->setToolTip(tr("Stop after the current step"));
  m_reset->setText(tr("Reset"));
  m_reset->setToolTip(tr("Start again from the initial weights (same seed, same run)"));
  m_setup->retranslate();
  m_left->retranslate();
  m_right->retranslate();
  const GradientScenario* left = GradientScenarios::find(m_scenarios, m_scenario);
  m_left->setCaption(left ? left->title : tr("Custom set-up"));
  if (const GradientScenario* right = GradientScenarios::find(m_scenarios, m_comparison))
    m_right->setCaption(right->title);
}

QJsonObject GradientsPage::saveState() const {
  return {{"config", configToJson(m_setup->config())},
          {"scenario", m_scenario},
          {"compare", m_comparison},
          {"tab", m_left->tabs()->currentIndex()}};
}

void GradientsPage::restoreState(const QJsonObject& state) {
  m_setup->setConfig(configFromJson(state.value("config").toObject(), m_setup->config()));
  m_scenario = GradientScenarios::find(m_scenarios, state.value("scenario").toString())
                   ? state.value("scenario").toString()
                   : QString();
  m_left->tabs()->setCurrentIndex(state.value("tab").toInt(0));
  const QString compare = state.value("compare").toString();
  if (!setComparison(compare) || compare.isEmpty())
    applySetup();
}

} // namespace gs::ui
