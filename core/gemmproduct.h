#pragma once
// The body of one compiled copy of gemm(), included by gemm.cpp and gemmavx2.cpp (see gemm.h).
// It names Eigen only through the token `Eigen`, which gemmavx2.cpp renames.
#include <Eigen/Core>

namespace gs::GRADSCOPE_GEMM_COPY {

/// c[rows×cols] (+)= op(a) · op(b); a and b row-major as stored, transposed when asked.
void product(float* c, long rows, long cols, const float* a, long aRows, long aCols, bool aT,
             const float* b, long bRows, long bCols, bool bT, bool accumulate) {
  using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
  Eigen::Map<Matrix> C(c, rows, cols);
  const Eigen::Map<const Matrix> A(a, aRows, aCols), B(b, bRows, bCols);
  const auto run = [&](const auto& x, const auto& y) {
    if (accumulate)
      C.noalias() += x * y;
    else
      C.noalias() = x * y;
  };
  if (!aT && !bT)
    run(A, B);
  else if (aT && !bT)
    run(A.transpose(), B);
  else if (!aT)
    run(A, B.transpose());
  else
    run(A.transpose(), B.transpose());
}

} // namespace gs::GRADSCOPE_GEMM_COPY
