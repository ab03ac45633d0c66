#pragma once
// The one random source of the core. Every stochastic part takes a seed and draws from an Rng,
// so the same seed gives the same run bit for bit. Normal draws use Box-Muller on our own
// uniform draws, not std::normal_distribution, whose algorithm the standard leaves open.
#include <cstdint>
#include <random>

namespace gs {

class Rng {
public:
  explicit Rng(std::uint64_t seed = 0)
      : m_engine(seed) {}

  /// Uniform on [0, 1).
  double uniform();
  /// Uniform on [lo, hi).
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  /// Standard normal N(0, 1).
  double normal();
  double normal(double mean, double std) { return mean + std * normal(); }
  /// Uniform integer in [0, n).
  std::uint64_t below(std::uint64_t n);
  std::uint64_t next() { return m_engine(); }

  std::mt19937_64& engine() { return m_engine; }
  bool operator==(const Rng& other) const = default;

private:
  std::mt19937_64 m_engine;
  bool m_hasSpare = false;
  double m_spare = 0.0;
};

} // namespace gs
