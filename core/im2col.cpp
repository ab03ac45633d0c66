#include "im2col.h"

namespace gs {

void im2col(const float* in, int channels, const ConvGeometry& g, float* cols) {
  const int outCells = g.outH * g.outW;
  for (int c = 0; c < channels; ++c) {
    const float* plane = in + static_cast<long>(c) * g.inH * g.inW;
    for (int m = 0; m < g.kH; ++m) {
      for (int n = 0; n < g.kW; ++n) {
        float* row = cols + static_cast<long>((c * g.kH + m) * g.kW + n) * outCells;
        for (int i = 0; i < g.outH; ++i) {
          const int y = i * g.strideH + m * g.dilationH - g.pad.top;
          float* dst = row + static_cast<long>(i) * g.outW;
          if (y < 0 || y >= g.inH) {
            for (int j = 0; j < g.outW; ++j)
              dst[j] = 0.0f;
            continue;
          }
          const float* src = plane + static_cast<long>(y) * g.inW;
          for (int j = 0; j < g.outW; ++j) {
            const int x = j * g.strideW + n * g.dilationW - g.pad.left;
            dst[j] = (x >= 0 && x < g.inW) ? src[x] : 0.0f;
          }
        }
      }
    }
  }
}

void col2im(const float* cols, int channels, const ConvGeometry& g, float* in) {
  const int outCells = g.outH * g.outW;
  for (int c = 0; c < channels; ++c) {
    float* plane = in + static_cast<long>(c) * g.inH * g.inW;
    for (int m = 0; m < g.kH; ++m) {
      for (int n = 0; n < g.kW; ++n) {
        const float* row = cols + static_cast<long>((c * g.kH + m) * g.kW + n) * outCells;
        for (int i = 0; i < g.outH; ++i) {
          const int y = i * g.strideH + m * g.dilationH - g.pad.top;
          if (y < 0 || y >= g.inH)
            continue;
          const float* src = row + static_cast<long>(i) * g.outW;
          float* dst = plane + static_cast<long>(y) * g.inW;
          for (int j = 0; j < g.outW; ++j) {
            const int x = j * g.strideW + n * g.dilationW - g.pad.left;
            if (x >= 0 && x < g.inW)
              dst[x] += src[j];
          }
        }
      }
    }
  }
}

} // namespace gs
