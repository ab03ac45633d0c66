#include "comparisonpanel.h"

#include "core/error.h"
#include "core/train/presets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <cmath>

namespace gs::ui {

namespace {

/// A data set the comparison offers, with what the preset models need to know about it.
struct DataChoice {
  const char* key;
  const char* spec; ///< the DATA string (DESIGN.md 4.3)
  Shape input;
  int classes;
  int samples; ///< default for generated sets; 0: a file set (Fashion-MNIST)
};

const std::vector<DataChoice>& dataChoices() {
  static const std::vector<DataChoice> all = {
      {"spiral", "synthetic:spiral", {2}, 3, 600},
      {"moons", "synthetic:moons", {2}, 2, 600},
      {"circle", "synthetic:circle", {2}, 2, 600},
      {"xor", "synthetic:xor", {2}, 2, 600},
      {"gaussians", "synthetic:gaussians", {2}, 4, 600},
      {"shapes", "shapes", {1, 28, 28}, 8, 2000},
      {"fashion-mnist", "fashion-mnist", {1, 28, 28}, 10, 0}};
  return all;
}

const DataChoice& dataChoice(const QString& key) {
  for (const DataChoice& d : dataChoices())
    if (key == QLatin1String(d.key))
      return d;
  return dataChoices().front();
}

QLabel* errorLabel(QWidget* parent, const QString& objectName) {
  auto* label = new QLabel(parent);
  label->setObjectName(objectName);
  label->setStyleSheet("color: #c0392b;");
  label->setWordWrap(true);
  label->hide();
  return label;
}

QJsonArray toArray(const std::vector<double>& v) {
  QJsonArray a;
  for (double x : v)
    a.append(std::isfinite(x) ? QJsonValue(x) : QJsonValue());
  return a;
}

std::vector<double> fromArray(const QJsonArray& a) {
  std::vector<double> v;
  for (const QJsonValue& x : a)
    v.push_back(x.isDouble() ? x.toDouble() : std::nan(""));
  return v;
}

} // namespace

ComparisonPanel::ComparisonPanel(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new ComparisonWorker) {
  m_box = new QGroupBox;
  m_box->setObjectName("comparisonBox");
  auto* form = new QFormLayout(m_box);
  m_presetLabel = new QLabel(m_box);
  m_preset = new QComboBox(m_box);
  m_preset->setObjectName("comparePreset");
  for (const std::string& name : presetNames())
    m_preset->addItem(QString(), QString::fromStdString(name));
  m_preset->setCurrentIndex(m_preset->findData(QStringLiteral("mlp")));
  form->addRow(m_presetLabel, m_preset);
  m_dataLabel = new QLabel(m_box);
  m_data = new QComboBox(m_box);
  m_data->setObjectName("compareData");
  for (const DataChoice& d : dataChoices())
    m_data->addItem(QString(), QString::fromLatin1(d.key));
  form->addRow(m_dataLabel, m_data);
  m_samplesLabel = new QLabel(m_box);
  m_samples = new QSpinBox(m_box);
  m_samples->setObjectName("compareSamples");
  m_samples->setRange(20, 60000);
  m_samples->setSingleStep(100);
  m_samples->setValue(600);
  form->addRow(m_samplesLabel, m_samples);
  m_epochsLabel = new QLabel(m_box);
  m_epochs = new QSpinBox(m_box);
  m_epochs->setObjectName("compareEpochs");
  m_epochs->setRange(1, 500);
  m_epochs->setValue(20);
  form->addRow(m_epochsLabel, m_epochs);
  m_maxStepsLabel = new QLabel(m_box);
  m_maxSteps = new QSpinBox(m_box);
  m_maxSteps->setObjectName("compareMaxSteps");
  m_maxSteps->setRange(0, 1000000);
  form->addRow(m_maxStepsLabel, m_maxSteps);
  m_batchLabel = new QLabel(m_box);
  m_batch = new QSpinBox(m_box);
  m_batch->setObjectName("compareBatch");
  m_batch->setRange(1, 60000);
  m_batch->setValue(32);
  form->addRow(m_batchLabel, m_batch);
  m_seedLabel = new QLabel(m_box);
  m_seed = new QSpinBox(m_box);
  m_seed->setObjectName("compareSeed");
  m_seed->setRange(0, 1000000);
  form->addRow(m_seedLabel, m_seed);
  auto* buttons = new QHBoxLayout;
  m_compareButton = new QPushButton(m_box);
  m_compareButton->setObjectName("compareButton");
  m_cancelButton = new QPushButton(m_box);
  m_cancelButton->setObjectName("cancelCompareButton");
  m_cancelButton->setEnabled(false);
  buttons->addWidget(m_compareButton);
  buttons->addWidget(m_cancelButton);
  form->addRow(buttons);
  m_progress = new QProgressBar(m_box);
  m_progress->setObjectName("compareProgress");
  m_progress->setRange(0, 1000);
  m_progress->setValue(0);
  m_progress->setTextVisible(false);
  form->addRow(m_progress);
  m_status = new QLabel(m_box);
  m_status->setObjectName("compareStatus");
  m_status->setWordWrap(true);
  form->addRow(m_status);
  m_error = errorLabel(m_box, "compareError");
  form->addRow(m_error);
  m_exportButton = new QPushButton(m_box);
  m_exportButton->setObjectName("showOnTrainingButton");
  m_exportButton->setEnabled(false);
  form->addRow(m_exportButton);

  m_view = new ComparisonView(this);

  m_worker->moveToThread(m_thread);
  connect(m_worker, &ComparisonWorker::snapshot, this, &ComparisonPanel::onSnapshot);
  m_thread->start();

  connect(m_data, &QComboBox::currentIndexChanged, this, [this] {
    const DataChoice& d = dataChoice(m_data->currentData().toString());
    if (d.samples > 0)
      m_samples->setValue(d.samples);
    updateDataControls();
  });
  connect(m_compareButton, &QPushButton::clicked, this, &ComparisonPanel::compareRequested);
  connect(m_cancelButton, &QPushButton::clicked, this, &ComparisonPanel::cancel);
  connect(m_exportButton, &QPushButton::clicked, this, [this] { emit runsExported(runCurves()); });
  updateDataControls();
  retranslate();
}

ComparisonPanel::~ComparisonPanel() {
  // Closing while comparing: the running step ends, then the job returns and the thread quits.
  m_worker->stop();
  m_thread->quit();
  m_thread->wait();
  delete m_worker;
}

QString ComparisonPanel::runLabel(const Racer& racer) {
  return QStringLiteral("%1 lr %2")
      .arg(QString::fromStdString(racer.courseName))
      .arg(racer.config.lr);
}

void ComparisonPanel::updateDataControls() {
  const bool generated = dataChoice(m_data->currentData().toString()).samples > 0;
  m_samples->setEnabled(generated);
  m_samplesLabel->setEnabled(generated);
}

void ComparisonPanel::setSetup(const QString& preset, const QString& data, int epochs, int batch,
                               int seed) {
  const int p = m_preset->findData(preset);
  if (p >= 0)
    m_preset->setCurrentIndex(p);
  const int d = m_data->findData(data);
  if (d >= 0)
    m_data->setCurrentIndex(d);
  m_epochs->setValue(epochs);
  m_maxSteps->setValue(0);
  m_batch->setValue(batch);
  m_seed->setValue(seed);
}

void ComparisonPanel::showError(const QString& text) {
  m_error->setText(text);
  m_error->setVisible(!text.isEmpty());
}

void ComparisonPanel::compare(const std::vector<Racer>& racers) {
  if (racers.empty()) {
    showError(tr("Add at least one racer above: each racer becomes one training run."));
    return;
  }
  const DataChoice& d = dataChoice(m_data->currentData().toString());
  Experiment e;
  PresetOptions o;
  o.input = d.input;
  o.classes = d.classes;
  try {
    e.model = presetModel(m_preset->currentData().toString().toStdString(), o);
    e.data = parseDataSpec(d.spec);
  } catch (const InputError& error) {
    showError(tr("%1 does not fit %2: %3")
                  .arg(m_preset->currentText(), m_data->currentText(),
                       QString::fromStdString(error.what())));
    return;
  }
  if (d.samples > 0) {
    e.samples = m_samples->value();
    e.classes = d.classes;
    e.validation = 0.2;
  }
  if (d.input.size() == 3) {
    // Fashion-MNIST's pixel mean and std, as the Training page normalises images.
    e.normalizeMean = 0.286f;
    e.normalizeStd = 0.353f;
  }
  e.trainer.loss = "cross_entropy";
  e.trainer.batchSize = m_batch->value();
  e.trainer.seed = static_cast<std::uint64_t>(m_seed->value());
  e.trainer.probes = false;
  ComparisonPlan plan;
  plan.epochs = m_epochs->value();
  plan.maxSteps = m_maxSteps->value();
  m_labels.clear();
  m_colors.clear();
  for (const Racer& r : racers) {
    plan.optimizers.push_back(r.config);
    m_labels.push_back(runLabel(r));
    m_colors.push_back(r.color);
  }
  showError({});
  m_ticket = m_worker->cancel();
  m_last = ComparisonSnapshot{};
  m_last.ticket = m_ticket;
  m_last.loading = true;
  m_stepsPerRun = 0;
  m_view->setSeries({}, 0, true);
  setRunning(true);
  const int ticket = m_ticket;
  QMetaObject::invokeMethod(
      m_worker, [worker = m_worker, ticket, e, plan] { worker->start(ticket, e, plan); },
      Qt::QueuedConnection);
}

void ComparisonPanel::cancel() {
  if (!m_running)
    return;
  m_ticket = m_worker->cancel();
  m_last.cancelled = true;
  m_last.loading = false;
  setRunning(false);
  // The curves so far stay; the table says where each run stopped.
  m_view->setSeries(m_view->series(), m_stepsPerRun, false);
}

void ComparisonPanel::setRunning(bool running) {
  m_running = running;
  m_compareButton->setEnabled(true);
  m_cancelButton->setEnabled(running);
  m_exportButton->setEnabled(!running && !m_view->series().empty());
  updateStatus();
  emit stateChanged();
}

void ComparisonPanel::onSnapshot(const ComparisonSnapshot& s) {
  if (s.ticket != m_ticket)
    return; // from a comparison that was cancelled or replaced
  m_last = s;
  m_last.runs.clear();
  if (!s.error.isEmpty()) {
    showError(s.error);
    setRunning(false);
    return;
  }
  if (s.loading) {
    m_progress->setValue(static_cast<int>(1000 * s.loadFraction));
    updateStatus();
    return;
  }
  m_stepsPerRun = s.stepsPerRun;
  std::vector<ComparisonSeries> series;
  for (std::size_t i = 0; i < s.runs.size() && i < m_labels.size(); ++i)
    series.push_back({m_labels[i], m_colors[i], s.runs[i]});
  const bool done = s.finished || s.cancelled;
  m_view->setSeries(series, s.stepsPerRun, !done);
  m_progress->setValue(static_cast<int>(1000 * s.progress));
  if (done)
    setRunning(false);
  else
    updateStatus();
  emit stateChanged();
}

void ComparisonPanel::updateStatus() {
  const ComparisonSnapshot& s = m_last;
  QString text;
  if (m_running && s.loading)
    text = tr("Loading the data and building the model… %1 %")
               .arg(static_cast<int>(100 * s.loadFraction));
  else if (m_running)
    text = tr("Training %1 runs: %2 % (%3 steps per run, %4 per epoch)")
               .arg(m_labels.size())
               .arg(static_cast<int>(100 * s.progress))
               .arg(s.stepsPerRun)
               .arg(s.stepsPerEpoch);
  else if (s.finished)
    text = tr("Done: %1 runs × %2 steps in %3 s. Same initial weights and batches for every run.")
               .arg(m_view->series().size())
               .arg(s.stepsPerRun)
               .arg(s.seconds, 0, 'f', 1);
  else if (s.cancelled)
    text = tr("Cancelled; the curves so far stay.");
  else if (m_view->series().empty())
    text = tr("Each racer above trains the network once; Compare starts.");
  m_status->setText(text);
}

std::vector<RunCurves> ComparisonPanel::runCurves() const {
  std::vector<RunCurves> out;
  for (const ComparisonSeries& s : m_view->series()) {
    RunCurves c;
    c.label = s.label;
    c.losses = s.run.losses;
    for (long step : s.run.epochEndSteps)
      c.validationStep.push_back(static_cast<double>(step));
    c.validationLoss = s.run.validationLoss;
    c.validationAccuracy = s.run.validationAccuracy;
    c.divergedAt = s.run.divergedAt > 0 ? static_cast<double>(s.run.divergedAt) : -1;
    out.push_back(std::move(c));
  }
  return out;
}

QJsonObject ComparisonPanel::saveState() const {
  QJsonArray runs;
  for (const ComparisonSeries& s : m_view->series()) {
    QJsonArray ends;
    for (long step : s.run.epochEndSteps)
      ends.append(static_cast<double>(step));
    runs.append(QJsonObject{{"label", s.label},
                            {"color", s.color.name()},
                            {"losses", toArray(s.run.losses)},
                            {"epoch_end_steps", ends},
                            {"epoch_train_loss", toArray(s.run.epochTrainLoss)},
                            {"validation_loss", toArray(s.run.validationLoss)},
                            {"validation_accuracy", toArray(s.run.validationAccuracy)},
                            {"diverged_at", static_cast<double>(s.run.divergedAt)},
                            {"message", QString::fromStdString(s.run.message)},
                            {"finished", s.run.finished}});
  }
  return {{"preset", m_preset->currentData().toString()},
          {"data", m_data->currentData().toString()},
          {"samples", m_samples->value()},
          {"epochs", m_epochs->value()},
          {"max_steps", m_maxSteps->value()},
          {"batch", m_batch->value()},
          {"seed", m_seed->value()},
          {"log_scale", m_view->logScale()},
          {"steps_per_run", static_cast<double>(m_stepsPerRun)},
          {"seconds", m_last.seconds},
          {"runs", runs}};
}

void ComparisonPanel::restoreState(const QJsonObject& state) {
  cancel();
  setSetup(state.value("preset").toString(m_preset->currentData().toString()),
           state.value("data").toString(m_data->currentData().toString()),
           state.value("epochs").toInt(m_epochs->value()),
           state.value("batch").toInt(m_batch->value()), state.value("seed").toInt(0));
  m_samples->setValue(state.value("samples").toInt(m_samples->value()));
  m_maxSteps->setValue(state.value("max_steps").toInt(0));
  m_view->setLogScale(state.value("log_scale").toBool(false));
  std::vector<ComparisonSeries> series;
  m_labels.clear();
  m_colors.clear();
  for (const QJsonValue& value : state.value("runs").toArray()) {
    const QJsonObject o = value.toObject();
    ComparisonSeries s;
    s.label = o.value("label").toString();
    s.color = QColor(o.value("color").toString());
    s.run.losses = fromArray(o.value("losses").toArray());
    for (const QJsonValue& step : o.value("epoch_end_steps").toArray())
      s.run.epochEndSteps.push_back(static_cast<long>(step.toDouble()));
    s.run.epochTrainLoss = fromArray(o.value("epoch_train_loss").toArray());
    s.run.validationLoss = fromArray(o.value("validation_loss").toArray());
    s.run.validationAccuracy = fromArray(o.value("validation_accuracy").toArray());
    s.run.divergedAt = static_cast<long>(o.value("diverged_at").toDouble(0));
    s.run.message = o.value("message").toString().toStdString();
    s.run.finished = o.value("finished").toBool(false);
    m_labels.push_back(s.label);
    m_colors.push_back(s.color);
    series.push_back(std::move(s));
  }
  m_stepsPerRun = static_cast<long>(state.value("steps_per_run").toDouble(0));
  m_last = ComparisonSnapshot{};
  m_last.stepsPerRun = m_stepsPerRun;
  m_last.seconds = state.value("seconds").toDouble(0);
  m_last.finished =
      !series.empty() && std::all_of(series.begin(), series.end(),
                                     [](const ComparisonSeries& s) { return s.run.finished; });
  m_last.progress = m_last.finished ? 1 : 0;
  m_progress->setValue(m_last.finished ? 1000 : 0);
  m_view->setSeries(series, m_stepsPerRun, false);
  setRunning(false);
}

void ComparisonPanel::retranslate() {
  m_box->setTitle(tr("Real network"));
  const QStringList presetTitles = {tr("Logistic regression"),    tr("MLP (2 hidden layers of 64)"),
                                    tr("LeNet-5 (28×28 images)"), tr("Small VGG (images)"),
                                    tr("Deep MLP (8 layers)"),    tr("Residual MLP")};
  for (int i = 0; i < m_preset->count() && i < presetTitles.size(); ++i)
    m_preset->setItemText(i, presetTitles[i]);
  const QStringList dataTitles = {
      tr("Spiral (2-D, 3 classes)"),          tr("Moons (2-D, 2 classes)"),
      tr("Circle (2-D, 2 classes)"),          tr("XOR (2-D, 2 classes)"),
      tr("Gaussians (2-D, 4 classes)"),       tr("Shapes (28×28, 8 classes)"),
      tr("Fashion-MNIST (28×28, 10 classes)")};
  for (int i = 0; i < m_data->count() && i < dataTitles.size(); ++i)
    m_data->setItemText(i, dataTitles[i]);
  m_presetLabel->setText(tr("Network"));
  m_preset->setToolTip(tr("The model every optimizer trains, built once from the seed: every run "
                          "starts from the same initial weights"));
  m_dataLabel->setText(tr("Data"));
  m_data->setToolTip(tr("The training data; 20 % of a generated set is held out for validation, "
                        "Fashion-MNIST is validated on its 10 000 test images"));
  m_samplesLabel->setText(tr("Samples"));
  m_samples->setToolTip(tr("How many samples the generated set has (training + validation)"));
  m_epochsLabel->setText(tr("Epochs"));
  m_epochs->setToolTip(tr("Passes over the training data per run"));
  m_maxStepsLabel->setText(tr("Step limit"));
  m_maxSteps->setSpecialValueText(tr("none"));
  m_maxSteps->setToolTip(tr("Stop every run after this many steps, even mid-epoch (none: train "
                            "all the epochs)"));
  m_batchLabel->setText(tr("Batch size"));
  m_batch->setToolTip(tr("Samples per step; the batches are drawn in the same shuffled order for "
                         "every optimizer"));
  m_seedLabel->setText(tr("Seed"));
  m_seed->setToolTip(tr("Draws the data, the initial weights and the batch order: same seed, same "
                        "comparison"));
  m_compareButton->setText(tr("Compare"));
  m_compareButton->setToolTip(tr("Train the network once per racer (the racers above, with their "
                                 "hyperparameters) on a worker thread and overlay the curves"));
  m_cancelButton->setText(tr("Cancel"));
  m_cancelButton->setToolTip(tr("Stop after the current step; the curves so far stay"));
  m_progress->setToolTip(tr("Steps done by all runs together"));
  m_status->setToolTip(tr("What the comparison is doing"));
  m_error->setToolTip(tr("Why the comparison could not run"));
  m_exportButton->setText(tr("Show on Training page"));
  m_exportButton->setToolTip(tr("Add these runs to the Training page's loss overlay and go there"));
  updateStatus();
  m_view->retranslate();
}

} // namespace gs::ui
