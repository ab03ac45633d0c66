#include "experimentdata.h"

#include "../data/dataspec.h"
#include "../error.h"

#include <algorithm>

namespace gs {

ExperimentData loadExperimentData(const std::string& spec, std::uint64_t seed) {
  DataOptions options;
  options.seed = seed;
  const Dataset data = loadData(parseDataSpec(spec), options).train;
  if (!data.hasLabels() || data.classes() < 2)
    throw InputError("--data: the gradients experiment needs class labels (2 or more classes), "
                     "'" +
                     spec + "' has none");
  const std::size_t n = std::min(data.size(), kMaxExperimentSamples);
  Batch batch = data.slice(0, n);
  ExperimentData out;
  out.x = std::move(batch.x);
  out.labels = std::move(batch.labels);
  out.sampleShape = data.sampleShape();
  out.classes = data.classes();
  return out;
}

} // namespace gs
