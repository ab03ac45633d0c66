#include "gemm.h"

#define GRADSCOPE_GEMM_COPY built
#include "gemmproduct.h"

namespace gs {

#ifdef GRADSCOPE_GEMM_AVX2
namespace avx2 {
// gemmavx2.cpp: the same product compiled with -mavx2 -mfma
void product(float* c, long rows, long cols, const float* a, long aRows, long aCols, bool aT,
             const float* b, long bRows, long bCols, bool bT, bool accumulate);
} // namespace avx2
#endif

namespace {

template <auto Product> void run(MapRM c, GemmOperand a, GemmOperand b, Accumulate accumulate) {
  Product(c.data(), c.rows(), c.cols(), a.data, a.rows, a.cols, a.transposed, b.data, b.rows,
          b.cols, b.transposed, accumulate == Accumulate::Yes);
}

/// What the compiler was allowed to use for the copy built with the rest of the program.
const char* builtFor() {
#if defined(__AVX512F__)
  return "avx512";
#elif defined(__AVX2__)
  return "avx2";
#else
  return "baseline";
#endif
}

std::vector<GemmKernel> available() {
  std::vector<GemmKernel> kernels{{builtFor(), run<built::product>}};
#ifdef GRADSCOPE_GEMM_AVX2
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
    kernels.insert(kernels.begin(), {"avx2+fma", run<avx2::product>});
#endif
  return kernels;
}

} // namespace

std::vector<GemmKernel> gemmKernels() {
  static const std::vector<GemmKernel> kernels = available();
  return kernels;
}

void gemm(MapRM c, GemmOperand a, GemmOperand b, Accumulate accumulate) {
  static const auto best = gemmKernels().front().run;
  best(c, a, b, accumulate);
}

} // namespace gs
