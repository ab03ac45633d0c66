#pragma once
// The input planes or the kernels of the Convolution page: size spin boxes, Random integers,
// Clear, Paste, and one MatrixEditor per plane, stacked (kernels: per kernel its channels and
// its bias).
#include "core/tensor.h"

#include <QJsonObject>
#include <QWidget>
#include <vector>

class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace gs::ui {

class MatrixEditor;

class TensorEditor : public QWidget {
  Q_OBJECT
public:
  enum class Kind { Input, Kernels };
  explicit TensorEditor(Kind kind, QWidget* parent = nullptr);

  int groups() const;
  int planes() const;
  int rows() const;
  int cols() const;
  /// Input: [C, H, W]; kernels: [N, C, kh, kw], the last valid value of every cell.
  Tensor tensor() const;
  /// One bias per kernel (empty for the input).
  std::vector<float> bias() const;
  /// Sets everything; `values` row-major in the tensor's order.
  void setTensor(int groups, int planes, int rows, int cols, const std::vector<double>& values,
                 const std::vector<double>& bias = {});
  void setPlanes(int planes);
  MatrixEditor* editor(int group, int plane) const;

  QJsonObject saveState() const;
  void restoreState(const QJsonObject& state);
  void retranslate();

signals:
  void changed();
  void planesChanged(int planes);

private:
  void rebuild();
  void randomize();
  void clear();
  void paste();
  void fillFrom(const std::vector<double>& values, const std::vector<double>& bias);

  Kind m_kind;
  QSpinBox* m_groups = nullptr;
  QSpinBox* m_planes = nullptr;
  QSpinBox* m_rows = nullptr;
  QSpinBox* m_cols = nullptr;
  QLabel* m_groupsLabel = nullptr;
  QLabel* m_planesLabel = nullptr;
  QLabel* m_sizeLabel = nullptr;
  QPushButton* m_random = nullptr;
  QPushButton* m_clear = nullptr;
  QPushButton* m_paste = nullptr;
  QLabel* m_pasteMessage = nullptr;
  QGridLayout* m_grid = nullptr;
  std::vector<MatrixEditor*> m_editors; ///< group-major
  std::vector<QLabel*> m_titles;
  std::vector<QLabel*> m_biasLabels;
  std::vector<QDoubleSpinBox*> m_bias;
  MatrixEditor* m_pasteTarget = nullptr;
  int m_builtPlanes = 0; ///< planes per group of m_editors
  unsigned m_randomSeed = 1;
  bool m_building = false;
};

} // namespace gs::ui
