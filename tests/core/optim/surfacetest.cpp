// Loss surfaces (DESIGN.md 4.4) and trajectories on them.
#include <gtest/gtest.h>

#include <cmath>

#include "core/error.h"
#include "core/optim/surface.h"

namespace {

TEST(Surface, ValuesAtHandPickedPoints) {
  // quadratic (1, 1): ½·(1 + 10) = 5.5
  EXPECT_DOUBLE_EQ(gs::makeSurface("quadratic").f(1, 1), 5.5);
  // rosenbrock (0, 0): (1 − 0)² + 100·0² = 1;  (−1, 2): 4 + 100·1 = 104
  EXPECT_DOUBLE_EQ(gs::makeSurface("rosenbrock").f(0, 0), 1);
  EXPECT_DOUBLE_EQ(gs::makeSurface("rosenbrock").f(-1, 2), 104);
  // beale (0, 0): 1.5² + 2.25² + 2.625² = 2.25 + 5.0625 + 6.890625 = 14.203125
  EXPECT_DOUBLE_EQ(gs::makeSurface("beale").f(0, 0), 14.203125);
  // himmelblau (0, 0): 121 + 49 = 170
  EXPECT_DOUBLE_EQ(gs::makeSurface("himmelblau").f(0, 0), 170);
  // saddle (1, 2): 1 − 4
  EXPECT_DOUBLE_EQ(gs::makeSurface("saddle").f(1, 2), -3);
}

TEST(Surface, AnalyticGradientsMatchFiniteDifferences) {
  // central differences, h = 1e-6, at points spread over each surface's view
  const double h = 1e-6;
  for (const std::string& name : gs::surfaceNames()) {
    const gs::Surface s = gs::makeSurface(name);
    for (const gs::Point2 p :
         {gs::Point2{0.3, -0.7}, gs::Point2{-1.1, 1.3}, gs::Point2{1.7, 0.4}}) {
      const gs::Point2 g = s.grad(p.x, p.y);
      const double dx = (s.f(p.x + h, p.y) - s.f(p.x - h, p.y)) / (2 * h);
      const double dy = (s.f(p.x, p.y + h) - s.f(p.x, p.y - h)) / (2 * h);
      EXPECT_NEAR(g.x, dx, 1e-5 * std::max(1.0, std::abs(dx))) << name;
      EXPECT_NEAR(g.y, dy, 1e-5 * std::max(1.0, std::abs(dy))) << name;
    }
  }
}

TEST(Surface, MinimaAreStationaryWithZeroValue) {
  for (const char* name : {"quadratic", "rosenbrock", "beale", "himmelblau"}) {
    const gs::Surface s = gs::makeSurface(name);
    ASSERT_FALSE(s.minima.empty()) << name;
    for (const gs::Point2 m : s.minima) {
      EXPECT_NEAR(s.f(m.x, m.y), 0, 1e-20) << name;
      EXPECT_NEAR(s.grad(m.x, m.y).x, 0, 1e-12) << name;
      EXPECT_NEAR(s.grad(m.x, m.y).y, 0, 1e-12) << name;
      EXPECT_TRUE(s.view.contains(m)) << name;
    }
    EXPECT_TRUE(s.view.contains(s.start)) << name;
  }
  EXPECT_EQ(gs::makeSurface("himmelblau").minima.size(), 4u);
  EXPECT_TRUE(gs::makeSurface("saddle").minima.empty());
  EXPECT_THROW(gs::makeSurface("ackley"), gs::InputError);
}

TEST(Surface, DistanceToNearestMinimum) {
  // himmelblau's nearest minimum to (3, 5) is (3, 2): distance 3
  EXPECT_DOUBLE_EQ(*gs::distanceToNearestMinimum(gs::makeSurface("himmelblau"), {3, 5}), 3);
  EXPECT_FALSE(gs::distanceToNearestMinimum(gs::makeSurface("saddle"), {0, 0}));
}

TEST(Surface, GridIsRowMajorWithYOuter) {
  const gs::Surface s = gs::makeSurface("saddle");
  const auto grid = gs::evaluateGrid(s, {-1, 1, 0, 2}, 3, 2);
  ASSERT_EQ(grid.size(), 6u);
  // row iy = 1 is y = 2; column ix = 0 is x = −1: 1 − 4 = −3; ix = 1 is x = 0: −4
  EXPECT_DOUBLE_EQ(grid[3], -3);
  EXPECT_DOUBLE_EQ(grid[4], -4);
  EXPECT_DOUBLE_EQ(grid[2], 1); // (1, 0)
}

TEST(Trajectory, SgdOnQuadraticByHand) {
  gs::OptimizerConfig c;
  c.name = "sgd";
  c.lr = 0.05;
  const gs::Trajectory t = gs::runTrajectory(gs::makeSurface("quadratic"), c, {-3.5, 1.5}, 2);
  ASSERT_EQ(t.points.size(), 3u); // the start and two steps
  // start f = ½·(12.25 + 22.5) = 17.375
  EXPECT_DOUBLE_EQ(t.points[0].f, 17.375);
  EXPECT_DOUBLE_EQ(t.points[0].gradX, -3.5);
  EXPECT_DOUBLE_EQ(t.points[0].gradY, 15);
  // x ← −3.5 − 0.05·(−3.5) = −3.325;  y ← 1.5 − 0.05·15 = 0.75
  EXPECT_DOUBLE_EQ(t.points[1].x, -3.325);
  EXPECT_DOUBLE_EQ(t.points[1].y, 0.75);
  EXPECT_NEAR(t.points[2].x, -3.15875, 1e-15);
  EXPECT_NEAR(t.points[2].y, 0.375, 1e-15);
  EXPECT_FALSE(t.divergedAt);
  EXPECT_TRUE(t.points[0].state.empty());
  EXPECT_EQ(t.stepsToReach(10), std::optional<std::size_t>(1));
  EXPECT_FALSE(t.stepsToReach(1e-3));
}

TEST(Trajectory, RecordsTheOptimizerStatePerCoordinate) {
  const gs::Trajectory t =
      gs::runTrajectory(gs::makeSurface("quadratic"), gs::presetConfig("adam"), {1, 1}, 1);
  const auto& s = t.points[1].state;
  // first step: m = 0.1·g, g = (1, 10)
  EXPECT_NEAR(s.at("x.exp_avg"), 0.1, 1e-15);
  EXPECT_NEAR(s.at("y.exp_avg"), 1.0, 1e-15);
  EXPECT_NEAR(s.at("y.exp_avg_sq_hat"), 100, 1e-9);
  EXPECT_EQ(s.at("x.step"), 1);
  const gs::Trajectory bare = gs::runTrajectory(gs::makeSurface("quadratic"),
                                                gs::presetConfig("adam"), {1, 1}, 1, 0, 0, false);
  EXPECT_TRUE(bare.points[1].state.empty());
  EXPECT_EQ(bare.points[1].x, t.points[1].x);
}

TEST(Trajectory, DivergenceStopsAtTheStep) {
  // f = log(x) + y², gradient (1/x, 2y): SGD with lr 1 from x = 0.5 goes to 0.5 − 2 = −1.5,
  // where log is NaN: diverged at step 1, only the start is kept.
  const gs::Surface s = gs::customSurface(
      "log", [](double x, double y) { return std::log(x) + y * y; },
      [](double x, double y) {
        return gs::Point2{1 / x, 2 * y};
      },
      {-2, 2, -2, 2}, {0.5, 0});
  gs::OptimizerConfig c;
  c.lr = 1;
  const gs::Trajectory t = gs::runTrajectory(s, c, {0.5, 0}, 10);
  EXPECT_EQ(t.points.size(), 1u);
  ASSERT_TRUE(t.divergedAt);
  EXPECT_EQ(*t.divergedAt, 1u);
  EXPECT_EQ(t.message, "diverged at step 1");

  // SGD with lr 1.5 on the saddle's y: y ← y + 3y = 4y, overflowing to inf after ~512 steps.
  c.lr = 1.5;
  const gs::Trajectory saddle = gs::runTrajectory(gs::makeSurface("saddle"), c, {0, 1}, 2000);
  ASSERT_TRUE(saddle.divergedAt);
  EXPECT_EQ(saddle.points.size(), *saddle.divergedAt);
  EXPECT_LT(*saddle.divergedAt, 2000u);
}

TEST(Trajectory, NoiseIsSeededAndOnlyAddsNoise) {
  const gs::Surface s = gs::makeSurface("rosenbrock");
  const gs::OptimizerConfig c = gs::presetConfig("adam");
  const auto a = gs::runTrajectory(s, c, s.start, 50, 0.5, 7);
  const auto b = gs::runTrajectory(s, c, s.start, 50, 0.5, 7);
  const auto other = gs::runTrajectory(s, c, s.start, 50, 0.5, 8);
  const auto clean = gs::runTrajectory(s, c, s.start, 50, 0, 7);
  EXPECT_EQ(a.points.back().x, b.points.back().x);
  EXPECT_EQ(a.points.back().y, b.points.back().y);
  EXPECT_NE(a.points.back().x, other.points.back().x);
  EXPECT_NE(a.points.back().x, clean.points.back().x);
  // the recorded gradient is the exact one, not the noisy one
  EXPECT_EQ(a.points[3].gradX, s.grad(a.points[3].x, a.points[3].y).x);
}

TEST(Trajectory, RejectsBadInput) {
  const gs::Surface s = gs::makeSurface("quadratic");
  gs::OptimizerConfig c;
  EXPECT_THROW(gs::runTrajectory(s, c, {0, 0}, -1), gs::InputError);
  EXPECT_THROW(gs::runTrajectory(s, c, {std::nan(""), 0}, 5), gs::InputError);
  EXPECT_THROW(gs::runTrajectory(s, c, {0, 0}, 5, -0.1), gs::InputError);
  c.lr = 0;
  EXPECT_THROW(gs::runTrajectory(s, c, {0, 0}, 5), gs::InputError);
  c.lr = 0.1;
  EXPECT_EQ(gs::runTrajectory(s, c, {1, 2}, 0).points.size(), 1u);
}

} // namespace
