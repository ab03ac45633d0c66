#include "datafile.h"

#include "../error.h"
#include "../jsontensor.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace gs {

Dataset datasetFromJson(const nlohmann::json& document, const std::string& where) {
  if (!document.is_object())
    throw InputError(where + ": expected an object {\"x\": [...], \"y\": [...]}");
  for (const auto& [key, value] : document.items())
    if (key != "x" && key != "y")
      throw InputError(where + ": unknown field '" + key + "' (expected \"x\" and \"y\")");
  if (!document.contains("x") || !document.contains("y"))
    throw InputError(where + ": needs both \"x\" and \"y\"");
  if (!document["x"].is_array() || document["x"].empty())
    throw InputError(where + ": \"x\" must be a non-empty array of samples");
  const Tensor x = tensorFromJson(document["x"], where + ": x", 1, 4);
  Tensor y = tensorFromJson(document["y"], where + ": y", 1, 2);
  const int n = x.dim(0);
  if (y.dim(0) != n)
    throw InputError(where + ": x holds " + std::to_string(n) + " samples but y holds " +
                     std::to_string(y.dim(0)));
  auto storage = std::make_shared<DataStorage>();
  storage->name = where;
  storage->sampleShape = Shape(x.shape().begin() + 1, x.shape().end());
  if (storage->sampleShape.empty())
    storage->sampleShape = {1};
  storage->count = static_cast<std::size_t>(n);
  storage->features = x.toVector();
  storage->targetWidth = y.rank() == 1 ? 1 : y.dim(1);
  storage->targets = y.toVector();
  bool indices = y.rank() == 1;
  for (std::size_t i = 0; indices && i < y.size(); ++i)
    indices = y[i] >= 0 && std::floor(y[i]) == y[i] && y[i] < 1e6f;
  if (indices) {
    int classes = 0;
    for (std::size_t i = 0; i < y.size(); ++i) {
      storage->labels.push_back(static_cast<int>(y[i]));
      classes = std::max(classes, storage->labels.back() + 1);
    }
    storage->classes = std::max(classes, 2);
    for (int c = 0; c < storage->classes; ++c)
      storage->classNames.push_back(std::to_string(c));
  }
  return Dataset(std::move(storage));
}

nlohmann::json datasetToJson(const Dataset& dataset) {
  nlohmann::json xs = nlohmann::json::array(), ys = nlohmann::json::array();
  const Batch all = dataset.slice(0, dataset.size());
  const std::size_t sampleSize = shapeSize(dataset.sampleShape());
  for (std::size_t i = 0; i < dataset.size(); ++i) {
    Tensor s(dataset.sampleShape(), std::vector<float>(all.x.data() + i * sampleSize,
                                                       all.x.data() + (i + 1) * sampleSize));
    xs.push_back(tensorToJson(s));
    if (!all.labels.empty()) {
      ys.push_back(all.labels[i]);
    } else {
      const auto w = static_cast<std::size_t>(dataset.targetWidth());
      nlohmann::json row = nlohmann::json::array();
      for (std::size_t j = 0; j < w; ++j)
        row.push_back(all.targets[i * w + j]);
      ys.push_back(w == 1 ? row[0] : row);
    }
  }
  return {{"x", xs}, {"y", ys}};
}

} // namespace gs
