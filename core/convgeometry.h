#pragma once
// Output size and padding of a convolution or pooling window, per axis (DESIGN.md section 3).
// One code path for the Convolution Lab, the Conv2D layer and pooling.
//
//   ke  = d·(k−1) + 1                        effective kernel with dilation d
//   out = floor((n + p0 + p1 − ke) / s) + 1
//   valid: p0 = p1 = 0
//   same:  out = ceil(n / s), total = max((out−1)·s + ke − n, 0), p0 = floor(total/2), p1 = rest
//   full:  p0 = p1 = ke − 1
#include <string>

namespace gs {

enum class PadMode { Valid, Same, Full, Explicit };

struct Padding {
  int top = 0, bottom = 0, left = 0, right = 0;
  bool operator==(const Padding&) const = default;
};

struct PaddingSpec {
  PadMode mode = PadMode::Valid;
  Padding explicitPadding; ///< used when mode == Explicit

  static PaddingSpec valid() { return {PadMode::Valid, {}}; }
  static PaddingSpec same() { return {PadMode::Same, {}}; }
  static PaddingSpec full() { return {PadMode::Full, {}}; }
  static PaddingSpec uniform(int p) { return {PadMode::Explicit, {p, p, p, p}}; }
  static PaddingSpec sides(int top, int bottom, int left, int right) {
    return {PadMode::Explicit, {top, bottom, left, right}};
  }
};

/// "valid" | "same" | "full" -> mode; throws InputError on anything else.
PadMode padModeFromName(const std::string& name);
std::string padModeName(PadMode mode);

int effectiveKernel(int k, int dilation);

/// Padding before and after along one axis.
struct AxisPadding {
  int before = 0, after = 0;
};
AxisPadding resolveAxisPadding(PadMode mode, int n, int k, int stride, int dilation);

/// floor((n + p0 + p1 − ke) / s) + 1, or 0 when the window does not fit even once.
int convOutputSize(int n, int k, int stride, int dilation, int p0, int p1);

/// The complete 2-D geometry of a sliding window over an H×W plane.
struct ConvGeometry {
  int inH = 0, inW = 0;
  int kH = 0, kW = 0;
  int strideH = 1, strideW = 1;
  int dilationH = 1, dilationW = 1;
  Padding pad;
  int outH = 0, outW = 0;

  int paddedH() const { return inH + pad.top + pad.bottom; }
  int paddedW() const { return inW + pad.left + pad.right; }
};

/// Validates and resolves a geometry. Throws InputError with a message that says what is wrong
/// ("stride must be at least 1, got 0", "kernel 5×5 (effective 5×5) is larger than the padded
/// input 3×3") and, when `where` is not empty, prefixes it ("layer 2 (conv2d): ...").
ConvGeometry makeConvGeometry(int inH, int inW, int kH, int kW, const PaddingSpec& padding,
                              int strideH, int strideW, int dilationH, int dilationW,
                              const std::string& where = {});

} // namespace gs
