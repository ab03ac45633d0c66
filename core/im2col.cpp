#include "im2col.h"

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace gs {

namespace {

/// Copies n floats between buffers that do not overlap. The rows of a small image are a few
/// dozen floats, so a library call per row would cost more than the copy: blocks of a fixed
/// size compile to single vector moves, and the last block ends at n, overlapping the one
/// before it instead of falling back to a loop.
void copyRow(float* dst, const float* src, int n) {
  const auto blocks = [&](auto block) {
    constexpr int kB = decltype(block)::value;
    for (int j = 0; j + kB < n; j += kB)
      std::memcpy(dst + j, src + j, kB * sizeof(float));
    std::memcpy(dst + n - kB, src + n - kB, kB * sizeof(float));
  };
  if (n >= 16)
    blocks(std::integral_constant<int, 16>{});
  else if (n >= 8)
    blocks(std::integral_constant<int, 8>{});
  else if (n >= 4)
    blocks(std::integral_constant<int, 4>{});
  else
    for (int j = 0; j < n; ++j)
      dst[j] = src[j];
}

/// Output positions j (along a row or a column) whose input position j·s + offset lies
/// inside [0, inSize): [lo, hi).
struct Range {
  int lo, hi;
};

Range insideRange(int offset, int stride, int inSize, int outSize) {
  if (stride == 1) { // the common case, without the divisions
    const int lo = std::clamp(-offset, 0, outSize);
    return {lo, std::clamp(inSize - offset, lo, outSize)};
  }
  const int lo = std::min(offset >= 0 ? 0 : (-offset + stride - 1) / stride, outSize);
  const int last = inSize - 1 - offset;
  const int hi = last < 0 ? 0 : std::min(outSize, last / stride + 1);
  return {lo, std::max(lo, hi)};
}

} // namespace

void im2col(const float* in, int channels, const ConvGeometry& g, float* cols, long rowStride) {
  if (rowStride == 0)
    rowStride = static_cast<long>(g.outH) * g.outW;
  const long plane = static_cast<long>(g.inH) * g.inW, kernel = static_cast<long>(g.kH) * g.kW;
  for (int m = 0; m < g.kH; ++m) {
    // output rows i whose input row y = i·s + m·d − p0 lies inside the image (the others read
    // padding), and likewise output columns j for each kernel column n; the same for every channel
    const int rowOffset = m * g.dilationH - g.pad.top;
    const Range rows = insideRange(rowOffset, g.strideH, g.inH, g.outH);
    for (int n = 0; n < g.kW; ++n) {
      const int offset = n * g.dilationW - g.pad.left;
      const Range r = insideRange(offset, g.strideW, g.inW, g.outW);
      for (int c = 0; c < channels; ++c) {
        float* row = cols + (c * kernel + m * g.kW + n) * rowStride;
        std::fill(row, row + static_cast<long>(rows.lo) * g.outW, 0.0f);
        for (int i = rows.lo; i < rows.hi; ++i) {
          const float* src = in + c * plane + static_cast<long>(i * g.strideH + rowOffset) * g.inW;
          float* dst = row + static_cast<long>(i) * g.outW;
          for (int j = 0; j < r.lo; ++j)
            dst[j] = 0.0f;
          if (g.strideW == 1)
            copyRow(dst + r.lo, src + r.lo + offset, r.hi - r.lo);
          else
            for (int j = r.lo; j < r.hi; ++j)
              dst[j] = src[j * g.strideW + offset];
          for (int j = r.hi; j < g.outW; ++j)
            dst[j] = 0.0f;
        }
        std::fill(row + static_cast<long>(rows.hi) * g.outW,
                  row + static_cast<long>(g.outH) * g.outW, 0.0f);
      }
    }
  }
}

void col2im(const float* cols, int channels, const ConvGeometry& g, float* in, long rowStride) {
  if (rowStride == 0)
    rowStride = static_cast<long>(g.outH) * g.outW;
  const long plane = static_cast<long>(g.inH) * g.inW, kernel = static_cast<long>(g.kH) * g.kW;
  for (int m = 0; m < g.kH; ++m) {
    const int rowOffset = m * g.dilationH - g.pad.top;
    const Range rows = insideRange(rowOffset, g.strideH, g.inH, g.outH);
    for (int n = 0; n < g.kW; ++n) {
      const int offset = n * g.dilationW - g.pad.left;
      const Range r = insideRange(offset, g.strideW, g.inW, g.outW);
      for (int c = 0; c < channels; ++c) {
        const float* row = cols + (c * kernel + m * g.kW + n) * rowStride;
        // entries that came from padding have no input cell: they are skipped
        for (int i = rows.lo; i < rows.hi; ++i) {
          const float* src = row + static_cast<long>(i) * g.outW;
          float* dst = in + c * plane + static_cast<long>(i * g.strideH + rowOffset) * g.inW;
          if (g.strideW == 1)
            for (int j = r.lo; j < r.hi; ++j)
              dst[j + offset] += src[j];
          else
            for (int j = r.lo; j < r.hi; ++j)
              dst[j * g.strideW + offset] += src[j];
        }
      }
    }
  }
}

} // namespace gs
