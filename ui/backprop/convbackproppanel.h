#pragma once
// The "Convolution backprop" tab: one conv layer's two gradient identities, each computed by
// the Convolution Lab's engine and stepped window by window with the Lab's equation line:
//   ∂C/∂K = X ⋆ ∂C/∂Y (valid cross-correlation)   ∂C/∂X = ∂C/∂Y ∗ K (full convolution).
#include "core/backprop/convbackprop.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace gs::ui {

class ConvBackpropPanel : public QWidget {
  Q_OBJECT
public:
  explicit ConvBackpropPanel(QWidget* parent = nullptr);

  void retranslate();
  QJsonObject saveState() const;
  void restoreState(const QJsonObject& state);

  /// 0: kernel gradient, 1: input gradient.
  void setIdentity(int identity);
  void next();
  void previous();
  int step() const { return m_step; }
  int stepCount() const;
  const backprop::ConvBackprop& result() const { return m_result; }

private:
  void buildUi();
  void resize();
  void onCellEdited(QTableWidget* table, Tensor* values, int row, int col);
  void recompute();
  void refresh();

  Tensor m_x, m_k, m_g;
  backprop::ConvBackprop m_result;
  int m_identity = 0;
  int m_step = 0;

  QGroupBox* m_dataBox = nullptr;
  QLabel* m_sizeLabel = nullptr;
  QSpinBox* m_rows = nullptr;
  QSpinBox* m_cols = nullptr;
  QLabel* m_kernelLabel = nullptr;
  QComboBox* m_kernelSize = nullptr;
  QLabel* m_xTitle = nullptr;
  QLabel* m_kTitle = nullptr;
  QLabel* m_gTitle = nullptr;
  QTableWidget* m_xTable = nullptr;
  QTableWidget* m_kTable = nullptr;
  QTableWidget* m_gTable = nullptr;
  QLabel* m_error = nullptr;

  QComboBox* m_identityCombo = nullptr;
  QLabel* m_identityText = nullptr;
  QLabel* m_slideTitle = nullptr;
  QLabel* m_windowKernelTitle = nullptr;
  QLabel* m_resultTitle = nullptr;
  QTableWidget* m_slideTable = nullptr;
  QTableWidget* m_windowKernelTable = nullptr;
  QTableWidget* m_resultTable = nullptr;
  QPushButton* m_prev = nullptr;
  QPushButton* m_next = nullptr;
  QPushButton* m_play = nullptr;
  QLabel* m_stepLabel = nullptr;
  QLabel* m_equation = nullptr;
  QTimer* m_timer = nullptr;
};

} // namespace gs::ui
