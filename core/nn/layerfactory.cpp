#include "layerfactory.h"

#include "../error.h"
#include "layers/avgpool2d.h"
#include "layers/batchnorm.h"
#include "layers/conv2d.h"
#include "layers/dense.h"
#include "layers/dropout.h"
#include "layers/elu.h"
#include "layers/flatten.h"
#include "layers/leakyrelu.h"
#include "layers/maxpool2d.h"
#include "layers/relu.h"
#include "layers/residual.h"
#include "layers/sigmoid.h"
#include "layers/softmax.h"
#include "layers/tanh.h"
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
      {"avgpool2d", AvgPool2d::fromJson}, {"batchnorm", BatchNorm::fromJson},
      {"conv2d", Conv2d::fromJson},       {"dense", Dense::fromJson},
      {"dropout", Dropout::fromJson},     {"elu", Elu::fromJson},
      {"flatten", plain<Flatten>},        {"leaky_relu", LeakyRelu::fromJson},
      {"maxpool2d", MaxPool2d::fromJson}, {"relu", plain<Relu>},
      {"residual", Residual::fromJson},   {"sigmoid", plain<Sigmoid>},
      {"softmax", plain<Softmax>},        {"tanh", plain<Tanh>},
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
