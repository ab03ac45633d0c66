// The loss surfaces of DESIGN.md 4.4 with their analytic gradients, and an optimizer's
// trajectory on one of them.
#include "core/optim/surface.h"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/error.h"
#include "core/rng.h"

namespace gs {
namespace {

Surface quadratic() {
  Surface s;
  s.name = "quadratic";
  // f = ½·(x² + 10·y²)
  s.value = [](double x, double y) { return 0.5 * (x * x + 10 * y * y); };
  // ∇f = (x, 10·y)
  s.gradient = [](double x, double y) { return Point2{x, 10 * y}; };
  s.minima = {{0, 0}};
  s.view = {-4, 4, -2, 2};
  s.start = {-3.5, 1.5};
  return s;
}

Surface rosenbrock() {
  Surface s;
  s.name = "rosenbrock";
  // f = (1 − x)² + 100·(y − x²)²
  s.value = [](double x, double y) {
    const double a = 1 - x, b = y - x * x;
    return a * a + 100 * b * b;
  };
  // ∂f/∂x = −2·(1 − x) − 400·x·(y − x²),  ∂f/∂y = 200·(y − x²)
  s.gradient = [](double x, double y) {
    const double b = y - x * x;
    return Point2{-2 * (1 - x) - 400 * x * b, 200 * b};
  };
  s.minima = {{1, 1}};
  s.view = {-2, 2, -1, 3};
  s.start = {-1.2, 1};
  return s;
}

Surface beale() {
  Surface s;
  s.name = "beale";
  // f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²
  s.value = [](double x, double y) {
    const double a = 1.5 - x + x * y, b = 2.25 - x + x * y * y, c = 2.625 - x + x * y * y * y;
    return a * a + b * b + c * c;
  };
  // ∂f/∂x = 2a·(y − 1) + 2b·(y² − 1) + 2c·(y³ − 1)
  // ∂f/∂y = 2a·x + 2b·2xy + 2c·3xy²
  s.gradient = [](double x, double y) {
    const double y2 = y * y, y3 = y2 * y;
    const double a = 1.5 - x + x * y, b = 2.25 - x + x * y2, c = 2.625 - x + x * y3;
    return Point2{2 * a * (y - 1) + 2 * b * (y2 - 1) + 2 * c * (y3 - 1),
                  2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y2};
  };
  s.minima = {{3, 0.5}};
  s.view = {-4.5, 4.5, -4.5, 4.5};
  s.start = {1, 1.5};
  return s;
}

Surface himmelblau() {
  Surface s;
  s.name = "himmelblau";
  // f = (x² + y − 11)² + (x + y² − 7)²
  s.value = [](double x, double y) {
    const double a = x * x + y - 11, b = x + y * y - 7;
    return a * a + b * b;
  };
  // ∂f/∂x = 4x·(x² + y − 11) + 2·(x + y² − 7),  ∂f/∂y = 2·(x² + y − 11) + 4y·(x + y² − 7)
  s.gradient = [](double x, double y) {
    const double a = x * x + y - 11, b = x + y * y - 7;
    return Point2{4 * x * a + 2 * b, 2 * a + 4 * y * b};
  };
  // The four minima (f = 0), the last three found numerically (known to 15 digits).
  s.minima = {{3, 2},
              {-2.805118086952745, 3.131312518250573},
              {-3.779310253377747, -3.283185991286170},
              {3.584428340330492, -1.848126526964404}};
  s.view = {-5, 5, -5, 5};
  s.start = {0, 0};
  return s;
}

Surface saddle() {
  Surface s;
  s.name = "saddle";
  // f = x² − y²  (unbounded below: no minimum)
  s.value = [](double x, double y) { return x * x - y * y; };
  // ∇f = (2x, −2y)
  s.gradient = [](double x, double y) { return Point2{2 * x, -2 * y}; };
  s.view = {-2, 2, -2, 2};
  s.start = {-1.5, 0.01};
  return s;
}

bool finite(double a, double b) {
  return std::isfinite(a) && std::isfinite(b);
}

} // namespace

std::vector<std::string> surfaceNames() {
  return {"quadratic", "rosenbrock", "beale", "himmelblau", "saddle"};
}

Surface makeSurface(const std::string& name) {
  if (name == "quadratic")
    return quadratic();
  if (name == "rosenbrock")
    return rosenbrock();
  if (name == "beale")
    return beale();
  if (name == "himmelblau")
    return himmelblau();
  if (name == "saddle")
    return saddle();
  throw InputError("unknown surface '" + name +
                   "' (known: quadratic, rosenbrock, beale, himmelblau, saddle)");
}

Surface customSurface(std::string name, Surface::ValueFn value, Surface::GradientFn gradient,
                      ViewRect view, Point2 start, std::vector<Point2> minima) {
  Surface s;
  s.name = std::move(name);
  s.value = std::move(value);
  s.gradient = std::move(gradient);
  s.view = view;
  s.start = start;
  s.minima = std::move(minima);
  return s;
}

std::optional<double> distanceToNearestMinimum(const Surface& surface, Point2 p) {
  if (surface.minima.empty())
    return std::nullopt;
  double best = std::numeric_limits<double>::infinity();
  for (const Point2& m : surface.minima)
    best = std::min(best, std::hypot(p.x - m.x, p.y - m.y));
  return best;
}

std::vector<double> evaluateGrid(const Surface& surface, const ViewRect& view, std::size_t nx,
                                 std::size_t ny) {
  std::vector<double> out(nx * ny);
  const double dx = nx > 1 ? (view.xMax - view.xMin) / static_cast<double>(nx - 1) : 0;
  const double dy = ny > 1 ? (view.yMax - view.yMin) / static_cast<double>(ny - 1) : 0;
  for (std::size_t iy = 0; iy < ny; ++iy) {
    const double y = view.yMin + static_cast<double>(iy) * dy;
    for (std::size_t ix = 0; ix < nx; ++ix)
      out[iy * nx + ix] = surface.value(view.xMin + static_cast<double>(ix) * dx, y);
  }
  return out;
}

double StateReadout::at(const std::string& name) const {
  for (std::size_t i = 0; i < m_values.size(); ++i)
    if ((*m_names)[i] == name)
      return m_values[i];
  throw std::out_of_range("no optimizer state named '" + name + "'");
}

bool StateReadout::contains(const std::string& name) const {
  for (std::size_t i = 0; i < m_values.size(); ++i)
    if ((*m_names)[i] == name)
      return true;
  return false;
}

std::optional<std::size_t> Trajectory::stepsToReach(double epsilon) const {
  for (std::size_t k = 0; k < points.size(); ++k)
    if (points[k].f < epsilon)
      return k;
  return std::nullopt;
}

Trajectory runTrajectory(const Surface& surface, const OptimizerConfig& config, Point2 start,
                         long steps, double noiseSigma, std::uint64_t seed, bool recordState) {
  if (steps < 0)
    throw InputError("steps must be >= 0, got " + std::to_string(steps));
  if (!finite(start.x, start.y))
    throw InputError("the start point must be finite");
  if (!(std::isfinite(noiseSigma) && noiseSigma >= 0))
    throw InputError("gradient noise sigma must be a number >= 0");
  std::unique_ptr<Optimizer<double>> optimizer = makeOptimizer<double>(config);
  // "x.<name>" for every state name, then "y.<name>"
  const std::vector<std::string> stateNames = optimizer->stateNames();
  const std::size_t n = stateNames.size();
  auto names = std::make_shared<std::vector<std::string>>();
  for (const char* prefix : {"x.", "y."})
    for (const std::string& name : stateNames)
      names->push_back(prefix + name);
  Rng rng(seed);
  Trajectory out;
  out.points.reserve(static_cast<std::size_t>(steps) + 1);
  auto diverge = [&out](std::size_t k) {
    out.divergedAt = k;
    out.message = "diverged at step " + std::to_string(k);
  };

  double x = start.x, y = start.y;
  double f = surface.value(x, y);
  Point2 g = surface.gradient(x, y);
  if (!std::isfinite(f)) {
    diverge(0);
    return out;
  }
  out.points.push_back({x, y, f, g.x, g.y, {}});
  if (!finite(g.x, g.y)) {
    diverge(0);
    return out;
  }
  for (long k = 1; k <= steps; ++k) {
    // g̃ = ∇f + N(0, σ²) per coordinate (x first, then y)
    double gx = g.x, gy = g.y;
    if (noiseSigma > 0) {
      gx += noiseSigma * rng.normal();
      gy += noiseSigma * rng.normal();
    }
    optimizer->step({{&x, &gx, 1}, {&y, &gy, 1}});
    f = surface.value(x, y);
    g = surface.gradient(x, y);
    const std::size_t step = static_cast<std::size_t>(k);
    if (!finite(x, y) || !std::isfinite(f)) {
      diverge(step);
      return out;
    }
    TrajectoryPoint point{x, y, f, g.x, g.y, {}};
    if (recordState && n > 0) {
      std::vector<double> values(2 * n);
      if (optimizer->stateValues(0, 0, values.data()) &&
          optimizer->stateValues(1, 0, values.data() + n))
        point.state = StateReadout(names, std::move(values));
    }
    out.points.push_back(std::move(point));
    if (!finite(g.x, g.y)) {
      diverge(step);
      return out;
    }
  }
  return out;
}

} // namespace gs
