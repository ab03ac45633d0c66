#include "activationprobe.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gs {
namespace {

/// Linear interpolation between order statistics (numpy's default "linear" quantile), by
/// selection instead of sorting: O(n). Reorders `values`; they must all be finite.
double quantile(std::vector<float>& values, double q) {
  const double position = q * static_cast<double>(values.size() - 1);
  const std::size_t below = static_cast<std::size_t>(std::floor(position));
  const auto at = values.begin() + static_cast<std::ptrdiff_t>(below);
  std::nth_element(values.begin(), at, values.end());
  const double t = position - static_cast<double>(below);
  if (t == 0 || below + 1 >= values.size())
    return *at;
  // Everything after the k-th order statistic is >= it: the next one is their minimum.
  const float above = *std::min_element(at + 1, values.end());
  return (1.0 - t) * *at + t * above;
}

} // namespace

ActivationStats activationStats(const Tensor& activations, const std::string& activation) {
  ActivationStats stats;
  const std::size_t n = activations.size();
  if (n == 0)
    return stats;
  double sum = 0;
  for (float v : activations.values())
    sum += v;
  stats.mean = sum / static_cast<double>(n);
  double squares = 0;
  for (float v : activations.values())
    squares += (v - stats.mean) * (v - stats.mean);
  // population standard deviation: √(Σ (x − μ)² / n)
  stats.std = std::sqrt(squares / static_cast<double>(n));

  if (!allFinite(activations)) {
    // A diverged layer: no order statistics; the NaN std marks it.
    stats.std = std::numeric_limits<double>::quiet_NaN();
    stats.min = stats.q1 = stats.median = stats.q3 = stats.max = stats.std;
    return stats;
  }
  std::vector<float> values = activations.toVector();
  const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
  stats.min = *lo;
  stats.max = *hi;
  stats.q1 = quantile(values, 0.25);
  stats.median = quantile(values, 0.5);
  stats.q3 = quantile(values, 0.75);

  if (activation == "sigmoid" || activation == "tanh") {
    // Flat tails: σ' < 0.0099 when σ < 0.01 or σ > 0.99; tanh' < 0.02 when |tanh| > 0.99.
    const bool sig = activation == "sigmoid";
    std::size_t flat = 0;
    for (float v : activations.values())
      flat += sig ? (v < 0.01f || v > 0.99f) : (std::fabs(v) > 0.99f);
    stats.saturated = static_cast<double>(flat) / static_cast<double>(n);
  } else if (activation == "relu" || activation == "leaky_relu" || activation == "elu") {
    // A dead unit is ≤ 0 for every sample of the batch: its input-side gradient is 0 (relu)
    // or small (leaky_relu, elu) for all of them.
    const int samples = activations.dim(0);
    const std::size_t units = n / static_cast<std::size_t>(samples);
    std::size_t dead = 0;
    for (std::size_t u = 0; u < units; ++u) {
      bool alive = false;
      for (int s = 0; s < samples && !alive; ++s)
        alive = activations[static_cast<std::size_t>(s) * units + u] > 0.0f;
      dead += !alive;
    }
    stats.saturated = static_cast<double>(dead) / static_cast<double>(units);
  }
  return stats;
}

double frobeniusNorm(const Tensor& t) {
  double sum = 0;
  for (float v : t.values())
    sum += static_cast<double>(v) * v;
  return std::sqrt(sum);
}

double differenceNorm(const Tensor& a, const Tensor& b) {
  double sum = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const double d = static_cast<double>(a[i]) - b[i];
    sum += d * d;
  }
  return std::sqrt(sum);
}

bool allFinite(const Tensor& t) {
  return std::all_of(t.values().begin(), t.values().end(),
                     [](float v) { return std::isfinite(v); });
}

} // namespace gs
