#include "modelfile.h"

#include "../error.h"
#include "../jsontensor.h"
#include "layerfactory.h"

#include <filesystem>
#include <fstream>

namespace gs {

Network networkFromJson(const nlohmann::json& model, Rng& rng) {
  if (!model.is_object())
    throw InputError("model: expected a JSON object with \"input\" and \"layers\", got " +
                     model.dump().substr(0, 80));
  for (auto it = model.begin(); it != model.end(); ++it)
    if (it.key() != "input" && it.key() != "layers")
      throw InputError("model: unknown field '" + it.key() + "'");
  if (!model.contains("input"))
    throw InputError("model: missing field 'input' ([C, H, W] or [F])");
  if (!model.contains("layers") || !model["layers"].is_array())
    throw InputError("model: 'layers' must be an array of layer objects");
  const nlohmann::json& input = model["input"];
  Shape inputShape;
  if (input.is_array())
    for (const auto& d : input)
      inputShape.push_back(d.is_number_integer() ? d.get<int>() : -1);
  if (!input.is_array() || inputShape.empty() || inputShape.size() > 3 ||
      std::find(inputShape.begin(), inputShape.end(), -1) != inputShape.end())
    throw InputError("model: 'input' must be [C, H, W] or [F] of positive integers, got " +
                     input.dump());

  Network network;
  const nlohmann::json& layers = model["layers"];
  for (std::size_t i = 0; i < layers.size(); ++i) {
    const nlohmann::json& object = layers[i];
    try {
      network.add(layerFromJson(object));
    } catch (const InputError& e) {
      std::string where = "layer " + std::to_string(i);
      if (object.is_object() && object.contains("type") && object["type"].is_string())
        where += " (" + object["type"].get<std::string>() + ")";
      throw InputError(where + ": " + e.what());
    }
  }
  network.build(inputShape);
  network.initialize(rng);
  return network;
}

Network loadModelFile(const std::string& path, Rng& rng) {
  const nlohmann::json model = readJsonFile(path);
  try {
    return networkFromJson(model, rng);
  } catch (const InputError& e) {
    throw InputError(path + ": " + e.what());
  }
}

void saveModelFile(const Network& network, const std::string& path) {
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out)
      throw InputError("cannot write model file " + temp);
    out << network.toJson().dump(1) << '\n';
    if (!out.flush())
      throw InputError("cannot write model file " + temp + " (disk full?)");
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    throw InputError("cannot replace model file " + path + ": " + ec.message());
  }
}

} // namespace gs
