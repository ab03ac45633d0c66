#pragma once
// One layer from its model-file object (DESIGN.md section 5), by "type".
#include "layer.h"

#include <nlohmann/json.hpp>

namespace gs {

/// Throws InputError (without a layer prefix) on an unknown type, an unknown field or a bad
/// value: "unknown layer type 'dens'", "unknown field 'kernal'".
std::unique_ptr<Layer> layerFromJson(const nlohmann::json& object);

} // namespace gs
