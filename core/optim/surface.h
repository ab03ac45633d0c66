#pragma once
// Loss surfaces f(x, y) for the optimizer race (DESIGN.md section 4.4) and the trajectory an
// optimizer follows on one of them. The built-in surfaces carry their analytic gradient; a
// surface can also be built from any (value, gradient) pair, e.g. a parsed expression.
// Everything here is float64: the optimizers run as Optimizer<double>.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/optim/optimizer.h"

namespace gs {

/// A point (x, y) of the plane.
struct Point2 {
  double x = 0;
  double y = 0;
};

/// The rectangle a surface is best looked at in.
struct ViewRect {
  double xMin = -1, xMax = 1;
  double yMin = -1, yMax = 1;
  bool contains(Point2 p) const { return p.x >= xMin && p.x <= xMax && p.y >= yMin && p.y <= yMax; }
};

/// A function of two variables with its exact gradient.
struct Surface {
  using ValueFn = std::function<double(double x, double y)>;
  /// Returns {df/dx, df/dy}.
  using GradientFn = std::function<Point2(double x, double y)>;

  std::string name;
  ValueFn value;
  GradientFn gradient;
  /// Known minima (empty for the saddle, or when unknown).
  std::vector<Point2> minima;
  ViewRect view;
  Point2 start;

  double f(double x, double y) const { return value(x, y); }
  Point2 grad(double x, double y) const { return gradient(x, y); }
};

/// Built-in surface names, in the order of DESIGN.md 4.4:
/// quadratic, rosenbrock, beale, himmelblau, saddle.
std::vector<std::string> surfaceNames();

/// A built-in surface by name; InputError naming the unknown surface and listing the known ones.
Surface makeSurface(const std::string& name);

/// A surface from a user's value and gradient functions (the expression parser plugs in here).
Surface customSurface(std::string name, Surface::ValueFn value, Surface::GradientFn gradient,
                      ViewRect view, Point2 start, std::vector<Point2> minima = {});

/// Distance from p to the nearest known minimum; nullopt when the surface lists none.
std::optional<double> distanceToNearestMinimum(const Surface& surface, Point2 p);

/// Values of f on an nx × ny grid over `view` (row-major, y outer: index = iy·nx + ix,
/// x = xMin + ix·(xMax−xMin)/(nx−1), same for y). Non-finite values are kept as they are.
std::vector<double> evaluateGrid(const Surface& surface, const ViewRect& view, std::size_t nx,
                                 std::size_t ny);

/// The optimizer's state at one trajectory point, as (name, value) pairs such as
/// ("x.exp_avg", 0.1). Reads like a std::map: `for (const auto& [key, value] : state)`,
/// at(name), empty(). The names are shared by all points of a trajectory, so recording the
/// state every step costs one small array per point.
class StateReadout {
public:
  StateReadout() = default;
  StateReadout(std::shared_ptr<const std::vector<std::string>> names, std::vector<double> values)
      : m_names(std::move(names))
      , m_values(std::move(values)) {}

  bool empty() const { return m_values.empty(); }
  std::size_t size() const { return m_values.size(); }
  /// The value named `name`; std::out_of_range when there is none (as std::map::at).
  double at(const std::string& name) const;
  bool contains(const std::string& name) const;

  class Iterator {
  public:
    Iterator(const StateReadout* readout, std::size_t i)
        : m_readout(readout)
        , m_i(i) {}
    std::pair<const std::string&, double> operator*() const {
      return {(*m_readout->m_names)[m_i], m_readout->m_values[m_i]};
    }
    Iterator& operator++() {
      ++m_i;
      return *this;
    }
    bool operator==(const Iterator& other) const = default;

  private:
    const StateReadout* m_readout;
    std::size_t m_i;
  };
  Iterator begin() const { return {this, 0}; }
  Iterator end() const { return {this, m_values.size()}; }

private:
  std::shared_ptr<const std::vector<std::string>> m_names;
  std::vector<double> m_values;
};

/// One point of a trajectory: where the optimizer is after `step` updates.
struct TrajectoryPoint {
  double x = 0, y = 0, f = 0;
  /// Exact gradient of f at (x, y), without noise.
  double gradX = 0, gradY = 0;
  /// Optimizer state after this step for the hover readout, keyed as Optimizer::inspect()
  /// for coordinate x ("x.") and y ("y."), e.g. "x.exp_avg", "y.square_avg", "x.step". Empty at
  /// step 0, for an optimizer without state (plain sgd), and with recordState = false.
  StateReadout state;
};

struct Trajectory {
  /// points[k] is the position after k updates; points[0] is the start.
  std::vector<TrajectoryPoint> points;
  /// Step at which f or the gradient became NaN or Inf; the trajectory stops there. When the
  /// position itself is not finite the point is not stored (points.size() == divergedAt).
  std::optional<std::size_t> divergedAt;
  /// "diverged at step k" or empty.
  std::string message;

  /// First step with f < epsilon, or nullopt.
  std::optional<std::size_t> stepsToReach(double epsilon) const;
};

/// Runs `steps` updates of the optimizer described by `config` from `start`. The optimizer sees
/// x and y as two parameters of size 1 (index 0 = x, index 1 = y), as torch would with two
/// scalar tensors. With noiseSigma > 0, N(0, σ²) drawn from Rng(seed) is added to each gradient
/// coordinate (x then y, every step) before the update. Throws InputError for a bad config or
/// steps < 0.
Trajectory runTrajectory(const Surface& surface, const OptimizerConfig& config, Point2 start,
                         long steps, double noiseSigma = 0, std::uint64_t seed = 0,
                         bool recordState = true);

} // namespace gs
