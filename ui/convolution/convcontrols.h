#pragma once
// The settings of a convolution: padding mode (valid / same / full / explicit T,B,L,R),
// stride and dilation per axis, flip (with a one-line explanation) and activation.
#include "core/conv/convolution.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace gs::ui {

class ConvControls : public QWidget {
  Q_OBJECT
public:
  explicit ConvControls(QWidget* parent = nullptr);

  ConvSpec spec() const;
  void setSpec(const ConvSpec& spec);

  QJsonObject saveState() const;
  void restoreState(const QJsonObject& state);
  void retranslate();

signals:
  void changed();

private:
  void updateEnabled();

  QComboBox* m_mode = nullptr;
  QSpinBox* m_padTop = nullptr;
  QSpinBox* m_padBottom = nullptr;
  QSpinBox* m_padLeft = nullptr;
  QSpinBox* m_padRight = nullptr;
  QSpinBox* m_strideH = nullptr;
  QSpinBox* m_strideW = nullptr;
  QSpinBox* m_dilationH = nullptr;
  QSpinBox* m_dilationW = nullptr;
  QCheckBox* m_flip = nullptr;
  QLabel* m_flipNote = nullptr;
  QComboBox* m_activation = nullptr;
  QLabel* m_modeLabel = nullptr;
  QLabel* m_padLabel = nullptr;
  QLabel* m_strideLabel = nullptr;
  QLabel* m_dilationLabel = nullptr;
  QLabel* m_activationLabel = nullptr;
  bool m_setting = false;
};

} // namespace gs::ui
