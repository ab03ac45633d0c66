#pragma once
// The set-up of a training run: data set, network (a preset or the user's own layer list),
// loss, optimizer and its hyperparameters, batch size, schedule, penalties, dropout, seed.
// It assembles a gs::Experiment; it never trains. Every edit rebuilds the network for the
// data's input shape to show each layer's output shape and parameter count, and marks the
// first layer that does not fit.
#include "core/train/experiment.h"
#include "runlabel.h"

#include <QJsonObject>
#include <QWidget>
#include <nlohmann/json.hpp>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QGroupBox;

namespace gs::ui {

class LayerForm;

class SetupPanel : public QWidget {
  Q_OBJECT
public:
  explicit SetupPanel(QWidget* parent = nullptr);

  /// The experiment of the current settings (valid() tells whether it can be trained).
  Experiment experiment() const;
  TrainerConfig trainerConfig() const;
  /// True when the network fits the data and every field is valid.
  bool valid() const { return m_error.isEmpty(); }
  QString error() const { return m_error; }
  /// The settings that tell runs apart, each as it reads in a run's label ("lr 0.001").
  RunSettings runSettings() const;
  /// Input shape the data gives the network.
  Shape inputShape() const;
  bool imageData() const;
  bool twoDimensional() const { return inputShape() == Shape{2}; }

  void setPreset(const QString& name);
  void setDataSet(const QString& spec);
  void setOptimizer(const QString& name, double lr);
  void setBatchSize(int batch);
  void setLayers(const nlohmann::json& layers);
  const nlohmann::json& layers() const { return m_layers; }
  /// Loads an experiment into the fields.
  void setExperiment(const Experiment& experiment);

  QJsonObject saveState() const;
  void restoreState(const QJsonObject& state);
  void retranslate();

signals:
  /// Data or network changed: the run must be rebuilt.
  void setupChanged();
  /// Only trainer settings changed: the run goes on with them.
  void hyperparametersChanged();

private:
  void buildData(QGroupBox* box);
  void buildNetwork(QGroupBox* box);
  void buildTraining(QGroupBox* box);
  void applyPreset();
  void validate();
  void refreshLayerList();
  /// The selected layer into the form and the JSON line.
  void showSelectedLayer();
  void chooseFolder();
  void updateBatchName();
  void saveModel();
  void openModel();
  void saveExperiment();
  void openExperiment();
  nlohmann::json modelJson() const;
  DataSpec dataSpec() const;

  QGroupBox* m_dataBox;
  QGroupBox* m_networkBox;
  QGroupBox* m_trainingBox;
  QComboBox* m_data;
  QString m_folder;
  QLabel* m_dataNote;
  QSpinBox* m_samples;
  QDoubleSpinBox* m_noise;
  QSpinBox* m_classes;
  QDoubleSpinBox* m_validation;
  QSpinBox* m_seed;
  QComboBox* m_preset;
  QSpinBox* m_width;
  QListWidget* m_layerList;
  QComboBox* m_palette;
  QPushButton* m_add;
  QPushButton* m_remove;
  QPushButton* m_up;
  QPushButton* m_down;
  LayerForm* m_form;
  QLineEdit* m_layerEdit;
  QLabel* m_summary;
  QLabel* m_errorLabel;
  QPushButton* m_saveModel;
  QPushButton* m_openModel;
  QPushButton* m_saveExperiment;
  QPushButton* m_openExperiment;
  QComboBox* m_loss;
  QComboBox* m_optimizer;
  QDoubleSpinBox* m_lr;
  QDoubleSpinBox* m_momentum;
  QSpinBox* m_batch;
  QLabel* m_batchName;
  QComboBox* m_schedule;
  QDoubleSpinBox* m_gamma;
  QSpinBox* m_stepSize;
  QDoubleSpinBox* m_l2;
  QDoubleSpinBox* m_l1;
  QDoubleSpinBox* m_dropout;
  QDoubleSpinBox* m_clip;
  QList<QLabel*> m_labels; ///< row labels, retranslated
  nlohmann::json m_layers = nlohmann::json::array();
  int m_badLayer = -1;
  QString m_error;
  std::vector<LayerSummary> m_summaryRows;
  bool m_loading = false;
};

} // namespace gs::ui
