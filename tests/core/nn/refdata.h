#pragma once
// Exact, easily typed inputs for reference comparisons: seq(n, a, m, c, d)[i] = ((i·a) mod m − c) /
// d, the same expression the PyTorch scripts in the test comments use (def seq(n,a,m,c,d): return
// torch.tensor([((i*a)%m - c)/d for i in range(n)])).
#include "core/tensor.h"

namespace gs::test {

inline Tensor seq(const Shape& shape, int a, int m, int c, int d) {
  Tensor t(shape);
  for (std::size_t i = 0; i < t.size(); ++i)
    t[i] = static_cast<float>((static_cast<int>(i) * a % m - c)) / static_cast<float>(d);
  return t;
}

} // namespace gs::test
