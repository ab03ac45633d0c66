#include "presets.h"

#include "../error.h"

namespace gs {

namespace {

using nlohmann::json;

json dense(int out) {
  return {{"type", "dense"}, {"out", out}};
}
json act(const std::string& name) {
  return {{"type", name}};
}
json conv(int out, int kernel, const json& padding) {
  return {{"type", "conv2d"}, {"out_channels", out}, {"kernel", kernel}, {"padding", padding}};
}
json maxpool() {
  return {{"type", "maxpool2d"}, {"kernel", 2}};
}

} // namespace

std::vector<std::string> presetNames() {
  return {"logistic_regression", "mlp", "lenet5", "vgg_small", "deep_mlp", "residual_mlp"};
}

json presetModel(const std::string& name, const PresetOptions& o) {
  if (o.classes < 1 || o.width < 1 || o.depth < 1)
    throw InputError(name + ": classes, width and depth must be ≥ 1");
  json layers = json::array();
  const bool image = o.input.size() == 3;
  const std::string& a = o.activation;
  if (name == "logistic_regression" || name == "mlp" || name == "deep_mlp" ||
      name == "residual_mlp") {
    if (image)
      layers.push_back(act("flatten"));
    if (name == "mlp") {
      layers.insert(layers.end(), {dense(o.width), act(a), dense(o.width), act(a)});
    } else if (name == "deep_mlp") {
      if (o.depth < 2)
        throw InputError("deep_mlp: depth counts weight layers and must be ≥ 2");
      for (int i = 0; i < o.depth - 1; ++i)
        layers.insert(layers.end(), {dense(o.width), act(a)});
    } else if (name == "residual_mlp") {
      layers.insert(layers.end(), {dense(o.width), act(a)});
      for (int i = 0; i < o.depth; ++i) {
        layers.push_back(
            {{"type", "residual"}, {"layers", {dense(o.width), act(a), dense(o.width)}}});
        layers.push_back(act(a));
      }
    }
    layers.push_back(dense(o.classes));
  } else if (name == "lenet5") {
    if (o.input != Shape{1, 28, 28})
      throw InputError("lenet5 expects input [1, 28, 28], got " + shapeString(o.input));
    layers = {conv(6, 5, 2),   act(a), maxpool(),      conv(16, 5, 0), act(a), maxpool(),
              conv(120, 5, 0), act(a), act("flatten"), dense(84),      act(a), dense(o.classes)};
  } else if (name == "vgg_small") {
    if (!image || o.input[1] < 4 || o.input[2] < 4)
      throw InputError("vgg_small expects an image input [C, H, W] of at least 4×4, got " +
                       shapeString(o.input));
    for (int channels : {16, 32})
      layers.insert(layers.end(), {conv(channels, 3, "same"), act(a), conv(channels, 3, "same"),
                                   act(a), maxpool()});
    layers.insert(layers.end(), {act("flatten"), dense(64), act(a), dense(o.classes)});
  } else {
    std::string known;
    for (const std::string& n : presetNames())
      known += (known.empty() ? "" : ", ") + n;
    throw InputError("unknown preset '" + name + "' (known: " + known + ")");
  }
  return {{"input", o.input}, {"layers", layers}};
}

} // namespace gs
