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

/// Where one row of the unrolled matrix comes from: kernel cell (m, n) of channel c.
struct KernelRow {
  long index;       ///< (c·kH + m)·kW + n, the row of cols
  long plane;       ///< offset of channel c's plane in the input
  int rowOffset;    ///< input row of output row i: i·strideH + rowOffset
  int offset;       ///< input column of output column j: j·strideW + offset
  Range rows, cols; ///< output rows and columns whose input cell lies inside the image
};

/// Calls visit(KernelRow) for every kernel cell of every channel: im2col and col2im walk the
/// same rows, one copying out of the image, the other adding back into it. The in-image ranges
/// depend on the kernel cell only, so they are worked out once for all channels.
template <class Visit> void forEachKernelRow(int channels, const ConvGeometry& g, Visit visit) {
  const long plane = static_cast<long>(g.inH) * g.inW, kernel = static_cast<long>(g.kH) * g.kW;
  for (int m = 0; m < g.kH; ++m) {
    const int rowOffset = m * g.dilationH - g.pad.top;
    const Range rows = insideRange(rowOffset, g.strideH, g.inH, g.outH);
    for (int n = 0; n < g.kW; ++n) {
      const int offset = n * g.dilationW - g.pad.left;
      const Range cols = insideRange(offset, g.strideW, g.inW, g.outW);
      for (int c = 0; c < channels; ++c)
        visit(KernelRow{c * kernel + m * g.kW + n, c * plane, rowOffset, offset, rows, cols});
    }
  }
}

} // namespace

void im2col(const float* in, int channels, const ConvGeometry& g, float* cols, long rowStride) {
  if (rowStride == 0)
    rowStride = static_cast<long>(g.outH) * g.outW;
  forEachKernelRow(channels, g, [&](const KernelRow& k) {
    // output cells whose input cell lies in the padding read 0
    float* row = cols + k.index * rowStride;
    std::fill(row, row + static_cast<long>(k.rows.lo) * g.outW, 0.0f);
    for (int i = k.rows.lo; i < k.rows.hi; ++i) {
      const float* src = in + k.plane + static_cast<long>(i * g.strideH + k.rowOffset) * g.inW;
      float* dst = row + static_cast<long>(i) * g.outW;
      for (int j = 0; j < k.cols.lo; ++j)
        dst[j] = 0.0f;
      if (g.strideW == 1)
        copyRow(dst + k.cols.lo, src + k.cols.lo + k.offset, k.cols.hi - k.cols.lo);
      else
        for (int j = k.cols.lo; j < k.cols.hi; ++j)
          dst[j] = src[j * g.strideW + k.offset];
      for (int j = k.cols.hi; j < g.outW; ++j)
        dst[j] = 0.0f;
    }
    std::fill(row + static_cast<long>(k.rows.hi) * g.outW, row + static_cast<long>(g.outH) * g.outW,
              0.0f);
  });
}

void col2im(const float* cols, int channels, const ConvGeometry& g, float* in, long rowStride) {
  if (rowStride == 0)
    rowStride = static_cast<long>(g.outH) * g.outW;
  forEachKernelRow(channels, g, [&](const KernelRow& k) {
    // entries that came from padding have no input cell: they are skipped
    const float* row = cols + k.index * rowStride;
    for (int i = k.rows.lo; i < k.rows.hi; ++i) {
      const float* src = row + static_cast<long>(i) * g.outW;
      float* dst = in + k.plane + static_cast<long>(i * g.strideH + k.rowOffset) * g.inW;
      if (g.strideW == 1)
        for (int j = k.cols.lo; j < k.cols.hi; ++j)
          dst[j + k.offset] += src[j];
      else
        for (int j = k.cols.lo; j < k.cols.hi; ++j)
          dst[j * g.strideW + k.offset] += src[j];
    }
  });
}

} // namespace gs
