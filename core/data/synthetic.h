#pragma once
// Built-in 2-D toy sets, nothing to download: circle, xor, gaussians, spiral, moons.
// Points lie roughly in [-1.5, 1.5]²; sample i has class i mod classes, so classes are
// balanced and interleaved (a consecutive mini-batch sees every class).
#include "dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gs {

struct SyntheticOptions {
  int samples = 400;
  double noise = 0.1; ///< std of the Gaussian jitter added to each coordinate
  int classes = 2;    ///< circle, gaussians, spiral: 2 or more; xor, moons: 2 only
  std::uint64_t seed = 0;
};

/// circle (concentric rings), xor (quadrants), gaussians (blobs on a circle), spiral (arms),
/// moons (two interleaved half circles). InputError for an unknown name or bad options.
Dataset makeSynthetic(const std::string& name, const SyntheticOptions& options);

std::vector<std::string> syntheticNames();

} // namespace gs
