#pragma once
// Contour lines of a sampled surface by marching squares, and the levels to draw them at.
// The grid is laid out as evaluateGrid() returns it: nx × ny values, row-major with y outer
// (index = iy·nx + ix), x = xMin + ix·(xMax−xMin)/(nx−1), the same for y.
#include <cstddef>
#include <vector>

#include "core/optim/surface.h"

namespace gs {

/// One straight piece of a contour line, in surface coordinates.
struct ContourSegment {
  Point2 a, b;
};

/// The pieces of the level set f = level. Each grid cell whose corners straddle the level gives
/// one segment (two at a saddle, resolved by the cell's mean); the crossing on an edge is
/// interpolated linearly between its corners. Cells with a NaN or Inf corner give none.
/// `values` must hold nx·ny values with nx, ny ≥ 2.
std::vector<ContourSegment> contourSegments(const std::vector<double>& values, std::size_t nx,
                                            std::size_t ny, const ViewRect& view, double level);

/// Summary of the finite values of a grid, for choosing colours and levels.
struct ValueRange {
  double min = 0, max = 0;
  /// Smallest value > 0 (0 if there is none).
  double minPositive = 0;
  /// True when f ≥ 0 everywhere and spans at least two decades: then a logarithmic colour
  /// scale and log-spaced levels show the valley as well as the walls.
  bool logScale = false;
};
ValueRange valueRange(const std::vector<double>& values);

/// `count` levels strictly inside the range, at the middles of `count` equal steps:
/// linear steps, or steps of log10 f when range.logScale (from max(minPositive, max·1e-6)).
std::vector<double> contourLevels(const ValueRange& range, int count);

/// Everything the colour map of a surface needs: f on an n × n grid over `view`, its range,
/// `levelCount` contour levels and the segments of each.
struct SurfaceMap {
  ViewRect view;
  std::size_t n = 0;
  std::vector<double> values; ///< as evaluateGrid
  ValueRange range;
  std::vector<double> levels;
  std::vector<std::vector<ContourSegment>> contours; ///< contours[k] at levels[k]
};
SurfaceMap surfaceMap(const Surface& surface, const ViewRect& view, std::size_t n, int levelCount);

} // namespace gs
