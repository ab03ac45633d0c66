#pragma once
// The data of the gradients experiment: a DATA spec of `train --data` as one full batch.
// A step uses every sample up to kMaxExperimentSamples (the first ones in data order, where
// classes are interleaved), so step 1 is the same for every run with the same seed.
#include "../tensor.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gs {

constexpr std::size_t kMaxExperimentSamples = 512;

struct ExperimentData {
  Tensor x;                ///< [N, ...sampleShape]
  std::vector<int> labels; ///< [N]
  Shape sampleShape;
  int classes = 0;
};

/// InputError when the spec is unknown or its data has no class labels.
ExperimentData loadExperimentData(const std::string& spec, std::uint64_t seed);

} // namespace gs
