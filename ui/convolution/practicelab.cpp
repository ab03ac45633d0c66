#include "practicelab.h"
#include "common/presentation.h"

#include "convworksheet.h"

#include "matrixeditor.h"
#include "numbergrid.h"
#include "stepview.h"
#include "transportbar.h"

#include "core/rng.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace gs::ui {

PracticeLab::PracticeLab(QWidget* parent)
    : QWidget(parent) {
  m_seed = new QSpinBox(this);
  m_seed->setObjectName("seedSpin");
  m_seed->setRange(0, 99999);
  m_seed->setValue(1);
  m_seedLabel = new QLabel(this);
  m_new = new QPushButton(this);
  m_new->setObjectName("newProblemButton");
  m_problem = new QLabel(this);
  m_problem->setObjectName("problemLabel");
  m_problem->setWordWrap(true);
  setRelativeFont(m_problem, 1.3);
  m_input = new NumberGrid(this);
  m_input->setObjectName("practiceInputGrid");
  m_kernel = new NumberGrid(this);
  m_kernel->setObjectName("practiceKernelGrid");
  m_answerLabel = new QLabel(this);
  m_answer = new MatrixEditor(this);
  m_answer->setObjectName("answerEditor");
  m_answer->setAllowBlank(true);
  m_check = new QPushButton(this);
  m_check->setObjectName("checkButton");
  m_solutionButton = new QPushButton(this);
  m_solutionButton->setObjectName("solutionButton");
  m_solutionButton->setCheckable(true);
  m_export = new QPushButton(this);
  m_export->setObjectName("exportSolutionButton");
  m_exportMessage = new QLabel(this);
  m_exportMessage->setObjectName("exportMessage");
  m_exportMessage->setWordWrap(true);
  m_exportMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_exportMessage->hide();
  m_resultLabel = new QLabel(this);
  m_resultLabel->setObjectName("resultLabel");
  setRelativeFont(m_resultLabel, 1.3);
  m_solutionPanel = new QWidget(this);
  m_steps = new StepView(m_solutionPanel);
  m_steps->setObjectName("solutionView");
  m_steps->setFocusPolicy(Qt::ClickFocus);
  m_transport = new TransportBar(m_solutionPanel);
  auto* solutionLayout = new QVBoxLayout(m_solutionPanel);
  solutionLayout->setContentsMargins(0, 0, 0, 0);
  solutionLayout->addWidget(m_steps, 1);
  solutionLayout->addWidget(m_transport);
  m_solutionPanel->hide();

  auto* seedRow = new QHBoxLayout;
  seedRow->addWidget(m_seedLabel);
  seedRow->addWidget(m_seed);
  seedRow->addWidget(m_new);
  seedRow->addStretch();
  auto* answerColumn = new QVBoxLayout;
  answerColumn->addWidget(m_answerLabel);
  answerColumn->addWidget(m_answer);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_check);
  buttons->addWidget(m_solutionButton);
  buttons->addWidget(m_export);
  buttons->addStretch();
  answerColumn->addLayout(buttons);
  answerColumn->addWidget(m_resultLabel);
  answerColumn->addWidget(m_exportMessage);
  answerColumn->addStretch();
  auto* problemRow = new QHBoxLayout;
  problemRow->addWidget(m_input, 2);
  problemRow->addWidget(m_kernel, 1, Qt::AlignTop);
  problemRow->addSpacing(20);
  problemRow->addLayout(answerColumn, 2);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(seedRow);
  layout->addWidget(m_problem);
  layout->addLayout(problemRow, 1);
  layout->addWidget(m_solutionPanel, 2);

  connect(m_seed, &QSpinBox::valueChanged, this,
          [this](int seed) { generate(static_cast<unsigned>(seed)); });
  connect(m_new, &QPushButton::clicked, this, &PracticeLab::nextExercise);
  connect(m_check, &QPushButton::clicked, this, &PracticeLab::check);
  connect(m_solutionButton, &QPushButton::toggled, this, &PracticeLab::showSolution);
  connect(m_transport, &TransportBar::indexChanged, m_steps, &StepView::setStep);
  connect(m_export, &QPushButton::clicked, this, [this] {
    const QString path =
        askWorksheetPath(this, QStringLiteral("exercise-%1-solution").arg(m_seed->value()));
    if (!path.isEmpty())
      exportWorkedSolution(path);
  });
  retranslate();
  generate(static_cast<unsigned>(m_seed->value()));
}

void PracticeLab::generate(unsigned seed) {
  if (m_seed->value() != static_cast<int>(seed)) {
    m_seed->setValue(static_cast<int>(seed)); // comes back here through valueChanged
    return;
  }
  gs::Rng rng(seed);
  const int H = 3 + static_cast<int>(rng.below(4)), W = 3 + static_cast<int>(rng.below(4));
  const int k = 2 + static_cast<int>(rng.below(2));
  const PadMode modes[] = {PadMode::Valid, PadMode::Same, PadMode::Full};
  m_spec = ConvSpec{};
  m_spec.padding = {modes[rng.below(3)], {}};
  m_spec.strideH = m_spec.strideW = 1 + static_cast<int>(rng.below(2));
  std::vector<float> input, kernel;
  for (int i = 0; i < H * W; ++i)
    input.push_back(static_cast<float>(rng.below(6))); // 0 … 5
  for (int i = 0; i < k * k; ++i)
    kernel.push_back(static_cast<float>(rng.below(4)) - 1.0f); // −1 … 2
  m_bias = static_cast<float>(rng.below(3)) - 1.0f;            // −1 … 1
  m_inputTensor = Tensor({1, H, W}, std::move(input));
  m_kernelTensor = Tensor({1, 1, k, k}, std::move(kernel));
  m_result = convolve(m_inputTensor, m_kernelTensor, {m_bias}, m_spec, true);

  m_input->setGrid(
      H, W, std::vector<double>(m_inputTensor.values().begin(), m_inputTensor.values().end()));
  m_kernel->setGrid(
      k, k, std::vector<double>(m_kernelTensor.values().begin(), m_kernelTensor.values().end()));
  m_answer->setMatrix(m_result.geometry.outH, m_result.geometry.outW, {});
  m_answer->clearValues();
  m_right = -1;
  StepScene scene;
  scene.input = m_inputTensor;
  scene.kernels = m_kernelTensor;
  scene.padMode = m_spec.padding.mode;
  scene.geometry = m_result.geometry;
  scene.output = m_result.output;
  scene.convTrace = m_result.trace;
  m_steps->setScene(std::move(scene));
  m_transport->setCount(m_steps->stepCount());
  m_transport->first();
  m_steps->setStep(0);
  m_solutionButton->setChecked(false);
  describe();
}

void PracticeLab::nextExercise() {
  m_seed->setValue((m_seed->value() + 1) % 100000);
}

int PracticeLab::seed() const {
  return m_seed->value();
}

int PracticeLab::check() {
  const int Ho = m_answer->rows(), Wo = m_answer->cols();
  std::vector<MatrixEditor::Mark> marks;
  m_right = 0;
  for (int i = 0; i < Ho; ++i)
    for (int j = 0; j < Wo; ++j) {
      const double truth = m_result.output[static_cast<std::size_t>(i * Wo + j)];
      const std::optional<double> given = m_answer->cellValue(i, j);
      const bool right =
          given && std::fabs(*given - truth) <= 1e-6 * std::max(1.0, std::fabs(truth));
      marks.push_back(right ? MatrixEditor::Mark::Right : MatrixEditor::Mark::Wrong);
      m_right += right ? 1 : 0;
    }
  m_answer->setMarks(marks);
  describe();
  return m_right;
}

void PracticeLab::showSolution(bool show) {
  if (m_solutionButton->isChecked() != show)
    m_solutionButton->setChecked(show);
  m_solutionPanel->setVisible(show);
}

QString PracticeLab::resultText() const {
  return m_resultLabel->text();
}

bool PracticeLab::exportWorkedSolution(const QString& path) {
  QString error;
  const bool ok =
      ConvWorksheet::build(m_steps->scene(),
                           tr("Exercise %1: %2").arg(m_seed->value()).arg(m_problem->text()))
          .save(path, &error);
  m_exportMessage->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
  m_exportMessage->setText(ok ? tr("Worked solution saved to %1").arg(path) : error);
  m_exportMessage->show();
  return ok;
}

QString PracticeLab::exportMessage() const {
  return m_exportMessage->text();
}

void PracticeLab::keyPressEvent(QKeyEvent* event) {
  if (m_transport->handleKey(event->key(), false))
    event->accept();
  else
    QWidget::keyPressEvent(event);
}

void PracticeLab::describe() {
  const ConvGeometry& g = m_result.geometry;
  QString mode;
  switch (m_spec.padding.mode) {
  case PadMode::Same:
    mode = tr("same");
    break;
  case PadMode::Full:
    mode = tr("full");
    break;
  default:
    mode = tr("valid");
    break;
  }
  m_problem->setText(tr("Compute the %1 convolution (cross-correlation, kernel not flipped) of "
                        "the %2×%3 input with the %4×%4 kernel, stride %5, bias %6.")
                         .arg(mode)
                         .arg(g.inH)
                         .arg(g.inW)
                         .arg(g.kH)
                         .arg(m_spec.strideH)
                         .arg(QString::fromStdString(formatNumber(m_bias))));
  m_answerLabel->setText(tr("Your answer (%1×%2):").arg(g.outH).arg(g.outW));
  const int total = g.outH * g.outW;
  if (m_right < 0)
    m_resultLabel->clear();
  else if (m_right == total)
    m_resultLabel->setText(tr("All %1 cells right.").arg(total));
  else
    m_resultLabel->setText(
        tr("%1 of %2 cells right; the red ones are wrong or empty.").arg(m_right).arg(total));
}

QJsonObject PracticeLab::saveState() const {
  return {{"seed", m_seed->value()}, {"solution", m_solutionButton->isChecked()}};
}

void PracticeLab::restoreState(const QJsonObject& state) {
  generate(static_cast<unsigned>(state.value("seed").toInt(1)));
  showSolution(state.value("solution").toBool());
}

void PracticeLab::retranslate() {
  m_seedLabel->setText(tr("Exercise number (seed)"));
  m_seed->setToolTip(tr("The same number always gives the same exercise"));
  m_new->setText(tr("New exercise"));
  m_new->setToolTip(tr("Generate the next exercise"));
  m_problem->setToolTip(tr("What to compute"));
  m_input->setTitle(tr("Input"));
  m_input->setToolTip(tr("The input, without padding: add it yourself as the mode says"));
  m_kernel->setTitle(tr("Kernel"));
  m_kernel->setToolTip(tr("The kernel, used as it is (not rotated)"));
  m_answer->setName(tr("Answer"));
  m_answer->retranslate();
  m_answer->setToolTip(tr("Type the output grid here, one number per cell"));
  m_check->setText(tr("Check"));
  m_check->setToolTip(tr("Mark every cell right (green) or wrong (red)"));
  m_solutionButton->setText(tr("Show solution"));
  m_solutionButton->setToolTip(tr("Step through the worked solution, cell by cell"));
  m_resultLabel->setToolTip(tr("How many cells of your answer are right"));
  m_export->setText(tr("Export worked solution…"));
  m_export->setToolTip(tr("Save the exercise with every window's multiply-add and the answer "
                          "as a printable page (HTML or PDF)"));
  m_exportMessage->setToolTip(tr("Where the worked solution went, or why it could not be saved"));
  m_steps->retranslate();
  m_transport->retranslate();
  describe();
}

} // namespace gs::ui
