#pragma once
// The Practice tab: a generated exercise (input up to 6×6 of small integers, a 2×2 or 3×3
// kernel, a mode, a stride and a bias, from a seed); the student types the output grid,
// Check marks every cell right or wrong and counts them, Show solution steps through core's
// worked trace.
#include "core/conv/convolution.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace gs::ui {

class MatrixEditor;
class NumberGrid;
class StepView;
class TransportBar;

class PracticeLab : public QWidget {
  Q_OBJECT
public:
  explicit PracticeLab(QWidget* parent = nullptr);

  /// A new exercise from `seed` (same seed, same exercise).
  void generate(unsigned seed);
  /// The exercise after this one (seed + 1), as the New exercise button.
  void nextExercise();
  int seed() const;
  /// Marks every answer cell; returns how many are right.
  int check();
  void showSolution(bool show);

  MatrixEditor* answerEditor() const { return m_answer; }
  /// core's output for the exercise, [1, Ho, Wo].
  const Tensor& solution() const { return m_result.output; }
  QString resultText() const;
  /// Writes the worked solution of the exercise to `path` (PDF when it ends in .pdf, HTML
  /// otherwise); says inline where it went or why it failed.
  bool exportWorkedSolution(const QString& path);
  QString exportMessage() const;

  QJsonObject saveState() const;
  void restoreState(const QJsonObject& state);
  void retranslate();

protected:
  void keyPressEvent(QKeyEvent* event) override;

private:
  void describe();

  QSpinBox* m_seed = nullptr;
  QLabel* m_seedLabel = nullptr;
  QPushButton* m_new = nullptr;
  QLabel* m_problem = nullptr;
  NumberGrid* m_input = nullptr;
  NumberGrid* m_kernel = nullptr;
  QLabel* m_answerLabel = nullptr;
  MatrixEditor* m_answer = nullptr;
  QPushButton* m_check = nullptr;
  QPushButton* m_solutionButton = nullptr;
  QPushButton* m_export = nullptr;
  QLabel* m_exportMessage = nullptr;
  QLabel* m_resultLabel = nullptr;
  QWidget* m_solutionPanel = nullptr;
  StepView* m_steps = nullptr;
  TransportBar* m_transport = nullptr;

  Tensor m_inputTensor, m_kernelTensor;
  float m_bias = 0;
  ConvSpec m_spec;
  ConvResult m_result;
  int m_right = -1; ///< cells right at the last Check, −1 before any
};

} // namespace gs::ui
