#pragma once
// The matrix products that dominate training: conv2d's and dense's, forward and backward.
//
// Eigen chooses its GEMM kernel when it is compiled. A build for this machine (-march=native,
// the default) gets the CPU's widest vectors; a portable x86-64 build (the Debian package)
// would get SSE2 only. So a portable build compiles the product a second time, for AVX2 + FMA
// (gemmavx2.cpp), and gemm() takes that copy when the CPU has those units.
#include "tensor.h"

#include <string>
#include <vector>

namespace gs {

/// A row-major matrix, read as it is or transposed.
struct GemmOperand {
  GemmOperand(ConstMapRM m)
      : data(m.data())
      , rows(m.rows())
      , cols(m.cols()) {}
  GemmOperand(MapRM m)
      : GemmOperand(ConstMapRM(m.data(), m.rows(), m.cols())) {}

  const float* data;
  long rows, cols; ///< of the matrix as stored
  bool transposed = false;
};

/// The operand read as its transpose.
inline GemmOperand transposed(GemmOperand m) {
  m.transposed = !m.transposed;
  return m;
}

enum class Accumulate { No, Yes };

/// c = a · b, or c += a · b with Accumulate::Yes (c: row-major, contiguous).
void gemm(MapRM c, GemmOperand a, GemmOperand b, Accumulate accumulate = Accumulate::No);

/// One compiled copy of the product, for tests and benchmarks: its name ("avx512", "avx2",
/// "baseline" for the copy built with the program; "avx2+fma" for the portable build's second
/// copy) and the function.
struct GemmKernel {
  std::string name;
  void (*run)(MapRM c, GemmOperand a, GemmOperand b, Accumulate accumulate);
};
/// Every copy this CPU can run, the one gemm() uses first.
std::vector<GemmKernel> gemmKernels();

} // namespace gs
