#include "presets.h"

#include <QCoreApplication>

namespace gs::ui {

std::vector<LabPreset> labPresets() {
  std::vector<LabPreset> presets;

  // The course notes (section 1.1, single channel, single kernel): a 5×5 grey image, the 3×3
  // kernel with every row [-1, 0, 1] and bias b = 1; the first window [[1,0,2],[5,4,2],[3,4,5]]
  // gives (-1)×1 + 0×0 + 1×2 + (-1)×5 + 0×4 + 1×2 + (-1)×3 + 0×4 + 1×5 + 1 = 1. The notes show
  // the rest of the image only as a picture; the other cells here are our own.
  LabPreset course;
  course.name =
      QCoreApplication::translate("Presets", "Course notes: 5×5, kernel rows [-1 0 1], bias 1");
  course.rows = course.cols = 5;
  course.input = {1, 0, 2, 3, 1, 5, 4, 2, 0, 2, 3, 4, 5, 1, 3, 2, 1, 0, 4, 2, 0, 3, 2, 1, 5};
  course.kernelRows = course.kernelCols = 3;
  course.weights = {-1, 0, 1, -1, 0, 1, -1, 0, 1};
  course.bias = {1};
  presets.push_back(course);

  // floor((5 − 3) / 2) + 1 = 2 per axis.
  LabPreset stride;
  stride.name = QCoreApplication::translate("Presets", "5×5 input, 3×3 kernel, stride 2 → 2×2");
  stride.rows = stride.cols = 5;
  stride.input = {2, 1, 0, 3, 1, 0, 4, 2, 1, 0, 1, 3, 5, 2, 2, 4, 0, 1, 3, 1, 2, 2, 0, 1, 4};
  stride.kernelRows = stride.kernelCols = 3;
  stride.weights = {1, 0, -1, 2, 0, -2, 1, 0, -1};
  stride.bias = {0};
  stride.conv.strideH = stride.conv.strideW = 2;
  presets.push_back(stride);

  // Three input planes (R, G, B) and two kernels of 3 channels each: two output planes.
  LabPreset rgb;
  rgb.name = QCoreApplication::translate("Presets", "RGB: 3 channels 4×4, 2 kernels 3×3×3");
  rgb.channels = 3;
  rgb.rows = rgb.cols = 4;
  rgb.input = {1, 2, 0, 1, 3, 1, 2, 0, 0, 2, 1, 3, 1, 0, 2, 2,  // R
               0, 1, 1, 2, 2, 0, 1, 1, 1, 3, 0, 2, 2, 1, 1, 0,  // G
               2, 0, 1, 0, 1, 1, 0, 2, 0, 1, 2, 1, 3, 0, 1, 1}; // B
  rgb.kernels = 2;
  rgb.kernelRows = rgb.kernelCols = 3;
  rgb.weights = {1, 0, -1, 1, 0,  -1, 1,  0,  -1, 0, 1, 0, 1,  -1,
                 1, 0, 1,  0, -1, 0,  1,  0,  1,  0, 1, 0, -1, // kernel 1: R, G, B
                 1, 1, 1,  0, 0,  0,  -1, -1, -1, 0, 0, 0, 1,  1,
                 1, 0, 0,  0, 1,  0,  0,  0,  1,  0, 0, 0, 1}; // kernel 2: R, G, B
  rgb.bias = {1, -1};
  presets.push_back(rgb);

  LabPreset pool;
  pool.name = QCoreApplication::translate("Presets", "Max pooling: 4×4, window 2×2, stride 2");
  pool.pooling = true;
  pool.rows = pool.cols = 4;
  pool.input = {1, 3, 2, 1, 4, 6, 5, 0, 3, 1, 1, 2, 0, 2, 7, 4};
  pool.kernelRows = pool.kernelCols = 3;
  pool.weights = {-1, 0, 1, -1, 0, 1, -1, 0, 1};
  pool.bias = {0};
  presets.push_back(pool);

  // Two input planes and one kernel of two channels: each output cell is the sum of the two
  // channels' partial sums, e.g. the first: (1×1 + 0×2 + 0×0 + 1×1) + (0×0 + (-1)×1 + 1×2 +
  // 0×0) = 2 + 1 = 3.
  LabPreset two;
  two.name = QCoreApplication::translate("Presets", "2 channels 4×4, one kernel 2×2×2");
  two.channels = 2;
  two.rows = two.cols = 4;
  two.input = {1, 2, 0, 1, 0, 1, 3, 1, 2, 1, 0, 2, 1, 0, 1, 3,  // channel 1
               0, 1, 1, 0, 2, 0, 1, 1, 1, 1, 2, 0, 0, 2, 1, 1}; // channel 2
  two.kernelRows = two.kernelCols = 2;
  two.weights = {1, 0, 0, 1, 0, -1, 1, 0}; // channel 1: the diagonal; channel 2
  two.bias = {0};
  presets.push_back(two);
  return presets;
}

std::vector<ImageKernel> imageKernels() {
  auto name = [](const char* text) { return QCoreApplication::translate("Presets", text); };
  const double ninth = 1.0 / 9.0, sixteenth = 1.0 / 16.0;
  return {
      {name(QT_TRANSLATE_NOOP("Presets", "identity")), 3, 3, {0, 0, 0, 0, 1, 0, 0, 0, 0}},
      {name(QT_TRANSLATE_NOOP("Presets", "box blur")), 3, 3, std::vector<double>(9, ninth)},
      {name(QT_TRANSLATE_NOOP("Presets", "Gaussian blur")),
       3,
       3,
       {sixteenth, 2 * sixteenth, sixteenth, 2 * sixteenth, 4 * sixteenth, 2 * sixteenth, sixteenth,
        2 * sixteenth, sixteenth}},
      {name(QT_TRANSLATE_NOOP("Presets", "sharpen")), 3, 3, {0, -1, 0, -1, 5, -1, 0, -1, 0}},
      {name(QT_TRANSLATE_NOOP("Presets", "Sobel x (vertical edges)")),
       3,
       3,
       {-1, 0, 1, -2, 0, 2, -1, 0, 1}},
      {name(QT_TRANSLATE_NOOP("Presets", "Sobel y (horizontal edges)")),
       3,
       3,
       {-1, -2, -1, 0, 0, 0, 1, 2, 1}},
      {name(QT_TRANSLATE_NOOP("Presets", "Laplacian")), 3, 3, {0, 1, 0, 1, -4, 1, 0, 1, 0}},
      {name(QT_TRANSLATE_NOOP("Presets", "emboss")), 3, 3, {-2, -1, 0, -1, 1, 1, 0, 1, 2}},
  };
}

} // namespace gs::ui
