// gemm()'s product compiled for AVX2 + FMA, for portable x86-64 builds (see gemm.h); only
// called when the CPU has both. Eigen's namespace is renamed in this file, so that none of
// the Eigen code compiled here with AVX2 instructions can stand in, at link time, for the
// baseline copy the rest of the program uses (which would crash a CPU without AVX2).
#define Eigen GsEigenAvx2
#define GRADSCOPE_GEMM_COPY avx2
#include "gemmproduct.h"
