#pragma once
// `shapes`: 1×28×28 grey images of simple figures, drawn on the fly from a seed, a
// Fashion-MNIST-sized task that needs no download. Each figure gets a random centre, size,
// stroke thickness and brightness, then Gaussian pixel noise; pixels are stored as bytes.
#include "dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gs {

struct ShapesOptions {
  int samples = 6000;
  double noise = 0.1; ///< std of the pixel noise, on the [0, 1] brightness scale
  int classes = 8;    ///< the first `classes` of shapesClassNames(), 2..8
  std::uint64_t seed = 0;
};

/// "horizontal line", "vertical line", "diagonal", "cross", "circle", "square", "triangle",
/// "disc" (filled circle).
std::vector<std::string> shapesClassNames();

/// Sample i has class i mod classes. InputError for bad options.
Dataset makeShapes(const ShapesOptions& options);

} // namespace gs
