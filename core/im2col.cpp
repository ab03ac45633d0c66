#include "im2col.h"

#include <algorithm>

namespace gs {

namespace {

/// Output columns j whose input column x = j·s + offset lies inside [0, inW): [lo, hi).
struct ColumnRange {
  int lo, hi;
};

ColumnRange insideColumns(int offset, int stride, int inW, int outW) {
  const int lo = std::min(offset >= 0 ? 0 : (-offset + stride - 1) / stride, outW);
  const int last = inW - 1 - offset;
  const int hi = last < 0 ? 0 : std::min(outW, last / stride + 1);
  return {lo, std::max(lo, hi)};
}

} // namespace

void im2col(const float* in, int channels, const ConvGeometry& g, float* cols, long rowStride) {
  if (rowStride == 0)
    rowStride = static_cast<long>(g.outH) * g.outW;
  for (int c = 0; c < channels; ++c) {
    const float* plane = in + static_cast<long>(c) * g.inH * g.inW;
    for (int m = 0; m < g.kH; ++m) {
      for (int n = 0; n < g.kW; ++n) {
        float* row = cols + static_cast<long>((c * g.kH + m) * g.kW + n) * rowStride;
        for (int i = 0; i < g.outH; ++i) {
          const int y = i * g.strideH + m * g.dilationH - g.pad.top;
          float* dst = row + static_cast<long>(i) * g.outW;
          if (y < 0 || y >= g.inH) {
            for (int j = 0; j < g.outW; ++j)
              dst[j] = 0.0f;
            continue;
          }
          const float* src = plane + static_cast<long>(y) * g.inW;
          const int offset = n * g.dilationW - g.pad.left;
          const ColumnRange r = insideColumns(offset, g.strideW, g.inW, g.outW);
          for (int j = 0; j < r.lo; ++j)
            dst[j] = 0.0f;
          if (g.strideW == 1)
            std::copy(src + r.lo + offset, src + r.hi + offset, dst + r.lo);
          else
            for (int j = r.lo; j < r.hi; ++j)
              dst[j] = src[j * g.strideW + offset];
          for (int j = r.hi; j < g.outW; ++j)
            dst[j] = 0.0f;
        }
      }
    }
  }
}

void col2im(const float* cols, int channels, const ConvGeometry& g, float* in, long rowStride) {
  if (rowStride == 0)
    rowStride = static_cast<long>(g.outH) * g.outW;
  for (int c = 0; c < channels; ++c) {
    float* plane = in + static_cast<long>(c) * g.inH * g.inW;
    for (int m = 0; m < g.kH; ++m) {
      for (int n = 0; n < g.kW; ++n) {
        const float* row = cols + static_cast<long>((c * g.kH + m) * g.kW + n) * rowStride;
        for (int i = 0; i < g.outH; ++i) {
          const int y = i * g.strideH + m * g.dilationH - g.pad.top;
          if (y < 0 || y >= g.inH)
            continue;
          const float* src = row + static_cast<long>(i) * g.outW;
          float* dst = plane + static_cast<long>(y) * g.inW;
          const int offset = n * g.dilationW - g.pad.left;
          const ColumnRange r = insideColumns(offset, g.strideW, g.inW, g.outW);
          for (int j = r.lo; j < r.hi; ++j)
            dst[j * g.strideW + offset] += src[j];
        }
      }
    }
  }
}

} // namespace gs
