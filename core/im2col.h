#pragma once
// im2col / col2im: unroll every window of a C×H×W plane into a column, so a convolution becomes
// one matrix product  out[N][Ho·Wo] = W[N][C·kh·kw] · cols[C·kh·kw][Ho·Wo].
// Row r = (c·kh + m)·kw + n of `cols` holds x[c][i·s + m·d − p0][j·s + n·d − p0'] for every
// output cell (i, j); cells in the padding read 0.
#include "convgeometry.h"

namespace gs {

/// in: [C, H, W] contiguous; cols: C·kH·kW rows of outH·outW values, overwritten. Row r starts
/// at cols + r·rowStride; rowStride 0 means outH·outW (rows packed, [C·kH·kW, outH·outW]).
/// A larger stride lets several samples share one matrix: sample s writes its columns at
/// cols + s·outH·outW with rowStride = samples·outH·outW.
void im2col(const float* in, int channels, const ConvGeometry& g, float* cols, long rowStride = 0);

/// The adjoint of im2col: adds every column entry back to the input cell it came from.
/// cols: as im2col writes them (same rowStride); in: [C, H, W], accumulated into (not cleared).
void col2im(const float* cols, int channels, const ConvGeometry& g, float* in, long rowStride = 0);

} // namespace gs
