#include "synthetic.h"

#include "../error.h"

#include <cmath>
#include <numbers>

namespace gs {

namespace {

constexpr double kPi = std::numbers::pi;

struct Point {
  double x, y;
};

// Class c of k: ring c spans radii [c/k, (c + 0.8)/k], leaving a gap of 0.2/k between rings.
Point circle(int c, int k, Rng& rng) {
  const double r = (c + 0.8 * rng.uniform()) / k;
  const double t = 2 * kPi * rng.uniform();
  return {r * std::cos(t), r * std::sin(t)};
}

// Class 0 where x·y > 0 (first and third quadrants), class 1 elsewhere; points keep a
// margin of 0.05 from the axes.
Point xorPoint(int c, Rng& rng) {
  double x = rng.uniform(0.05, 1.0) * (rng.uniform() < 0.5 ? -1 : 1);
  double y = rng.uniform(0.05, 1.0) * (x > 0 ? 1 : -1);
  if (c == 1)
    y = -y;
  return {x, y};
}

// Blob c centred at 0.7·(cos 2πc/k, sin 2πc/k) with std 0.15.
Point gaussian(int c, int k, Rng& rng) {
  const double t = 2 * kPi * c / k;
  return {0.7 * std::cos(t) + 0.15 * rng.normal(), 0.7 * std::sin(t) + 0.15 * rng.normal()};
}

// Arm c: radius r = u, angle 2πc/k + 2.5π·u for u uniform in [0, 1) (1.25 turns).
Point spiral(int c, int k, Rng& rng) {
  const double u = rng.uniform();
  const double t = 2 * kPi * c / k + 2.5 * kPi * u;
  return {u * std::cos(t), u * std::sin(t)};
}

// scikit-learn's make_moons, shifted to centre: the outer moon (cos t, sin t) and the inner
// moon (1 - cos t, 0.5 - sin t) for t uniform in [0, π], minus (0.5, 0.25).
Point moon(int c, Rng& rng) {
  const double t = kPi * rng.uniform();
  if (c == 0)
    return {std::cos(t) - 0.5, std::sin(t) - 0.25};
  return {1 - std::cos(t) - 0.5, 0.5 - std::sin(t) - 0.25};
}

} // namespace

std::vector<std::string> syntheticNames() {
  return {"circle", "xor", "gaussians", "spiral", "moons"};
}

Dataset makeSynthetic(const std::string& name, const SyntheticOptions& o) {
  const bool twoOnly = name == "xor" || name == "moons";
  bool known = false;
  for (const std::string& n : syntheticNames())
    known = known || n == name;
  if (!known)
    throw InputError("unknown synthetic data set '" + name +
                     "' (known: circle, xor, gaussians, spiral, moons)");
  if (o.samples < 1)
    throw InputError(name + ": the number of samples must be at least 1, got " +
                     std::to_string(o.samples));
  if (!(o.noise >= 0) || !std::isfinite(o.noise))
    throw InputError(name + ": noise must be a number ≥ 0");
  if (o.classes < 2 || (twoOnly && o.classes != 2))
    throw InputError(
        name + (twoOnly ? ": has exactly 2 classes, got " : ": needs at least 2 classes, got ") +
        std::to_string(o.classes));
  auto storage = std::make_shared<DataStorage>();
  storage->name = name;
  storage->sampleShape = {2};
  storage->count = static_cast<std::size_t>(o.samples);
  storage->classes = o.classes;
  for (int c = 0; c < o.classes; ++c)
    storage->classNames.push_back(std::to_string(c));
  storage->features.resize(2 * storage->count);
  storage->labels.resize(storage->count);
  Rng rng(o.seed);
  for (int i = 0; i < o.samples; ++i) {
    const int c = i % o.classes;
    Point p{};
    if (name == "circle")
      p = circle(c, o.classes, rng);
    else if (name == "xor")
      p = xorPoint(c, rng);
    else if (name == "gaussians")
      p = gaussian(c, o.classes, rng);
    else if (name == "spiral")
      p = spiral(c, o.classes, rng);
    else
      p = moon(c, rng);
    storage->features[2 * i] = static_cast<float>(p.x + o.noise * rng.normal());
    storage->features[2 * i + 1] = static_cast<float>(p.y + o.noise * rng.normal());
    storage->labels[i] = c;
  }
  return Dataset(std::move(storage));
}

} // namespace gs
