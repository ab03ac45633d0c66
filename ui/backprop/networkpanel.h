#pragma once
// The "Network" tab of the Backprop page: settings of the small net, its diagram, the stepper
// through the phases of one iteration with each equation in notation and with numbers, the
// finite-difference check beside the backprop gradient and the loss history over iterations.
#include "core/backprop/smallnet.h"

#include <QJsonObject>
#include <QWidget>
#include <array>

class QComboBox;
class QCustomPlot;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace gs::ui {

class NetworkView;

class NetworkPanel : public QWidget {
  Q_OBJECT
public:
  explicit NetworkPanel(QWidget* parent = nullptr);

  void retranslate();
  QJsonObject saveState() const;
  void restoreState(const QJsonObject& state);

  int phase() const { return m_phase; }
  int phaseCount() const { return static_cast<int>(m_it.phases.size()); }
  const backprop::SmallNet& net() const { return m_net; }
  const backprop::Iteration& iteration() const { return m_it; }
  /// The loss of each iteration since the net was set up.
  const std::vector<double>& lossHistory() const { return m_history; }

  void next();
  void previous();
  void jumpTo(int phase);
  /// Continue with the updated weights: a new iteration on the same sample.
  void nextSample();
  void loadPreset();
  /// Shows `net` (its settings, weights, sample and learning rate) from the first step, with a
  /// fresh loss history.
  void setNet(const backprop::SmallNet& net);

  /// Writes the worked solution of this iteration (every phase with its numbers) to `path`:
  /// PDF when it ends in .pdf, HTML otherwise. Says inline where it went or why it failed.
  bool exportWorkedSolution(const QString& path);
  QString exportMessage() const;

  /// A translated title for a phase: "Forward pass, layer 1", "Output error δ²", ...
  static QString phaseTitle(const backprop::Phase& phase);

private:
  void buildUi();
  void rebuildFromSettings();
  void applySample();
  void syncControls();
  void recompute(bool resetHistory);
  void refresh();
  void onValueEdited(backprop::Cell cell, QString text);
  void showSettingsError(const QString& message);

  backprop::SmallNet m_net;
  backprop::Iteration m_it;
  backprop::GradientCheck m_check;
  int m_phase = 0;
  std::vector<double> m_history;

  QGroupBox* m_settingsBox = nullptr;
  QLabel* m_inputsLabel = nullptr;
  QSpinBox* m_inputs = nullptr;
  QLabel* m_layersLabel = nullptr;
  QSpinBox* m_layers = nullptr;
  std::array<QLabel*, backprop::kMaxLayers> m_layerLabels{};
  std::array<QSpinBox*, backprop::kMaxLayers> m_sizes{};
  std::array<QComboBox*, backprop::kMaxLayers> m_acts{};
  QLabel* m_lossLabel = nullptr;
  QComboBox* m_loss = nullptr;
  QLabel* m_lrLabel = nullptr;
  QLineEdit* m_lr = nullptr;
  QLabel* m_xLabel = nullptr;
  QLineEdit* m_x = nullptr;
  QLabel* m_yLabel = nullptr;
  QLineEdit* m_y = nullptr;
  QLabel* m_seedLabel = nullptr;
  QSpinBox* m_seed = nullptr;
  QPushButton* m_randomize = nullptr;
  QPushButton* m_preset = nullptr;
  QLabel* m_settingsError = nullptr;

  NetworkView* m_view = nullptr;
  QLabel* m_editError = nullptr;
  QPushButton* m_prev = nullptr;
  QPushButton* m_next = nullptr;
  QPushButton* m_play = nullptr;
  QPushButton* m_nextSample = nullptr;
  QComboBox* m_phaseCombo = nullptr;
  QPushButton* m_export = nullptr;
  QLabel* m_exportMessage = nullptr;
  QLabel* m_phaseTitle = nullptr;
  QLabel* m_notation = nullptr;
  QLabel* m_numbers = nullptr;
  QLabel* m_nonFinite = nullptr;
  QTimer* m_playTimer = nullptr;

  QGroupBox* m_checkBox = nullptr;
  QLabel* m_checkSummary = nullptr;
  QTableWidget* m_checkTable = nullptr;
  QGroupBox* m_historyBox = nullptr;
  QCustomPlot* m_lossPlot = nullptr;
};

} // namespace gs::ui
