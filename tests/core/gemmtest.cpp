// gemm(): every compiled copy of the product (the one built with the program and, in a portable
// x86-64 build, the AVX2 + FMA one) against a plain triple loop in double precision, for every
// combination of transposed operands, with and without accumulating.
#include "core/gemm.h"
#include "core/rng.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <set>

namespace gs {
namespace {

Tensor randomMatrix(Rng& rng, int rows, int cols) {
  Tensor t({rows, cols});
  for (float& v : t.values())
    v = static_cast<float>(rng.uniform(-1.0, 1.0));
  return t;
}

/// Element (i, j) of the stored row-major matrix m, or of its transpose.
double element(const Tensor& m, bool transposedRead, int i, int j) {
  return transposedRead ? m[static_cast<std::size_t>(j) * m.dim(1) + i]
                        : m[static_cast<std::size_t>(i) * m.dim(1) + j];
}

void checkKernel(const GemmKernel& kernel, int m, int k, int n) {
  Rng rng(7);
  for (int combo = 0; combo < 8; ++combo) {
    const bool aT = combo & 1, bT = combo & 2, accumulate = combo & 4;
    const Tensor a = aT ? randomMatrix(rng, k, m) : randomMatrix(rng, m, k);
    const Tensor b = bT ? randomMatrix(rng, n, k) : randomMatrix(rng, k, n);
    const Tensor start = randomMatrix(rng, m, n);
    Tensor c = start;
    GemmOperand A = a.matrix(a.dim(0), a.dim(1)), B = b.matrix(b.dim(0), b.dim(1));
    if (aT)
      A = transposed(A);
    if (bT)
      B = transposed(B);
    kernel.run(c.matrix(m, n), A, B, accumulate ? Accumulate::Yes : Accumulate::No);
    double worst = 0.0;
    for (int i = 0; i < m; ++i)
      for (int j = 0; j < n; ++j) {
        double want = accumulate ? start[static_cast<std::size_t>(i) * n + j] : 0.0;
        for (int p = 0; p < k; ++p)
          want += element(a, aT, i, p) * element(b, bT, p, j);
        worst = std::max(worst, std::abs(want - c[static_cast<std::size_t>(i) * n + j]));
      }
    // float32 sums of k products of numbers in [-1, 1]: rounding stays far below 1e-4·k
    EXPECT_LT(worst, 1e-5 * k) << kernel.name << " " << m << "×" << k << "×" << n << " aT " << aT
                               << " bT " << bT << " accumulate " << accumulate;
  }
}

TEST(Gemm, EveryCopyMatchesTheTripleLoop) {
  for (const GemmKernel& kernel : gemmKernels()) {
    checkKernel(kernel, 1, 1, 1);
    checkKernel(kernel, 7, 13, 5);
    checkKernel(kernel, 16, 150, 100); // C3 of LeNet-5: 16 kernels of 6·5·5 over 10·10 cells
    checkKernel(kernel, 6, 25, 2352);  // C1: 6 kernels of 5·5 over three samples of 28·28
  }
}

TEST(Gemm, TakesTheWidestCopyThisCpuRuns) {
  const std::vector<GemmKernel> kernels = gemmKernels();
  ASSERT_FALSE(kernels.empty());
  std::set<std::string> names;
  for (const GemmKernel& k : kernels)
    names.insert(k.name);
  EXPECT_EQ(names.size(), kernels.size()) << "each copy is listed once";
#if (defined(__x86_64__) || defined(_M_X64)) && !defined(__AVX2__)
  // a portable x86-64 build: the AVX2 + FMA copy is there and first exactly when the CPU has both
  const bool cpuHasAvx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  EXPECT_EQ(kernels.front().name == "avx2+fma", cpuHasAvx2);
  EXPECT_EQ(kernels.size(), cpuHasAvx2 ? 2u : 1u);
#else
  EXPECT_EQ(kernels.size(), 1u) << "a build for this CPU has one copy, the widest it could use";
#endif
}

TEST(Gemm, FrontEndUsesTheFirstCopy) {
  Rng rng(3);
  const Tensor a = randomMatrix(rng, 9, 11), b = randomMatrix(rng, 11, 4);
  Tensor viaGemm({9, 4}), viaFirst({9, 4});
  gemm(viaGemm.matrix(9, 4), a.matrix(9, 11), b.matrix(11, 4));
  gemmKernels().front().run(viaFirst.matrix(9, 4), a.matrix(9, 11), b.matrix(11, 4),
                            Accumulate::No);
  EXPECT_EQ(viaGemm, viaFirst);
}

} // namespace
} // namespace gs
