#include "optimizerspage.h"

#include "common/plotexport.h"
#include "comparisonpanel.h"
#include "core/error.h"
#include "core/optim/contour.h"
#include "core/optim/expression.h"
#include "racereditor.h"
#include "raceresults.h"
#include "surfaceplot.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace gs::ui {

namespace {

constexpr std::size_t kMapPoints = 400; // colour map resolution per axis
constexpr int kContourLevels = 14;
constexpr int kFrameMs = 33; // about 30 frames per second

QLabel* errorLabel(QWidget* parent, const QString& objectName) {
  auto* label = new QLabel(parent);
  label->setObjectName(objectName);
  label->setStyleSheet("color: #c0392b;");
  label->setWordWrap(true);
  label->hide();
  return label;
}

QString num(double v) {
  return QString::number(v, 'g', 6);
}

} // namespace

OptimizersPage::OptimizersPage(QWidget* parent)
    : Page(parent) {
  buildUi();
  retranslate();
  showRosenbrockRace();
}

OptimizersPage::~OptimizersPage() {
  // The tab widget may report tab changes while its pages are deleted; by then the boxes that
  // the handler shows and hides may be gone.
  disconnect(m_tabs, nullptr, this, nullptr);
}

void OptimizersPage::buildUi() {
  // Left: the controls, in a scroll area so that small windows still reach all of them.
  auto* controls = new QWidget;
  auto* left = new QVBoxLayout(controls);

  m_surfaceBox = new QGroupBox(controls);
  auto* surfaceForm = new QFormLayout(m_surfaceBox);
  m_surfaceCombo = new QComboBox(m_surfaceBox);
  m_surfaceCombo->setObjectName("surfaceCombo");
  for (const std::string& name : surfaceNames())
    m_surfaceCombo->addItem(QString(), QString::fromStdString(name));
  m_surfaceCombo->addItem(QString(), QStringLiteral("custom"));
  surfaceForm->addRow(m_surfaceCombo);
  m_expressionLabel = new QLabel(m_surfaceBox);
  m_expressionEdit = new QLineEdit(QStringLiteral("x^2/4 + y^2 + sin(2*x)*sin(2*y)"), m_surfaceBox);
  m_expressionEdit->setObjectName("expressionEdit");
  surfaceForm->addRow(m_expressionLabel, m_expressionEdit);
  m_expressionError = errorLabel(m_surfaceBox, "expressionError");
  surfaceForm->addRow(m_expressionError);
  m_startLabel = new QLabel(m_surfaceBox);
  auto* startRow = new QHBoxLayout;
  m_startX = new QLineEdit(m_surfaceBox);
  m_startX->setObjectName("startX");
  m_startY = new QLineEdit(m_surfaceBox);
  m_startY->setObjectName("startY");
  startRow->addWidget(m_startX);
  startRow->addWidget(m_startY);
  surfaceForm->addRow(m_startLabel, startRow);
  m_startMessage = errorLabel(m_surfaceBox, "startMessage");
  surfaceForm->addRow(m_startMessage);
  auto* surfaceButtons = new QHBoxLayout;
  m_resetViewButton = new QPushButton(m_surfaceBox);
  m_resetViewButton->setObjectName("resetViewButton");
  m_demoButton = new QPushButton(m_surfaceBox);
  m_demoButton->setObjectName("demoButton");
  surfaceButtons->addWidget(m_resetViewButton);
  surfaceButtons->addWidget(m_demoButton);
  surfaceForm->addRow(surfaceButtons);
  left->addWidget(m_surfaceBox);

  m_racerBox = new QGroupBox(controls);
  auto* racerLayout = new QVBoxLayout(m_racerBox);
  m_racers = new RacerEditor(m_racerBox);
  racerLayout->addWidget(m_racers);
  left->addWidget(m_racerBox, 1);

  m_raceBox = new QGroupBox(controls);
  auto* raceForm = new QFormLayout(m_raceBox);
  auto* buttons = new QHBoxLayout;
  m_stepButton = new QPushButton(m_raceBox);
  m_stepButton->setObjectName("stepButton");
  m_runButton = new QPushButton(m_raceBox);
  m_runButton->setObjectName("runButton");
  m_runButton->setCheckable(true);
  m_resetButton = new QPushButton(m_raceBox);
  m_resetButton->setObjectName("resetButton");
  m_endButton = new QPushButton(m_raceBox);
  m_endButton->setObjectName("endButton");
  for (QPushButton* b : {m_stepButton, m_runButton, m_resetButton, m_endButton})
    buttons->addWidget(b);
  raceForm->addRow(buttons);
  m_stepLabel = new QLabel(m_raceBox);
  m_stepLabel->setObjectName("stepLabel");
  raceForm->addRow(m_stepLabel);
  m_stepsLabel = new QLabel(m_raceBox);
  m_maxSteps = new QSpinBox(m_raceBox);
  m_maxSteps->setObjectName("maxSteps");
  m_maxSteps->setRange(1, 20000);
  m_maxSteps->setValue(1000);
  raceForm->addRow(m_stepsLabel, m_maxSteps);
  m_speedLabel = new QLabel(m_raceBox);
  m_speed = new QSpinBox(m_raceBox);
  m_speed->setObjectName("speed");
  m_speed->setRange(1, 200);
  m_speed->setValue(5);
  raceForm->addRow(m_speedLabel, m_speed);
  m_sigmaLabel = new QLabel(m_raceBox);
  m_sigma = new QDoubleSpinBox(m_raceBox);
  m_sigma->setObjectName("noiseSigma");
  m_sigma->setRange(0, 1000);
  m_sigma->setDecimals(3);
  m_sigma->setSingleStep(0.1);
  raceForm->addRow(m_sigmaLabel, m_sigma);
  m_seedLabel = new QLabel(m_raceBox);
  m_seed = new QSpinBox(m_raceBox);
  m_seed->setObjectName("noiseSeed");
  m_seed->setRange(0, 1000000);
  raceForm->addRow(m_seedLabel, m_seed);
  m_epsilonLabel = new QLabel(m_raceBox);
  m_epsilonEdit = new QLineEdit(num(m_epsilon), m_raceBox);
  m_epsilonEdit->setObjectName("epsilonEdit");
  raceForm->addRow(m_epsilonLabel, m_epsilonEdit);
  m_epsilonError = errorLabel(m_raceBox, "epsilonError");
  raceForm->addRow(m_epsilonError);
  left->addWidget(m_raceBox);
  m_comparison = new ComparisonPanel(this);
  left->addWidget(m_comparison->setupBox());
  m_comparison->setupBox()->hide();

  auto* scroll = new QScrollArea;
  scroll->setWidget(controls);
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll->setMinimumWidth(390);

  // Right of the controls: the surface and f versus step side by side, the table below.
  auto* surfaceHost = new QWidget;
  auto* surfaceLayout = new QVBoxLayout(surfaceHost);
  surfaceLayout->setContentsMargins(0, 0, 0, 0);
  m_plot = new SurfacePlot(surfaceHost);
  m_plot->setObjectName("surfacePlot");
  m_plot->setMinimumSize(380, 320);
  surfaceLayout->addWidget(m_plot, 1);
  m_readout = new QLabel(surfaceHost);
  m_readout->setObjectName("readout");
  m_readout->setWordWrap(true);
  m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
  surfaceLayout->addWidget(m_readout);
  m_results = new RaceResults(this);

  auto* plots = new QSplitter(Qt::Horizontal);
  plots->addWidget(surfaceHost);
  plots->addWidget(m_results->plot());
  plots->setStretchFactor(0, 3);
  plots->setStretchFactor(1, 2);
  m_results->plot()->setMinimumWidth(280);
  auto* rightSide = new QSplitter(Qt::Vertical);
  rightSide->addWidget(plots);
  rightSide->addWidget(m_results->table());
  rightSide->setStretchFactor(0, 3);
  rightSide->setStretchFactor(1, 1);
  m_tabs = new QTabWidget;
  m_tabs->setObjectName("optimizerTabs");
  m_tabs->addTab(rightSide, QString());
  m_tabs->addTab(m_comparison->view()->widget(), QString());
  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(scroll);
  splitter->addWidget(m_tabs);
  splitter->setStretchFactor(1, 1);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(splitter);

  m_timer = new QTimer(this);
  m_timer->setInterval(kFrameMs);

  installPlotExport(m_plot, QStringLiteral("optimizer-race"), [this] { return trajectoriesCsv(); });
  installPlotExport(m_results->plot(), QStringLiteral("optimizer-loss"));

  connect(m_surfaceCombo, &QComboBox::currentIndexChanged, this,
          [this] { selectSurface(m_surfaceCombo->currentData().toString()); });
  connect(m_expressionEdit, &QLineEdit::textChanged, this, [this] {
    if (m_surfaceName == "custom")
      applyExpression(false);
  });
  connect(m_startX, &QLineEdit::editingFinished, this, &OptimizersPage::applyStartFields);
  connect(m_startY, &QLineEdit::editingFinished, this, &OptimizersPage::applyStartFields);
  connect(m_resetViewButton, &QPushButton::clicked, this, [this] {
    m_plot->setView(m_surface.view);
    recomputeMap(m_surface.view);
  });
  connect(m_demoButton, &QPushButton::clicked, this, [this] {
    showRosenbrockRace();
    setStep(0);
    setRunning(true);
  });
  connect(m_racers, &RacerEditor::racersChanged, this, &OptimizersPage::recomputeRace);
  connect(m_maxSteps, &QSpinBox::valueChanged, this, &OptimizersPage::recomputeRace);
  connect(m_sigma, &QDoubleSpinBox::valueChanged, this, &OptimizersPage::recomputeRace);
  connect(m_seed, &QSpinBox::valueChanged, this, &OptimizersPage::recomputeRace);
  connect(m_epsilonEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
    bool ok = false;
    const double eps = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(eps)) {
      m_epsilonError->setText(tr("ε must be a number; the table keeps %1.").arg(m_epsilon));
      m_epsilonError->show();
      return;
    }
    m_epsilonError->hide();
    m_epsilon = eps;
    updateViews();
  });
  connect(m_stepButton, &QPushButton::clicked, this, [this] {
    setRunning(false);
    setStep(m_step + 1);
  });
  connect(m_runButton, &QPushButton::toggled, this, &OptimizersPage::setRunning);
  connect(m_resetButton, &QPushButton::clicked, this, [this] {
    setRunning(false);
    setStep(0);
  });
  connect(m_endButton, &QPushButton::clicked, this, [this] {
    setRunning(false);
    setStep(m_maxSteps->value());
  });
  connect(m_timer, &QTimer::timeout, this, [this] {
    setStep(m_step + m_speed->value());
    if (m_step >= m_maxSteps->value())
      setRunning(false);
  });
  connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
    // The left column shows what the visible tab uses; the racers serve both.
    const bool network = tab == 1;
    if (network)
      setRunning(false);
    m_surfaceBox->setVisible(!network);
    m_raceBox->setVisible(!network);
    m_comparison->setupBox()->setVisible(network);
  });
  connect(m_comparison, &ComparisonPanel::compareRequested, this,
          [this] { m_comparison->compare(m_racers->racers()); });
  connect(m_comparison, &ComparisonPanel::runsExported, this, &Page::runsExported);
  connect(m_plot, &SurfacePlot::startClicked, this, &OptimizersPage::setStart);
  connect(m_plot, &SurfacePlot::viewChanged, this, &OptimizersPage::recomputeMap);
  connect(m_plot, &SurfacePlot::trackHovered, this, &OptimizersPage::showReadout);
  connect(m_plot, &SurfacePlot::hoverLeft, this, [] { QToolTip::hideText(); });
}

void OptimizersPage::showRosenbrockRace() {
  // Learning rates chosen so that every optimizer gets somewhere in 1000 steps from (−1.2, 1)
  // without diverging; torch's defaults (Adam 1e-3) barely leave the start on this surface.
  static const std::pair<const char*, double> lineup[] = {
      {"sgd", 2e-3},     {"momentum", 3e-4}, {"nesterov", 3e-4}, {"adagrad", 0.3},
      {"adadelta", 1.0}, {"rmsprop", 1e-2},  {"adam", 0.1},      {"adamw", 0.1},
      {"adamax", 0.3},   {"nadam", 3e-2}};
  std::vector<Racer> racers;
  for (const auto& [name, lr] : lineup) {
    Racer r;
    r.courseName = name;
    r.config = presetConfig(name);
    r.config.lr = lr;
    r.color = raceColor(static_cast<int>(racers.size()));
    racers.push_back(r);
  }
  setRunning(false);
  {
    const QSignalBlocker blockSteps(m_maxSteps), blockSigma(m_sigma);
    m_maxSteps->setValue(1000);
    m_sigma->setValue(0);
  }
  const QSignalBlocker blockCombo(m_surfaceCombo);
  m_surfaceCombo->setCurrentIndex(m_surfaceCombo->findData(QStringLiteral("rosenbrock")));
  selectSurface(QStringLiteral("rosenbrock"));
  const QSignalBlocker blockRacers(m_racers);
  m_racers->setRacers(racers);
  recomputeRace();
  setStep(m_maxSteps->value());
}

void OptimizersPage::showComparison(bool on) {
  m_tabs->setCurrentIndex(on ? 1 : 0);
}

bool OptimizersPage::comparisonShown() const {
  return m_tabs->currentIndex() == 1;
}

void OptimizersPage::setNetworkLineup() {
  // Learning rates of the order each optimizer is usually run with on a small MLP; Adam twice
  // to show that the learning rate matters as much as the rule.
  static const std::pair<const char*, double> lineup[] = {{"sgd", 0.1},      {"momentum", 0.02},
                                                          {"adagrad", 0.05}, {"rmsprop", 3e-3},
                                                          {"adam", 1e-2},    {"adam", 1e-3}};
  std::vector<Racer> racers;
  for (const auto& [name, lr] : lineup) {
    Racer r;
    r.courseName = name;
    r.config = presetConfig(name);
    r.config.lr = lr;
    r.color = raceColor(static_cast<int>(racers.size()));
    racers.push_back(r);
  }
  m_racers->setRacers(racers);
}

void OptimizersPage::applySuggestion(const QString& name) {
  if (name != "compare")
    return;
  setRunning(false);
  setNetworkLineup();
  m_comparison->setSetup(QStringLiteral("mlp"), QStringLiteral("spiral"), 30, 32, 0);
  showComparison(true);
  m_comparison->compare(m_racers->racers());
}

void OptimizersPage::selectSurface(const QString& name) {
  m_surfaceName = name;
  const bool custom = name == "custom";
  m_expressionEdit->setEnabled(custom);
  m_expressionLabel->setEnabled(custom);
  if (custom) {
    applyExpression(true);
    return;
  }
  m_expressionError->hide();
  m_surface = makeSurface(name.toStdString());
  m_plot->setMinima(m_surface.minima);
  m_plot->setView(m_surface.view);
  recomputeMap(m_surface.view);
  m_startMessage->hide();
  m_start = m_surface.start;
  m_startX->setText(num(m_start.x));
  m_startY->setText(num(m_start.y));
  m_plot->setStart(m_start);
  recomputeRace();
}

void OptimizersPage::applyExpression(bool resetView) {
  try {
    const Expression e = Expression::parse(m_expressionEdit->text().toStdString());
    m_expressionError->hide();
    const ViewRect view{-3, 3, -3, 3};
    m_surface = expressionSurface(e, view, {2.5, 2});
    m_plot->setMinima({});
    if (resetView) {
      m_plot->setView(view);
      m_start = m_surface.start;
      m_startX->setText(num(m_start.x));
      m_startY->setText(num(m_start.y));
      m_plot->setStart(m_start);
    }
    recomputeMap(m_plot->visibleRect());
    recomputeRace();
  } catch (const InputError& error) {
    // The last good surface stays; the text stays as typed.
    m_expressionError->setText(QString::fromStdString(error.what()));
    m_expressionError->show();
  }
}

void OptimizersPage::applyStartFields() {
  bool okX = false, okY = false;
  const double x = m_startX->text().trimmed().toDouble(&okX);
  const double y = m_startY->text().trimmed().toDouble(&okY);
  if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y)) {
    m_startMessage->setText(tr("The start point needs two numbers x and y."));
    m_startMessage->show();
    return;
  }
  setStart({x, y});
}

void OptimizersPage::setStart(Point2 start) {
  const ViewRect view = m_plot->visibleRect();
  if (!view.contains(start)) {
    m_startMessage->setText(
        tr("(%1, %2) is outside the view x ∈ [%3, %4], y ∈ [%5, %6]; zoom out or pick a point "
           "inside. The race keeps (%7, %8).")
            .arg(num(start.x), num(start.y), num(view.xMin), num(view.xMax), num(view.yMin),
                 num(view.yMax), num(m_start.x), num(m_start.y)));
    m_startMessage->show();
    return;
  }
  m_startMessage->hide();
  m_start = start;
  m_startX->setText(num(start.x));
  m_startY->setText(num(start.y));
  m_plot->setStart(start);
  recomputeRace();
}

void OptimizersPage::recomputeMap(const ViewRect& view) {
  m_plot->setSurfaceMap(surfaceMap(m_surface, view, kMapPoints, kContourLevels));
}

void OptimizersPage::recomputeRace() {
  const std::vector<Racer>& racers = m_racers->racers();
  m_trajectories.assign(racers.size(), Trajectory{});
  m_errors.assign(racers.size(), QString());
  for (std::size_t i = 0; i < racers.size(); ++i) {
    try {
      m_trajectories[i] =
          runTrajectory(m_surface, racers[i].config, m_start, m_maxSteps->value(), m_sigma->value(),
                        static_cast<std::uint64_t>(m_seed->value()));
    } catch (const InputError& error) {
      m_errors[i] = QString::fromStdString(error.what());
    }
  }
  setStep(std::min<long>(m_step, m_maxSteps->value()));
}

void OptimizersPage::setStep(long step) {
  m_step = std::clamp<long>(step, 0, m_maxSteps->value());
  updateViews();
}

void OptimizersPage::updateViews() {
  const std::vector<Racer>& racers = m_racers->racers();
  std::vector<RaceTrack> tracks;
  std::vector<ResultRow> rows;
  for (std::size_t i = 0; i < racers.size() && i < m_trajectories.size(); ++i) {
    const Trajectory& t = m_trajectories[i];
    RaceTrack track{racers[i].label(), racers[i].color, {}, {}};
    ResultRow row;
    row.color = racers[i].color;
    row.status = m_errors[i];
    const long shown =
        t.points.empty() ? -1 : std::min<long>(m_step, static_cast<long>(t.points.size()) - 1);
    for (long k = 0; k <= shown; ++k) {
      const TrajectoryPoint& p = t.points[static_cast<std::size_t>(k)];
      track.xs.append(p.x);
      track.ys.append(p.y);
      row.steps.append(static_cast<double>(k));
      row.fs.append(p.f);
    }
    if (shown >= 0) {
      const TrajectoryPoint& last = t.points[static_cast<std::size_t>(shown)];
      row.finalF = last.f;
      row.distance = distanceToNearestMinimum(m_surface, {last.x, last.y});
      const auto reached = t.stepsToReach(m_epsilon);
      if (reached && static_cast<long>(*reached) <= shown)
        row.stepsToEpsilon = reached;
    }
    if (t.divergedAt && m_step >= static_cast<long>(*t.divergedAt)) {
      row.status = tr("diverged at step %1").arg(*t.divergedAt);
      track.label += QStringLiteral(" — ") + row.status;
    }
    row.label = track.label;
    tracks.push_back(track);
    rows.push_back(row);
  }
  m_plot->setTracks(tracks);
  m_results->setRows(rows, m_epsilon);
  m_stepLabel->setText(tr("Step %1 of %2").arg(m_step).arg(m_maxSteps->value()));
}

void OptimizersPage::showReadout(int racer, int step, QPoint globalPos) {
  if (racer < 0 || racer >= static_cast<int>(m_trajectories.size()))
    return;
  const Trajectory& t = m_trajectories[static_cast<std::size_t>(racer)];
  if (step < 0 || step >= static_cast<int>(t.points.size()))
    return;
  const TrajectoryPoint& p = t.points[static_cast<std::size_t>(step)];
  QString text = tr("<b>%1</b>, step %2<br>x = %3, y = %4<br>f = %5<br>∇f = (%6, %7)")
                     .arg(m_racers->racers()[static_cast<std::size_t>(racer)].label())
                     .arg(step)
                     .arg(num(p.x), num(p.y), num(p.f), num(p.gradX), num(p.gradY));
  for (const auto& [key, value] : p.state)
    text += QStringLiteral("<br>%1 = %2").arg(QString::fromStdString(key), num(value));
  m_readout->setText(text);
  QToolTip::showText(globalPos, text, m_plot);
}

QString OptimizersPage::trajectoriesCsv() const {
  QString csv = QStringLiteral("racer,step,x,y,f,grad_x,grad_y\n");
  const std::vector<Racer>& racers = m_racers->racers();
  for (std::size_t i = 0; i < racers.size() && i < m_trajectories.size(); ++i) {
    const auto& points = m_trajectories[i].points;
    for (std::size_t k = 0; k < points.size() && static_cast<long>(k) <= m_step; ++k) {
      const TrajectoryPoint& p = points[k];
      csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                 .arg(csvField(racers[i].label()))
                 .arg(k)
                 .arg(QString::number(p.x, 'g', 17), QString::number(p.y, 'g', 17),
                      QString::number(p.f, 'g', 17), QString::number(p.gradX, 'g', 17),
                      QString::number(p.gradY, 'g', 17));
    }
  }
  return csv;
}

void OptimizersPage::setRunning(bool running) {
  if (running && m_step >= m_maxSteps->value())
    setStep(0);
  if (running)
    m_timer->start();
  else
    m_timer->stop();
  const QSignalBlocker block(m_runButton);
  m_runButton->setChecked(running);
  m_runButton->setText(running ? tr("Pause") : tr("Run"));
}

} // namespace gs::ui
