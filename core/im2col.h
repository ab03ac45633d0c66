#pragma once
// im2col / col2im: unroll every window of a C×H×W plane into a column, so a convolution becomes
// one matrix product  out[N][Ho·Wo] = W[N][C·kh·kw] · cols[C·kh·kw][Ho·Wo].
// Row r = (c·kh + m)·kw + n of `cols` holds x[c][i·s + m·d − p0][j·s + n·d − p0'] for every
// output cell (i, j); cells in the padding read 0.
#include "convgeometry.h"

namespace gs {

/// in: [C, H, W] contiguous; cols: [C·kH·kW, outH·outW] row-major, overwritten.
void im2col(const float* in, int channels, const ConvGeometry& g, float* cols);

/// The adjoint of im2col: adds every column entry back to the input cell it came from.
/// cols: [C·kH·kW, outH·outW]; in: [C, H, W], accumulated into (not cleared).
void col2im(const float* cols, int channels, const ConvGeometry& g, float* in);

} // namespace gs
