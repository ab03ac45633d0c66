#include "layerfactory.h"

#include "../error.h"
#include "layers/conv2d.h"
#include "layers/dense.h"
#include "layers/flatten.h"
#include "layers/relu.h"
#include "layerspec.h"

#include <functional>
#include <map>

namespace gs {

namespace {

template <typename T> std::unique_ptr<Layer> plain(LayerSpec&) {
  return std::make_unique<T>();
}

using Factory = std::function<std::unique_ptr<Layer>(LayerSpec&)>;

const std::map<std::string, Factory>& factories() {
  static const std::map<std::string, Factory> all = {
      {"conv2d", Conv2d::fromJson},
      {"dense", Dense::fromJson},
      {"flatten", plain<Flatten>},
      {"relu", plain<Relu>},
  };
  return all;
}

} // namespace

std::unique_ptr<Layer> layerFromJson(const nlohmann::json& object) {
  LayerSpec spec(object);
  const nlohmann::json& type = spec.require("type");
  if (!type.is_string())
    throw InputError("'type' must be a string, got " + type.dump());
  const auto it = factories().find(type.get<std::string>());
  if (it == factories().end()) {
    std::string known;
    for (const auto& [name, factory] : factories())
      known += (known.empty() ? "" : ", ") + name;
    throw InputError("unknown layer type '" + type.get<std::string>() + "' (" + known + ")");
  }
  std::unique_ptr<Layer> layer = it->second(spec);
  spec.finish();
  return layer;
}

} // namespace gs
