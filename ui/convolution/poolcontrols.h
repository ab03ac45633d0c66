#pragma once
// The settings of pooling: max or average, window size, stride (default = window), padding.
#include "core/conv/pooling.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace gs::ui {

class PoolControls : public QWidget {
  Q_OBJECT
public:
  explicit PoolControls(QWidget* parent = nullptr);

  PoolSpec spec() const;
  void setSpec(const PoolSpec& spec);

  QJsonObject saveState() const;
  void restoreState(const QJsonObject& state);
  void retranslate();

signals:
  void changed();

private:
  QComboBox* m_kind = nullptr;
  QSpinBox* m_kernelH = nullptr;
  QSpinBox* m_kernelW = nullptr;
  QSpinBox* m_strideH = nullptr;
  QSpinBox* m_strideW = nullptr;
  QSpinBox* m_padding = nullptr;
  QLabel* m_kindLabel = nullptr;
  QLabel* m_kernelLabel = nullptr;
  QLabel* m_strideLabel = nullptr;
  QLabel* m_paddingLabel = nullptr;
  bool m_setting = false;
};

} // namespace gs::ui
