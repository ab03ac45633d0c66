#pragma once
// The set-up form of the Gradients page: network, initialiser, remedies, optimizer, data.
// It edits a DeepNetConfig; checking it is core's job (validateDeepNetConfig), the page shows
// the message in the form's red error line.
#include "core/gradients/deepnet.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;
class QFormLayout;

namespace gs::ui {

class GradientsSetup : public QWidget {
  Q_OBJECT
public:
  explicit GradientsSetup(QWidget* parent = nullptr);

  DeepNetConfig config() const;
  /// Shows `config` without emitting changed().
  void setConfig(const DeepNetConfig& config);
  /// Empty: hides the error line.
  void setError(const QString& message);
  QString error() const;

  void retranslate();

signals:
  void changed();

private:
  void updateEnabled();

  QFormLayout* m_form = nullptr;
  QSlider* m_depthSlider = nullptr;
  QSpinBox* m_depth = nullptr;
  QSpinBox* m_width = nullptr;
  QComboBox* m_activation = nullptr;
  QComboBox* m_init = nullptr;
  QDoubleSpinBox* m_initScale = nullptr;
  QCheckBox* m_batchNorm = nullptr;
  QCheckBox* m_residual = nullptr;
  QComboBox* m_clip = nullptr;
  QDoubleSpinBox* m_clipThreshold = nullptr;
  QDoubleSpinBox* m_l2 = nullptr;
  QComboBox* m_optimizer = nullptr;
  QDoubleSpinBox* m_lr = nullptr;
  QComboBox* m_data = nullptr;
  QSpinBox* m_seed = nullptr;
  QLabel* m_error = nullptr;
  std::vector<QLabel*> m_labels;
};

} // namespace gs::ui
