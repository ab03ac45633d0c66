#include "core/optim/contour.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace gs {

std::vector<ContourSegment> contourSegments(const std::vector<double>& values, std::size_t nx,
                                            std::size_t ny, const ViewRect& view, double level) {
  std::vector<ContourSegment> segments;
  if (nx < 2 || ny < 2 || values.size() < nx * ny)
    return segments;
  const double dx = (view.xMax - view.xMin) / static_cast<double>(nx - 1);
  const double dy = (view.yMax - view.yMin) / static_cast<double>(ny - 1);
  for (std::size_t iy = 0; iy + 1 < ny; ++iy) {
    const double y0 = view.yMin + static_cast<double>(iy) * dy;
    for (std::size_t ix = 0; ix + 1 < nx; ++ix) {
      // Corners counter-clockwise from the bottom left: 00, 10, 11, 01.
      const double v00 = values[iy * nx + ix], v10 = values[iy * nx + ix + 1];
      const double v11 = values[(iy + 1) * nx + ix + 1], v01 = values[(iy + 1) * nx + ix];
      const bool a00 = v00 >= level, a10 = v10 >= level, a11 = v11 >= level, a01 = v01 >= level;
      if (a00 == a10 && a10 == a11 && a11 == a01)
        continue;
      if (!std::isfinite(v00) || !std::isfinite(v10) || !std::isfinite(v11) || !std::isfinite(v01))
        continue;
      const double x0 = view.xMin + static_cast<double>(ix) * dx;
      // Where the level crosses the edge from value va to vb: t = (level − va) / (vb − va).
      const auto t = [level](double va, double vb) { return (level - va) / (vb - va); };
      // Crossings on the edges bottom, right, top, left (only meaningful where crossed).
      const Point2 bottom{x0 + t(v00, v10) * dx, y0};
      const Point2 right{x0 + dx, y0 + t(v10, v11) * dy};
      const Point2 top{x0 + t(v01, v11) * dx, y0 + dy};
      const Point2 left{x0, y0 + t(v00, v01) * dy};
      const bool cb = a00 != a10, cr = a10 != a11, ct = a01 != a11, cl = a00 != a01;
      if (cb && cr && ct && cl) {
        // Saddle: the mean of the corners says whether the centre joins corners 00 and 11
        // (then the lines cut off 10 and 01) or joins 10 and 01 (they cut off 00 and 11).
        const bool centre = (v00 + v10 + v11 + v01) / 4 >= level;
        if (centre == a00) {
          segments.push_back({bottom, right});
          segments.push_back({top, left});
        } else {
          segments.push_back({left, bottom});
          segments.push_back({right, top});
        }
        continue;
      }
      // Exactly two edges are crossed.
      Point2 ends[2];
      int n = 0;
      if (cb)
        ends[n++] = bottom;
      if (cr)
        ends[n++] = right;
      if (ct)
        ends[n++] = top;
      if (cl)
        ends[n++] = left;
      segments.push_back({ends[0], ends[1]});
    }
  }
  return segments;
}

ValueRange valueRange(const std::vector<double>& values) {
  ValueRange range;
  double lo = std::numeric_limits<double>::infinity(), hi = -lo, pos = lo;
  for (double v : values) {
    if (!std::isfinite(v))
      continue;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
    if (v > 0)
      pos = std::min(pos, v);
  }
  if (lo > hi)
    return range;
  range.min = lo;
  range.max = hi;
  range.minPositive = std::isfinite(pos) ? pos : 0;
  range.logScale = lo >= 0 && range.minPositive > 0 && hi >= 100 * range.minPositive;
  return range;
}

std::vector<double> contourLevels(const ValueRange& range, int count) {
  std::vector<double> levels;
  if (count <= 0 || !(range.max > range.min))
    return levels;
  if (range.logScale) {
    const double lo = std::log10(std::max(range.minPositive, range.max * 1e-6));
    const double hi = std::log10(range.max);
    for (int k = 0; k < count; ++k)
      levels.push_back(std::pow(10.0, lo + (hi - lo) * (k + 0.5) / count));
  } else {
    for (int k = 0; k < count; ++k)
      levels.push_back(range.min + (range.max - range.min) * (k + 0.5) / count);
  }
  return levels;
}

SurfaceMap surfaceMap(const Surface& surface, const ViewRect& view, std::size_t n, int levelCount) {
  SurfaceMap map;
  map.view = view;
  map.n = n;
  map.values = evaluateGrid(surface, view, n, n);
  map.range = valueRange(map.values);
  map.levels = contourLevels(map.range, levelCount);
  for (double level : map.levels)
    map.contours.push_back(contourSegments(map.values, n, n, view, level));
  return map;
}

} // namespace gs
