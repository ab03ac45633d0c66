#include "rng.h"

#include <cmath>
#include <numbers>

namespace gs {

double Rng::uniform() {
  // 53 random bits -> a double in [0, 1).
  return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

double Rng::normal() {
  if (m_hasSpare) {
    m_hasSpare = false;
    return m_spare;
  }
  double u1 = uniform();
  while (u1 <= 0.0)
    u1 = uniform();
  const double u2 = uniform();
  const double r = std::sqrt(-2.0 * std::log(u1));
  const double theta = 2.0 * std::numbers::pi * u2;
  m_spare = r * std::sin(theta);
  m_hasSpare = true;
  return r * std::cos(theta);
}

std::uint64_t Rng::below(std::uint64_t n) {
  if (n == 0)
    return 0;
  // Rejection sampling avoids the modulo bias.
  const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
  std::uint64_t v = m_engine();
  while (v >= limit)
    v = m_engine();
  return v % n;
}

} // namespace gs
