#include "convgeometry.h"

#include "error.h"

#include <algorithm>

namespace gs {

PadMode padModeFromName(const std::string& name) {
  if (name == "valid")
    return PadMode::Valid;
  if (name == "same")
    return PadMode::Same;
  if (name == "full")
    return PadMode::Full;
  throw InputError("unknown padding mode '" + name + "' (expected valid, same or full)");
}

std::string padModeName(PadMode mode) {
  switch (mode) {
  case PadMode::Valid:
    return "valid";
  case PadMode::Same:
    return "same";
  case PadMode::Full:
    return "full";
  case PadMode::Explicit:
    return "explicit";
  }
  return "explicit";
}

int effectiveKernel(int k, int dilation) {
  return dilation * (k - 1) + 1;
}

AxisPadding resolveAxisPadding(PadMode mode, int n, int k, int stride, int dilation) {
  const int ke = effectiveKernel(k, dilation);
  switch (mode) {
  case PadMode::Valid:
  case PadMode::Explicit:
    return {0, 0};
  case PadMode::Full:
    return {ke - 1, ke - 1};
  case PadMode::Same: {
    const int out = (n + stride - 1) / stride; // ceil(n / s)
    const int total = std::max((out - 1) * stride + ke - n, 0);
    return {total / 2, total - total / 2}; // the extra cell goes after
  }
  }
  return {0, 0};
}

int convOutputSize(int n, int k, int stride, int dilation, int p0, int p1) {
  const int span = n + p0 + p1 - effectiveKernel(k, dilation);
  if (span < 0 || stride < 1)
    return 0;
  return span / stride + 1;
}

ConvGeometry makeConvGeometry(int inH, int inW, int kH, int kW, const PaddingSpec& padding,
                              int strideH, int strideW, int dilationH, int dilationW,
                              const std::string& where) {
  const std::string prefix = where.empty() ? std::string() : where + ": ";
  auto fail = [&](const std::string& what) { throw InputError(prefix + what); };
  auto dims = [](int h, int w) { return std::to_string(h) + "×" + std::to_string(w); };

  if (inH < 1 || inW < 1)
    fail("input must be at least 1×1, got " + dims(inH, inW));
  if (kH < 1 || kW < 1)
    fail("kernel must be at least 1×1, got " + dims(kH, kW));
  if (strideH < 1 || strideW < 1)
    fail("stride must be at least 1, got " + std::to_string(std::min(strideH, strideW)));
  if (dilationH < 1 || dilationW < 1)
    fail("dilation must be at least 1, got " + std::to_string(std::min(dilationH, dilationW)));

  ConvGeometry g;
  g.inH = inH;
  g.inW = inW;
  g.kH = kH;
  g.kW = kW;
  g.strideH = strideH;
  g.strideW = strideW;
  g.dilationH = dilationH;
  g.dilationW = dilationW;
  if (padding.mode == PadMode::Explicit) {
    const Padding& p = padding.explicitPadding;
    if (p.top < 0 || p.bottom < 0 || p.left < 0 || p.right < 0)
      fail("padding must not be negative");
    g.pad = p;
  } else {
    const AxisPadding v = resolveAxisPadding(padding.mode, inH, kH, strideH, dilationH);
    const AxisPadding h = resolveAxisPadding(padding.mode, inW, kW, strideW, dilationW);
    g.pad = {v.before, v.after, h.before, h.after};
  }

  const int keH = effectiveKernel(kH, dilationH);
  const int keW = effectiveKernel(kW, dilationW);
  if (keH > g.paddedH() || keW > g.paddedW())
    fail("kernel " + dims(kH, kW) + " (effective " + dims(keH, keW) +
         ") is larger than the padded input " + dims(g.paddedH(), g.paddedW()));
  g.outH = convOutputSize(inH, kH, strideH, dilationH, g.pad.top, g.pad.bottom);
  g.outW = convOutputSize(inW, kW, strideW, dilationW, g.pad.left, g.pad.right);
  return g;
}

} // namespace gs
