#include "trainingpage.h"

#include "boundaryview.h"
#include "confusionview.h"
#include "layermapsview.h"
#include "lossview.h"
#include "maptile.h"
#include "setuppanel.h"
#include "trainingworker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace gs::ui {

namespace {
QString number(double v) {
  return QString::number(v, 'g', 4);
}

/// What changed between two trainer configs, for the marks on the curves ("lr 0.1→0.01").
QString configChange(const TrainerConfig& a, const TrainerConfig& b) {
  QStringList parts;
  if (a.optimizer.name != b.optimizer.name)
    parts << QString::fromStdString(b.optimizer.name);
  if (a.optimizer.lr != b.optimizer.lr)
    parts << QStringLiteral("lr %1→%2").arg(number(a.optimizer.lr), number(b.optimizer.lr));
  if (a.optimizer.momentum != b.optimizer.momentum)
    parts << QStringLiteral("momentum %1").arg(number(b.optimizer.momentum));
  if (a.batchSize != b.batchSize)
    parts << QStringLiteral("batch %1").arg(b.batchSize);
  if (a.optimizer.weightDecay != b.optimizer.weightDecay)
    parts << QStringLiteral("L2 %1").arg(number(b.optimizer.weightDecay));
  if (a.l1 != b.l1)
    parts << QStringLiteral("L1 %1").arg(number(b.l1));
  if (a.clipNorm != b.clipNorm)
    parts << QStringLiteral("clip %1").arg(number(b.clipNorm));
  if (a.schedule.name != b.schedule.name || a.schedule.gamma != b.schedule.gamma ||
      a.schedule.stepSize != b.schedule.stepSize)
    parts << QString::fromStdString(b.schedule.name);
  return parts.join(", ");
}
} // namespace

TrainingPage::TrainingPage(QWidget* parent)
    : Page(parent)
    , m_setup(new SetupPanel(this))
    , m_loss(new LossView(this))
    , m_maps(new LayerMapsView(this))
    , m_boundary(new BoundaryView(this))
    , m_confusion(new ConfusionView(this))
    , m_tabs(new QTabWidget(this))
    , m_stepButton(new QPushButton(this))
    , m_epochButton(new QPushButton(this))
    , m_runButton(new QPushButton(this))
    , m_resetButton(new QPushButton(this))
    , m_speed(new QComboBox(this))
    , m_speedLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelLoad(new QPushButton(this))
    , m_sample(new QSpinBox(this))
    , m_useDrawing(new QCheckBox(this))
    , m_canvas(new DrawCanvas(this))
    , m_sampleLabel(new QLabel(this))
    , m_thread(new QThread(this))
    , m_worker(new TrainingWorker)
    , m_setupTimer(new QTimer(this)) {
  m_stepButton->setObjectName("stepButton");
  m_epochButton->setObjectName("epochButton");
  m_runButton->setObjectName("runButton");
  m_resetButton->setObjectName("resetButton");
  m_speed->setObjectName("speed");
  m_status->setObjectName("status");
  m_message->setObjectName("message");
  m_message->setWordWrap(true);
  m_tabs->setObjectName("viewTabs");
  m_sample->setObjectName("sampleIndex");
  m_sample->setRange(0, 0);
  m_progress->setRange(0, 100);
  m_progress->hide();
  m_cancelLoad->hide();
  for (double s : {0.0, 1.0, 5.0, 20.0, 100.0})
    m_speed->addItem(QString(), s);

  m_worker->moveToThread(m_thread);
  connect(m_worker, &TrainingWorker::snapshot, this, &TrainingPage::onSnapshot);
  connect(m_worker, &TrainingWorker::loadProgress, this,
          [this](double f) { m_progress->setValue(static_cast<int>(100 * f)); });
  m_thread->start();

  // Left: the set-up. Right: controls, curves and the views.
  auto* setupScroll = new QScrollArea(this);
  setupScroll->setWidget(m_setup);
  setupScroll->setWidgetResizable(true);
  setupScroll->setMinimumWidth(360);
  setupScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

  auto* controls = new QHBoxLayout;
  for (QWidget* w : {static_cast<QWidget*>(m_stepButton), static_cast<QWidget*>(m_epochButton),
                     static_cast<QWidget*>(m_runButton), static_cast<QWidget*>(m_resetButton),
                     static_cast<QWidget*>(m_speedLabel), static_cast<QWidget*>(m_speed)})
    controls->addWidget(w);
  controls->addWidget(m_progress);
  controls->addWidget(m_cancelLoad);
  controls->addWidget(m_status, 1);

  auto* mapsTab = new QWidget(this);
  auto* sampleBar = new QVBoxLayout;
  sampleBar->addWidget(m_sampleLabel);
  sampleBar->addWidget(m_sample);
  sampleBar->addWidget(m_useDrawing);
  sampleBar->addWidget(m_canvas);
  sampleBar->addStretch(1);
  auto* mapsLayout = new QHBoxLayout(mapsTab);
  mapsLayout->addLayout(sampleBar);
  mapsLayout->addWidget(m_maps, 1);
  m_tabs->addTab(mapsTab, QString());
  m_tabs->addTab(m_boundary, QString());
  m_tabs->addTab(m_confusion, QString());

  auto* views = new QSplitter(Qt::Vertical, this);
  views->addWidget(m_loss);
  views->addWidget(m_tabs);
  views->setStretchFactor(0, 2);
  views->setStretchFactor(1, 3);
  auto* right = new QWidget(this);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  rightLayout->addLayout(controls);
  rightLayout->addWidget(m_message);
  rightLayout->addWidget(views, 1);
  auto* split = new QSplitter(Qt::Horizontal, this);
  split->addWidget(setupScroll);
  split->addWidget(right);
  split->setStretchFactor(1, 1);
  split->setSizes({380, 1000});
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(split);

  connect(m_stepButton, &QPushButton::clicked, this, &TrainingPage::step);
  connect(m_epochButton, &QPushButton::clicked, this, &TrainingPage::stepEpoch);
  connect(m_runButton, &QPushButton::clicked, this, &TrainingPage::toggleRun);
  connect(m_resetButton, &QPushButton::clicked, this, &TrainingPage::reset);
  connect(m_speed, &QComboBox::activated, this,
          [this] { setSpeed(m_speed->currentData().toDouble()); });
  connect(m_cancelLoad, &QPushButton::clicked, this, [this] {
    m_ticket = m_worker->cancel();
    m_loading = false;
    m_progress->hide();
    m_cancelLoad->hide();
    showMessage(tr("Loading was cancelled."), true);
  });
  const std::pair<QKeySequence, void (TrainingPage::*)()> keys[] = {
      {QKeySequence(Qt::CTRL | Qt::Key_Right), &TrainingPage::step},
      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right), &TrainingPage::stepEpoch},
      {QKeySequence(Qt::CTRL | Qt::Key_Space), &TrainingPage::toggleRun},
      {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace), &TrainingPage::reset}};
  for (const auto& [key, slot] : keys) {
    auto* shortcut = new QShortcut(key, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, slot);
  }

  m_setupTimer->setSingleShot(true);
  m_setupTimer->setInterval(100);
  connect(m_setupTimer, &QTimer::timeout, this, &TrainingPage::configure);
  connect(m_setup, &SetupPanel::setupChanged, m_setupTimer, qOverload<>(&QTimer::start));
  connect(m_setup, &SetupPanel::hyperparametersChanged, this, &TrainingPage::onHyperparameters);
  connect(m_tabs, &QTabWidget::currentChanged, this, [this] { updateVisibleView(); });
  connect(m_sample, &QSpinBox::valueChanged, this, [this] { sendSample(); });
  connect(m_useDrawing, &QCheckBox::toggled, this, [this] { sendSample(); });
  connect(m_canvas, &DrawCanvas::drawn, this, [this] {
    if (m_useDrawing->isChecked())
      sendSample();
  });

  retranslate();
  configure();
}

TrainingPage::~TrainingPage() {
  // Closing while training: the running chunk ends after its current step, then the thread quits.
  m_worker->stop();
  m_worker->cancel();
  m_thread->quit();
  m_thread->wait();
  delete m_worker;
}

void TrainingPage::retranslate() {
  m_stepButton->setText(tr("Step"));
  m_stepButton->setToolTip(tr("Train on one mini-batch (Ctrl+Right)"));
  m_epochButton->setText(tr("Step epoch"));
  m_epochButton->setToolTip(tr("Train until the current epoch ends (Ctrl+Shift+Right)"));
  m_runButton->setText(m_running ? tr("Pause") : tr("Run"));
  m_runButton->setToolTip(tr("Train continuously, or pause (Ctrl+Space)"));
  m_resetButton->setText(tr("Reset"));
  m_resetButton->setToolTip(tr("Back to step 0 with the same seed: the run replays identically; "
                               "the old curve stays overlaid (Ctrl+Shift+Backspace)"));
  m_speedLabel->setText(tr("Speed"));
  m_speed->setToolTip(tr("Steps per second, or as fast as possible"));
  m_speed->setItemText(0, tr("max"));
  for (int i = 1; i < m_speed->count(); ++i)
    m_speed->setItemText(i, tr("%1 steps/s").arg(m_speed->itemData(i).toDouble()));
  m_cancelLoad->setText(tr("Cancel"));
  m_cancelLoad->setToolTip(tr("Stop loading the data"));
  m_progress->setToolTip(tr("Loading the data"));
  m_tabs->setTabText(0, tr("Feature maps"));
  m_tabs->setTabText(1, tr("Decision boundary"));
  m_tabs->setTabText(2, tr("Confusion matrix"));
  m_tabs->setTabToolTip(0,
                        tr("Every layer's output for one sample, the kernels and the prediction"));
  m_tabs->setTabToolTip(1, tr("What the network predicts over the plane (2-D data sets)"));
  m_tabs->setTabToolTip(2, tr("Validation samples by true and predicted class, after each epoch"));
  m_sampleLabel->setText(tr("Validation sample"));
  m_sample->setToolTip(tr("Which validation sample the feature maps show"));
  m_useDrawing->setText(tr("Use my drawing"));
  m_useDrawing->setToolTip(tr("Show the feature maps of the sample drawn below instead"));
  m_status->setToolTip(tr("Step, epoch, samples per second and training time"));
  m_setup->retranslate();
  m_loss->retranslate();
  m_maps->retranslate();
  m_boundary->retranslate();
  m_confusion->retranslate();
  updateStatus();
  emit titleChanged();
}

QString TrainingPage::helpHtml() const {
  return tr(
      "<h3>Training a network</h3>"
      "<p>Each <b>step</b> takes a batch of samples, runs them forward, computes the loss, "
      "back-propagates the gradient and lets the optimizer update every weight. An "
      "<b>epoch</b> is one pass over the training set.</p>"
      "<ul><li><b>BGD</b> (batch gradient descent, batch size 0) uses the whole set per step: "
      "a smooth curve but few, expensive steps.</li>"
      "<li><b>SGD</b> (batch size 1) uses one sample: cheap, very noisy steps.</li>"
      "<li><b>MBGD</b> (mini-batches, e.g. 32) is the usual compromise.</li></ul>"
      "<p>The pale curve is the training loss of every step, the dark one its moving average; "
      "dots are the validation loss after each epoch, squares the validation accuracy. "
      "Training loss falling while the validation loss rises is <b>overfitting</b>. A curve "
      "that jumps up or ends in NaN means the learning rate is too high.</p>"
      "<p>Try this: <a href=\"try:sgd-vs-bgd\">SGD against BGD on the spiral</a> · "
      "<a href=\"try:lr-too-high\">a learning rate that is too high</a> · "
      "<a href=\"try:lenet\">LeNet-5 on the shapes</a> · "
      "<a href=\"try:adam\">Adam on the same network</a></p>");
}

void TrainingPage::applySuggestion(const QString& name) {
  if (name == "sgd-vs-bgd") {
    m_setup->setDataSet("synthetic:spiral");
    m_setup->setPreset("mlp");
    m_setup->setOptimizer("sgd", 0.1);
    m_setup->setBatchSize(0);
  } else if (name == "lr-too-high") {
    m_setup->setDataSet("synthetic:moons");
    m_setup->setPreset("mlp");
    m_setup->setOptimizer("sgd", 10);
  } else if (name == "lenet") {
    m_setup->setDataSet("shapes");
    m_setup->setPreset("lenet5");
    m_setup->setOptimizer("sgd", 0.05);
  } else if (name == "adam") {
    m_setup->setOptimizer("adam", 0.001);
  }
  m_setupTimer->start();
}

void TrainingPage::setSpeed(double stepsPerSecond) {
  const int i = m_speed->findData(stepsPerSecond);
  if (i >= 0)
    m_speed->setCurrentIndex(i);
  QMetaObject::invokeMethod(
      m_worker, [w = m_worker, stepsPerSecond] { w->setSpeed(stepsPerSecond); },
      Qt::QueuedConnection);
}

void TrainingPage::configure() {
  m_setupTimer->stop();
  if (m_running)
    showMessage(tr("The set-up changed while training: the run was stopped and rebuilt."), false);
  else
    showMessage(QString(), false);
  m_running = false;
  m_ticket = m_worker->cancel();
  m_setupTicket = m_ticket;
  archiveRun();
  m_ready = false;
  m_step = 0;
  m_samplesPerSecond = 0;
  if (!m_setup->valid()) {
    showMessage(m_setup->error(), true);
    updateButtons();
    return;
  }
  const Experiment e = m_setup->experiment();
  m_config = e.trainer;
  m_runSettings = m_setup->runSettings();
  m_loading = true;
  m_progress->setValue(0);
  m_progress->show();
  m_cancelLoad->show();
  updateButtons();
  const int ticket = m_ticket;
  QMetaObject::invokeMethod(
      m_worker, [w = m_worker, ticket, e] { w->configure(ticket, e); }, Qt::QueuedConnection);
  m_tabs->setCurrentIndex(m_setup->twoDimensional() ? 1 : 0);
  m_tabs->setTabEnabled(1, m_setup->twoDimensional());
  m_useDrawing->setEnabled(m_setup->imageData());
  m_canvas->setEnabled(m_setup->imageData());
}

void TrainingPage::step() {
  if (!m_ready || m_running)
    return;
  const int t = m_ticket;
  QMetaObject::invokeMethod(
      m_worker, [w = m_worker, t] { w->run(t, 1); }, Qt::QueuedConnection);
}

void TrainingPage::stepEpoch() {
  startRun(0);
}

void TrainingPage::runSteps(long count) {
  if (count >= 1)
    startRun(count);
}

void TrainingPage::run() {
  if (!m_ready || m_running)
    return;
  showMessage(QString(), false);
  startRun(-1);
}

void TrainingPage::startRun(long count) {
  if (!m_ready || m_running)
    return;
  const int t = m_ticket;
  m_running = true;
  m_runClock.start();
  m_rateStep = m_step;
  m_rateMs = m_elapsedMs;
  updateButtons();
  QMetaObject::invokeMethod(
      m_worker, [w = m_worker, t, count] { w->run(t, count); }, Qt::QueuedConnection);
}

void TrainingPage::pause() {
  if (!m_running)
    return;
  m_running = false;
  m_elapsedMs += m_runClock.elapsed();
  // A new ticket stops the running chunk; pause() then reports the steps it made.
  m_ticket = m_worker->cancel();
  const int t = m_ticket;
  QMetaObject::invokeMethod(
      m_worker, [w = m_worker, t] { w->pause(t); }, Qt::QueuedConnection);
  updateButtons();
}

void TrainingPage::toggleRun() {
  if (m_running)
    pause();
  else
    run();
}

void TrainingPage::reset() {
  if (!m_ready)
    return;
  pause();
  archiveRun();
  m_runSettings = m_setup->runSettings();
  m_elapsedMs = 0;
  const int t = m_ticket;
  QMetaObject::invokeMethod(
      m_worker, [w = m_worker, t] { w->reset(t); }, Qt::QueuedConnection);
}

void TrainingPage::onHyperparameters() {
  if (!m_setup->valid())
    return;
  // A change before the first step is the run's own setting, not a change within it.
  if (m_step == 0)
    m_runSettings = m_setup->runSettings();
  const TrainerConfig config = m_setup->trainerConfig();
  const QString change = configChange(m_config, config);
  m_config = config;
  if (!m_ready || change.isEmpty())
    return;
  if (m_step > 0) {
    m_loss->current().marks.emplace_back(static_cast<double>(m_step), change);
    m_loss->refresh();
  }
  QMetaObject::invokeMethod(
      m_worker, [w = m_worker, config] { w->setConfig(config); }, Qt::QueuedConnection);
}

void TrainingPage::onSnapshot(const TrainingSnapshot& s) {
  if (s.ticket < m_setupTicket) {
    m_worker->markDrawn();
    return;
  }
  if (!s.error.isEmpty()) {
    if (s.reset) {
      m_loading = false;
      m_ready = false;
      m_progress->hide();
      m_cancelLoad->hide();
    }
    showMessage(s.error, true);
    updateButtons();
    m_worker->markDrawn();
    return;
  }
  if (s.reset) {
    m_loading = false;
    m_ready = true;
    m_progress->hide();
    m_cancelLoad->hide();
    m_loss->clearCurrent();
    m_elapsedMs = 0;
    m_sample->setMaximum(std::max<long>(0, s.validationSize - 1));
  }
  RunCurves& c = m_loss->current();
  c.losses.insert(c.losses.end(), s.losses.begin(), s.losses.end());
  for (const EpochRecord& e : s.epochs) {
    if (!e.validation)
      continue;
    const double at = std::min<double>(static_cast<double>((e.epoch + 1) * s.stepsPerEpoch),
                                       static_cast<double>(s.step));
    c.validationStep.push_back(at);
    c.validationLoss.push_back(e.validation->loss);
    c.validationAccuracy.push_back(e.validation->accuracy.value_or(std::nan("")));
  }
  m_step = s.step;
  m_epoch = s.epoch;
  m_batch = s.batchSize;
  if (s.stopped) {
    if (m_running)
      m_elapsedMs += m_runClock.elapsed();
    m_running = false;
    const bool diverged = s.stopReason.contains("nan", Qt::CaseInsensitive) ||
                          s.stopReason.contains("inf", Qt::CaseInsensitive);
    if (diverged) {
      c.divergedAt = static_cast<double>(s.step);
      showMessage(tr("Training diverged: %1. Lower the learning rate or turn on gradient "
                     "clipping, then Reset.")
                      .arg(s.stopReason),
                  true);
    } else {
      showMessage(tr("Training stopped: %1").arg(s.stopReason), false);
    }
  } else if (!s.running && m_running) {
    m_running = false;
    m_elapsedMs += m_runClock.elapsed();
  }
  m_last = s;
  m_loss->refresh();
  updateVisibleView();
  updateStatus();
  updateButtons();
  ++m_refreshes;
  m_worker->markDrawn();
}

void TrainingPage::updateVisibleView() {
  if (!m_last)
    return;
  if (!m_last->confusion.empty() && m_tabs->currentIndex() == 2)
    m_confusion->setMatrix(m_last->confusion, m_last->classNames);
  else if (m_tabs->currentIndex() == 1)
    m_boundary->setGrid(m_last->boundary);
  else if (m_tabs->currentIndex() == 0)
    m_maps->setSnapshot(*m_last);
}

void TrainingPage::sendSample() {
  std::vector<float> drawn;
  int index = m_sample->value();
  if (m_useDrawing->isChecked()) {
    index = -1;
    // The drawing goes through the same normalisation as the data set's images.
    const Experiment e = m_setup->experiment();
    for (float p : m_canvas->pixels())
      drawn.push_back((p - e.normalizeMean) / e.normalizeStd);
  }
  QMetaObject::invokeMethod(
      m_worker, [w = m_worker, index, drawn] { w->setSample(index, drawn); }, Qt::QueuedConnection);
}

void TrainingPage::archiveRun() {
  if (m_loss->current().losses.empty())
    return;
  m_loss->archiveCurrent(runLabel(m_runSettings, m_archivedSettings));
  m_archivedSettings = m_runSettings;
}

void TrainingPage::updateButtons() {
  const bool canTrain = m_ready && m_setup->valid();
  m_stepButton->setEnabled(canTrain && !m_running);
  m_epochButton->setEnabled(canTrain && !m_running);
  m_runButton->setEnabled(canTrain);
  m_resetButton->setEnabled(canTrain);
  m_runButton->setText(m_running ? tr("Pause") : tr("Run"));
}

void TrainingPage::updateStatus() {
  const qint64 ms = m_elapsedMs + (m_running ? m_runClock.elapsed() : 0);
  if (m_running && ms - m_rateMs >= 1000) {
    m_samplesPerSecond = static_cast<double>((m_step - m_rateStep) * std::max<long>(m_batch, 1)) *
                         1000.0 / static_cast<double>(ms - m_rateMs);
    m_rateStep = m_step;
    m_rateMs = ms;
  }
  m_status->setText(
      tr("step %1 · epoch %2 · %3 samples/s · %4 s")
          .arg(m_step)
          .arg(m_epoch)
          .arg(m_samplesPerSecond > 0 ? QString::number(m_samplesPerSecond, 'f', 0) : QString("–"))
          .arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1));
}

void TrainingPage::showMessage(const QString& text, bool error) {
  m_message->setText(text);
  m_message->setStyleSheet(error ? "color: #c00" : "color: #555");
  m_message->setVisible(!text.isEmpty());
}

QString TrainingPage::message() const {
  return m_message->text();
}

bool TrainingPage::acceptRuns(const std::vector<RunCurves>& runs) {
  m_loss->addPrevious(runs);
  return true;
}

QJsonObject TrainingPage::saveState() const {
  return {{"setup", m_setup->saveState()},
          {"curves", m_loss->saveState()},
          {"speed", m_speed->currentData().toDouble()},
          {"view", m_tabs->currentIndex()}};
}

void TrainingPage::restoreState(const QJsonObject& state) {
  m_setup->restoreState(state["setup"].toObject());
  setSpeed(state["speed"].toDouble());
  m_loss->restoreState(state["curves"].toObject());
  // The restored curve cannot go on (the worker starts at step 0): it becomes an earlier run.
  m_runSettings = m_setup->runSettings();
  m_archivedSettings.clear();
  configure();
  const int view = state["view"].toInt(m_tabs->currentIndex());
  if (view >= 0 && view < m_tabs->count() && m_tabs->isTabEnabled(view))
    m_tabs->setCurrentIndex(view);
}

} // namespace gs::ui
