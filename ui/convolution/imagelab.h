#pragma once
// The Image tab: a kernel (presets identity … emboss, or your own) applied to the bundled
// picture or a PNG / JPG you open; input, kernel and output feature map side by side. The
// output is recomputed through core's filterImage on every kernel edit.
#include "core/tensor.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace gs::ui {

class FeatureMapView;
class MatrixEditor;

class ImageLab : public QWidget {
  Q_OBJECT
public:
  explicit ImageLab(QWidget* parent = nullptr);

  /// Loads a PNG / JPG; on failure shows an inline message, keeps the previous image and
  /// returns false.
  bool openImage(const QString& path);
  void useBundledImage();
  /// Preset `index` of imageKernels(); the index after the last is "custom".
  void selectKernel(int index);

  MatrixEditor* kernelEditor() const { return m_kernel; }
  FeatureMapView* outputView() const { return m_output; }
  const Tensor& image() const { return m_image; }
  const Tensor& output() const { return m_result; }
  QString message() const;

  QJsonObject saveState() const;
  void restoreState(const QJsonObject& state);
  void retranslate();

private:
  void setImage(const QImage& image, const QString& source);
  void recompute();

  QComboBox* m_preset = nullptr;
  QLabel* m_presetLabel = nullptr;
  QLabel* m_sizeLabel = nullptr;
  QSpinBox* m_rows = nullptr;
  QSpinBox* m_cols = nullptr;
  MatrixEditor* m_kernel = nullptr;
  QPushButton* m_open = nullptr;
  QPushButton* m_bundled = nullptr;
  QLabel* m_message = nullptr;
  QLabel* m_info = nullptr;
  QLabel* m_note = nullptr;
  FeatureMapView* m_input = nullptr;
  FeatureMapView* m_output = nullptr;
  Tensor m_image; ///< [H, W] grey in [0, 1]
  Tensor m_result;
  QString m_source; ///< file path, or empty for the bundled picture
  int m_sourceWidth = 0, m_sourceHeight = 0;
  bool m_setting = false;
};

} // namespace gs::ui
