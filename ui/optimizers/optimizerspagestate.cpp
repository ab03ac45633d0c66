// The Optimizers page's texts (retranslate, help) and its saved state.
#include "comparisonpanel.h"
#include "core/error.h"
#include "optimizerspage.h"
#include "racereditor.h"
#include "raceresults.h"
#include "surfaceplot.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

namespace gs::ui {

void OptimizersPage::retranslate() {
  const QStringList surfaceTitles = {tr("Quadratic ravine  ½(x² + 10y²)"),
                                     tr("Rosenbrock  (1−x)² + 100(y−x²)²"),
                                     tr("Beale"),
                                     tr("Himmelblau (four minima)"),
                                     tr("Saddle  x² − y²"),
                                     tr("Custom f(x, y)")};
  for (int i = 0; i < m_surfaceCombo->count() && i < surfaceTitles.size(); ++i)
    m_surfaceCombo->setItemText(i, surfaceTitles[i]);
  m_surfaceBox->setTitle(tr("Surface"));
  m_surfaceCombo->setToolTip(tr("The loss surface f(x, y) the optimizers race on"));
  m_expressionLabel->setText(tr("f(x, y) ="));
  m_expressionEdit->setToolTip(
      tr("Your own surface: + − * / ^, sin cos exp log sqrt abs tanh, pi, e, parentheses. "
         "Its gradient is computed exactly (automatic differentiation)."));
  m_expressionError->setToolTip(tr("Where the expression stops making sense"));
  m_startLabel->setText(tr("Start x, y"));
  m_startX->setToolTip(tr("x of the common start point (or click the map)"));
  m_startY->setToolTip(tr("y of the common start point (or click the map)"));
  m_startMessage->setToolTip(tr("Why the start point was not moved"));
  m_resetViewButton->setText(tr("Reset view"));
  m_resetViewButton->setToolTip(tr("Back to the surface's own rectangle after zooming or panning"));
  m_demoButton->setText(tr("Try: Rosenbrock race"));
  m_demoButton->setToolTip(
      tr("All ten optimizers on Rosenbrock's banana valley from (−1.2, 1), learning rates "
         "tuned so that none diverges, racing 1000 steps"));

  m_racerBox->setTitle(tr("Racers"));
  m_racers->retranslate();

  m_raceBox->setTitle(tr("Race"));
  m_stepButton->setText(tr("Step"));
  m_stepButton->setToolTip(tr("One update of every racer"));
  m_runButton->setText(m_runButton->isChecked() ? tr("Pause") : tr("Run"));
  m_runButton->setToolTip(
      tr("Animate the race (about 30 frames per second); click again to pause"));
  m_resetButton->setText(tr("Reset"));
  m_resetButton->setToolTip(tr("Everyone back to the start point (step 0)"));
  m_endButton->setText(tr("To end"));
  m_endButton->setToolTip(tr("Jump to the last step"));
  m_stepLabel->setToolTip(tr("The step every racer has reached"));
  m_stepsLabel->setText(tr("Steps"));
  m_maxSteps->setToolTip(tr("Length of the race in updates"));
  m_speedLabel->setText(tr("Speed"));
  m_speed->setToolTip(tr("Steps per frame while running"));
  m_sigmaLabel->setText(tr("Gradient noise σ"));
  m_sigma->setToolTip(tr("Adds N(0, σ²) to each gradient coordinate, as a mini-batch gradient "
                         "wanders around the true one"));
  m_seedLabel->setText(tr("Noise seed"));
  m_seed->setToolTip(tr("Same seed, same noise, same race"));
  m_epsilonLabel->setText(tr("ε for the table"));
  m_epsilonEdit->setToolTip(tr("The table counts the steps until f < ε"));
  m_epsilonError->setToolTip(tr("Why ε was not changed"));
  m_readout->setToolTip(tr("Hover a trajectory point: step, position, f, gradient and the "
                           "optimizer's internal state after that step"));
  if (m_readout->text().isEmpty() || !m_readout->text().contains("<b>"))
    m_readout->setText(tr("Hover a trajectory to read its points."));
  m_plot->retranslate();
  m_results->retranslate();
  m_tabs->setTabText(0, tr("Loss surface"));
  m_tabs->setTabToolTip(0,
                        tr("The racers on a 2-D surface f(x, y): trajectories, f per step, table"));
  m_tabs->setTabText(1, tr("Real network"));
  m_tabs->setTabToolTip(1, tr("The racers training the same network on real data: loss curves"));
  m_comparison->retranslate();
  updateViews();
}

QString OptimizersPage::helpHtml() const {
  return tr(
      "<h3>Optimizers racing on a surface</h3>"
      "<p>Every racer starts at the same point and follows its own update rule, with g = ∇f "
      "at the current point and lr its learning rate:</p><ul>"
      "<li><b>SGD</b>: p ← p − lr·g. Slow along flat valleys, zig-zags across steep ones.</li>"
      "<li><b>Momentum</b>: v ← μ·v + g; p ← p − lr·v. The velocity averages past gradients: "
      "faster along the valley, it may overshoot.</li>"
      "<li><b>Nesterov</b>: v ← μ·v + g; p ← p − lr·(g + μ·v). Momentum that corrects with a "
      "look ahead.</li>"
      "<li><b>Adagrad</b>: G ← G + g²; p ← p − lr·g / (√G + ε). Each coordinate gets its own "
      "step, shrinking as squared gradients pile up.</li>"
      "<li><b>Adadelta</b>: E[g²] ← ρE[g²] + (1−ρ)g²; Δ = √(E[Δ²] + ε)/√(E[g²] + ε)·g; "
      "E[Δ²] ← ρE[Δ²] + (1−ρ)Δ²; p ← p − lr·Δ. Units of the step match units of p.</li>"
      "<li><b>RMSprop</b>: E[g²] ← αE[g²] + (1−α)g²; p ← p − lr·g / (√E[g²] + ε). Adagrad with "
      "forgetting.</li>"
      "<li><b>Adam</b>: m ← β₁m + (1−β₁)g; v ← β₂v + (1−β₂)g²; m̂ = m/(1−β₁ᵗ), "
      "v̂ = v/(1−β₂ᵗ); p ← p − lr·m̂ / (√v̂ + ε). Momentum plus RMSprop, with bias correction "
      "for the first steps.</li>"
      "<li><b>AdamW</b>: p ← p − lr·λ·p, then the Adam step: weight decay kept out of the "
      "moments.</li>"
      "<li><b>Adamax</b>: Adam with u ← max(β₂u, |g|) in place of √v̂.</li>"
      "<li><b>NAdam</b>: Adam whose momentum looks ahead as Nesterov's does, with a "
      "momentum schedule μ_t.</li></ul>"
      "<p>Hover a trajectory to see the state each optimizer keeps (velocity, squared-gradient "
      "average, moments). A racer whose f or gradient becomes NaN or Inf stops and is marked "
      "diverged; the others continue. Gradient noise σ shows why stochastic gradients wander "
      "near the minimum.</p>"
      "<h3>On a real network</h3>"
      "<p>The <b>Real network</b> tab trains one network once per racer: the same model, the "
      "same initial weights (drawn once from the seed) and the same batches in the same order, "
      "so the curves differ only because the update rules and their hyperparameters do. Thin "
      "light lines are the training loss of every mini-batch (noisy: each batch is different), "
      "dashed lines with dots the validation loss after each epoch. The racers' learning rates "
      "are used as they are, and a learning rate that suits a 2-D surface rarely suits a "
      "network: set them for the network. <b>Show on Training page</b> adds the runs to the "
      "Training page's overlay.</p>"
      "<p><a href=\"try:compare\">Try: six optimizers on an MLP learning the spiral</a> "
      "(SGD, Momentum, Adagrad, RMSprop and Adam at two learning rates; this replaces the "
      "racers).</p>");
}

QJsonObject OptimizersPage::saveState() const {
  QJsonArray racers;
  for (const Racer& r : m_racers->racers())
    racers.append(r.toJson());
  return {{"surface", m_surfaceName},
          {"expression", m_expressionEdit->text()},
          {"start", QJsonArray{m_start.x, m_start.y}},
          {"racers", racers},
          {"steps", m_maxSteps->value()},
          {"step", static_cast<double>(m_step)},
          {"speed", m_speed->value()},
          {"sigma", m_sigma->value()},
          {"seed", m_seed->value()},
          {"epsilon", m_epsilon},
          {"view", comparisonShown() ? QStringLiteral("network") : QStringLiteral("surface")},
          {"compare", m_comparison->saveState()}};
}

void OptimizersPage::restoreState(const QJsonObject& state) {
  setRunning(false);
  std::vector<Racer> racers;
  for (const QJsonValue& value : state.value("racers").toArray()) {
    try {
      racers.push_back(Racer::fromJson(value.toObject()));
    } catch (const InputError&) {
      // A racer saved by a newer version with an optimizer we do not know is left out.
    }
  }
  {
    const QSignalBlocker b1(m_maxSteps), b2(m_sigma), b3(m_seed), b4(m_racers), b5(m_surfaceCombo),
        b6(m_expressionEdit);
    m_maxSteps->setValue(state.value("steps").toInt(m_maxSteps->value()));
    m_speed->setValue(state.value("speed").toInt(m_speed->value()));
    m_sigma->setValue(state.value("sigma").toDouble(m_sigma->value()));
    m_seed->setValue(state.value("seed").toInt(m_seed->value()));
    if (state.contains("epsilon"))
      m_epsilonEdit->setText(QString::number(state.value("epsilon").toDouble(), 'g', 6));
    if (state.contains("expression"))
      m_expressionEdit->setText(state.value("expression").toString());
    const int index = m_surfaceCombo->findData(state.value("surface").toString(m_surfaceName));
    if (index >= 0)
      m_surfaceCombo->setCurrentIndex(index);
    m_racers->setRacers(racers);
  }
  selectSurface(m_surfaceCombo->currentData().toString());
  const QJsonArray start = state.value("start").toArray();
  if (start.size() == 2)
    setStart({start[0].toDouble(), start[1].toDouble()});
  recomputeRace();
  setStep(static_cast<long>(state.value("step").toDouble(0)));
  if (state.contains("compare"))
    m_comparison->restoreState(state.value("compare").toObject());
  showComparison(state.value("view").toString() == "network");
}

} // namespace gs::ui
