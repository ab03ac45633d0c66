#include "shapes.h"

#include "../error.h"

#include <algorithm>
#include <cmath>

namespace gs {

namespace {

constexpr int kSide = 28;

struct Vec {
  double x, y;
};

// std::hypot guards against overflow at several times the cost; pixel distances never overflow.
double norm(double x, double y) {
  return std::sqrt(x * x + y * y);
}

// Distance from p to the segment ab.
double segmentDistance(Vec p, Vec a, Vec b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0;
  t = std::clamp(t, 0.0, 1.0);
  return norm(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

struct Figure {
  int kind;
  Vec c;       ///< centre, pixels
  double s;    ///< half extent, pixels
  double sign; ///< diagonal direction: +1 "\", -1 "/"
};

// Distance from the pixel centre p to the figure's stroke (0 inside a filled figure).
double distance(const Figure& f, Vec p) {
  const double dx = p.x - f.c.x, dy = p.y - f.c.y;
  const Vec c = f.c;
  const double s = f.s;
  switch (f.kind) {
  case 0:
    return segmentDistance(p, {c.x - s, c.y}, {c.x + s, c.y});
  case 1:
    return segmentDistance(p, {c.x, c.y - s}, {c.x, c.y + s});
  case 2:
    return segmentDistance(p, {c.x - s, c.y - f.sign * s}, {c.x + s, c.y + f.sign * s});
  case 3:
    return std::min(segmentDistance(p, {c.x - s, c.y}, {c.x + s, c.y}),
                    segmentDistance(p, {c.x, c.y - s}, {c.x, c.y + s}));
  case 4:
    return std::abs(norm(dx, dy) - s);
  case 5:
    return std::abs(std::max(std::abs(dx), std::abs(dy)) - s);
  case 6: {
    // Upright triangle: apex above the centre, base below (image rows grow downwards).
    const Vec top{c.x, c.y - s}, left{c.x - s, c.y + s}, right{c.x + s, c.y + s};
    return std::min({segmentDistance(p, top, left), segmentDistance(p, left, right),
                     segmentDistance(p, right, top)});
  }
  default:
    return std::max(norm(dx, dy) - s, 0.0);
  }
}

} // namespace

std::vector<std::string> shapesClassNames() {
  return {"horizontal line", "vertical line", "diagonal", "cross",
          "circle",          "square",        "triangle", "disc"};
}

Dataset makeShapes(const ShapesOptions& o) {
  if (o.samples < 1)
    throw InputError("shapes: the number of samples must be at least 1, got " +
                     std::to_string(o.samples));
  if (o.classes < 2 || o.classes > 8)
    throw InputError("shapes: classes must lie in 2..8, got " + std::to_string(o.classes));
  if (!(o.noise >= 0) || !std::isfinite(o.noise))
    throw InputError("shapes: noise must be a number ≥ 0");
  auto storage = std::make_shared<DataStorage>();
  storage->name = "shapes";
  storage->sampleShape = {1, kSide, kSide};
  storage->count = static_cast<std::size_t>(o.samples);
  storage->classes = o.classes;
  const std::vector<std::string> names = shapesClassNames();
  storage->classNames.assign(names.begin(), names.begin() + o.classes);
  storage->labels.resize(storage->count);
  storage->bytes.resize(storage->count * kSide * kSide);
  Rng rng(o.seed);
  // Pixel noise draws from a table of 4096 normal values picked by 12-bit random indices:
  // five pixels per engine call instead of a Box-Muller transform (log, sqrt, sin) each.
  std::vector<double> normals(4096);
  for (double& v : normals)
    v = rng.normal();
  std::uint64_t bits = 0;
  int bitsLeft = 0;
  for (int i = 0; i < o.samples; ++i) {
    Figure f{};
    f.kind = i % o.classes;
    f.s = rng.uniform(4.0, 10.0);
    // Keep the figure and its stroke inside the image.
    const double margin = f.s + 2.0;
    f.c = {rng.uniform(margin, kSide - margin), rng.uniform(margin, kSide - margin)};
    f.sign = rng.uniform() < 0.5 ? 1.0 : -1.0;
    const double thickness = rng.uniform(1.2, 3.0);
    const double brightness = rng.uniform(0.7, 1.0);
    std::uint8_t* out = storage->bytes.data() + static_cast<std::size_t>(i) * kSide * kSide;
    for (int row = 0; row < kSide; ++row) {
      for (int col = 0; col < kSide; ++col) {
        const double d = distance(f, {col + 0.5, row + 0.5});
        // Anti-aliased stroke: full inside thickness/2, fading to 0 over one pixel.
        double v = brightness * std::clamp(thickness / 2 + 0.5 - d, 0.0, 1.0);
        if (o.noise > 0) {
          if (bitsLeft == 0) {
            bits = rng.next();
            bitsLeft = 5;
          }
          v = std::clamp(v + o.noise * normals[bits & 4095], 0.0, 1.0);
          bits >>= 12;
          --bitsLeft;
        }
        out[row * kSide + col] = static_cast<std::uint8_t>(std::lround(v * 255.0));
      }
    }
    storage->labels[i] = f.kind;
  }
  return Dataset(std::move(storage));
}

} // namespace gs
