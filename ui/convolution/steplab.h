#pragma once
// The Step-through tab: the setup on the left (preset, operation, input, kernels, settings),
// the animation on the right (StepView, the output-size formula and costs, the transport bar).
// Every change recomputes through core; a setup core refuses shows core's message inline,
// no output, and keeps the matrices. Keys: ← → space Home End.
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace gs::ui {

class ConvControls;
class FormulaView;
class PoolControls;
class StepView;
class TensorEditor;
class TransportBar;

class StepLab : public QWidget {
  Q_OBJECT
public:
  explicit StepLab(QWidget* parent = nullptr);

  /// Loads preset `index` of labPresets().
  void loadPreset(int index);
  bool pooling() const;

  StepView* view() const { return m_view; }
  TransportBar* transport() const { return m_transport; }
  TensorEditor* inputEditor() const { return m_input; }
  TensorEditor* kernelEditor() const { return m_kernels; }
  ConvControls* convControls() const { return m_conv; }
  PoolControls* poolControls() const { return m_pool; }
  /// Core's message when the setup cannot be computed, else empty.
  QString errorText() const;

  /// Writes the worked solution of what is shown (every window of core's trace) to `path`:
  /// PDF when it ends in .pdf, HTML otherwise. Says inline where it went or why it failed.
  bool exportWorkedSolution(const QString& path);
  /// The inline message of the last export.
  QString exportMessage() const;

  QJsonObject saveState() const;
  void restoreState(const QJsonObject& state);
  void retranslate();

protected:
  void keyPressEvent(QKeyEvent* event) override;

private:
  void recompute();
  void updateOperation();

  QComboBox* m_preset = nullptr;
  QComboBox* m_operation = nullptr;
  QLabel* m_presetLabel = nullptr;
  QLabel* m_operationLabel = nullptr;
  QGroupBox* m_inputBox = nullptr;
  QGroupBox* m_kernelBox = nullptr;
  QGroupBox* m_convBox = nullptr;
  QGroupBox* m_poolBox = nullptr;
  TensorEditor* m_input = nullptr;
  TensorEditor* m_kernels = nullptr;
  ConvControls* m_conv = nullptr;
  PoolControls* m_pool = nullptr;
  QLabel* m_error = nullptr;
  StepView* m_view = nullptr;
  FormulaView* m_formula = nullptr;
  TransportBar* m_transport = nullptr;
  QPushButton* m_export = nullptr;
  QLabel* m_exportMessage = nullptr;
  bool m_loading = false;
};

} // namespace gs::ui
