#pragma once
// x1 = seq(12,5,13,6,8).reshape(3,4), the input of the activation reference values.
#include "core/nn/refdata.h"
#include "core/rng.h"

namespace gs::test {

inline Tensor activationInput() {
  return seq({3, 4}, 5, 13, 6, 8);
}

/// Inputs at least 0.05 away from 0, where relu-like layers have their kink.
inline Tensor awayFromZero(const Shape& shape, Rng& rng) {
  Tensor x(shape);
  for (std::size_t i = 0; i < x.size(); ++i) {
    const float v = static_cast<float>(rng.uniform(0.05, 2.0));
    x[i] = i % 2 ? v : -v;
  }
  return x;
}

} // namespace gs::test
