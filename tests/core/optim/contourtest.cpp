// Marching squares on f = x² + y², whose level sets are circles of radius √level, and the
// choice of levels.
#include "core/optim/contour.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <map>
#include <numbers>

namespace {

// f = x² + y² on [−2, 2]² at 101 × 101 points (spacing 0.04), laid out as evaluateGrid's.
std::vector<double> bowl(std::size_t n, const gs::ViewRect& view) {
  std::vector<double> values(n * n);
  for (std::size_t iy = 0; iy < n; ++iy)
    for (std::size_t ix = 0; ix < n; ++ix) {
      const double x = view.xMin + (view.xMax - view.xMin) * static_cast<double>(ix) / (n - 1);
      const double y = view.yMin + (view.yMax - view.yMin) * static_cast<double>(iy) / (n - 1);
      values[iy * n + ix] = x * x + y * y;
    }
  return values;
}

TEST(Contour, CircleLevelsLieOnTheirRadius) {
  const gs::ViewRect view{-2, 2, -2, 2};
  const std::vector<double> values = bowl(101, view);
  // Levels that no grid node hits exactly (1.0 would: 0.6² + 0.8² = 1 lies on the grid).
  for (double level : {0.3, 1.1, 2.89}) {
    SCOPED_TRACE(level);
    const double r = std::sqrt(level);
    const auto segments = gs::contourSegments(values, 101, 101, view, level);
    ASSERT_FALSE(segments.empty());
    double length = 0;
    // Each end is on a grid edge where linear interpolation of x² between two nodes h apart
    // errs by at most h²/4 in f, i.e. about h²/(8r) = 2e-4/r in radius (5% slack for the
    // second-order term of √).
    for (const auto& s : segments) {
      EXPECT_NEAR(std::hypot(s.a.x, s.a.y), r, 2.1e-4 / r);
      EXPECT_NEAR(std::hypot(s.b.x, s.b.y), r, 2.1e-4 / r);
      length += std::hypot(s.b.x - s.a.x, s.b.y - s.a.y);
    }
    // The chords of a circle are a bit shorter than its circumference 2πr.
    EXPECT_NEAR(length, 2 * std::numbers::pi * r, 2e-3 * 2 * std::numbers::pi * r);
    // Closed curve: every end point is shared by exactly two segments.
    std::map<std::pair<long, long>, int> ends;
    for (const auto& s : segments)
      for (const auto& p : {s.a, s.b})
        ++ends[{std::lround(p.x * 1e9), std::lround(p.y * 1e9)}];
    for (const auto& [point, count] : ends)
      EXPECT_EQ(count, 2);
  }
}

TEST(Contour, LevelOutsideTheRangeOrNaNCellsGiveNothing) {
  const gs::ViewRect view{-1, 1, -1, 1};
  std::vector<double> values = bowl(11, view);
  EXPECT_TRUE(gs::contourSegments(values, 11, 11, view, 5.0).empty()); // max is 2
  EXPECT_TRUE(gs::contourSegments(values, 11, 11, view, -1.0).empty());
  // A 2 × 2 grid crossing the level once: one segment from the bottom edge to the left edge.
  // Corners 00 = 0, 10 = 2, 11 = 2, 01 = 2; level 1 crosses bottom at x = 0.5, left at y = 0.5.
  const auto one = gs::contourSegments({0, 2, 2, 2}, 2, 2, {0, 1, 0, 1}, 1.0);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_DOUBLE_EQ(one[0].a.x, 0.5);
  EXPECT_DOUBLE_EQ(one[0].a.y, 0);
  EXPECT_DOUBLE_EQ(one[0].b.x, 0);
  EXPECT_DOUBLE_EQ(one[0].b.y, 0.5);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_TRUE(gs::contourSegments({nan, 2, 2, 2}, 2, 2, {0, 1, 0, 1}, 1.0).empty());
}

TEST(Contour, SaddleIsResolvedByTheCellMean) {
  // Corners 00 = 1, 10 = 0, 11 = 1, 01 = 0 at level 0.5: mean 0.5 ≥ level joins 00 and 11,
  // so the two lines cut off corners 10 and 01.
  const auto segments = gs::contourSegments({1, 0, 0, 1}, 2, 2, {0, 1, 0, 1}, 0.5);
  ASSERT_EQ(segments.size(), 2u);
  // bottom (0.5, 0) – right (1, 0.5) around corner 10
  EXPECT_DOUBLE_EQ(segments[0].a.x, 0.5);
  EXPECT_DOUBLE_EQ(segments[0].b.x, 1);
  EXPECT_DOUBLE_EQ(segments[0].b.y, 0.5);
  // top (0.5, 1) – left (0, 0.5) around corner 01
  EXPECT_DOUBLE_EQ(segments[1].a.y, 1);
  EXPECT_DOUBLE_EQ(segments[1].b.x, 0);
}

TEST(Contour, LevelsLinearOrLogarithmic) {
  const gs::ValueRange wide = gs::valueRange({0, 1, 10, 1e4, std::nan("")});
  EXPECT_EQ(wide.min, 0);
  EXPECT_EQ(wide.max, 1e4);
  EXPECT_EQ(wide.minPositive, 1);
  EXPECT_TRUE(wide.logScale);
  // log10 from 0 to 4 in 4 steps: middles at 0.5, 1.5, 2.5, 3.5
  const auto logLevels = gs::contourLevels(wide, 4);
  ASSERT_EQ(logLevels.size(), 4u);
  EXPECT_NEAR(logLevels[0], std::pow(10, 0.5), 1e-12);
  EXPECT_NEAR(logLevels[3], std::pow(10, 3.5), 1e-9);

  // Negative values (a saddle) rule out a log scale: levels evenly spaced.
  const gs::ValueRange saddle = gs::valueRange({-4, 0, 4});
  EXPECT_FALSE(saddle.logScale);
  const auto linear = gs::contourLevels(saddle, 4);
  ASSERT_EQ(linear.size(), 4u);
  EXPECT_DOUBLE_EQ(linear[0], -3);
  EXPECT_DOUBLE_EQ(linear[3], 3);
  // Less than two decades: linear too.
  EXPECT_FALSE(gs::valueRange({1, 50}).logScale);
}

} // namespace
