#pragma once
// Ready-made setups: the step-through examples (the course notes' worked example, stride 2,
// RGB with two kernels, pooling, two channels) and the image mode's kernels (blur, Sobel, ...).
#include "core/conv/convolution.h"
#include "core/conv/pooling.h"

#include <QString>
#include <vector>

namespace gs::ui {

struct LabPreset {
  QString name; ///< translated
  bool pooling = false;
  int channels = 1, rows = 0, cols = 0;
  std::vector<double> input; ///< [C][H][W]
  int kernels = 1, kernelRows = 0, kernelCols = 0;
  std::vector<double> weights; ///< [N][C][kh][kw]
  std::vector<double> bias;
  ConvSpec conv;
  PoolSpec pool;
};

/// In combo-box order; the first is the course notes' example.
std::vector<LabPreset> labPresets();

struct ImageKernel {
  QString name; ///< translated
  int rows = 3, cols = 3;
  std::vector<double> values;
};

/// identity, box blur, Gaussian, sharpen, Sobel x, Sobel y, Laplacian, emboss; the combo adds
/// "custom" after them.
std::vector<ImageKernel> imageKernels();

} // namespace gs::ui
