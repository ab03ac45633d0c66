#pragma once
// The model file (DESIGN.md section 5): {"input": [C, H, W] or [F], "layers": [...]}.
// Errors name the layer and the field: "layer 2 (conv2d): unknown field 'kernal'",
// "layer 4 (dense): weight has shape [10, 5], expected [10, 4]".
#include "network.h"

#include <string>

namespace gs {

/// Builds the network for its input shape; parameters the file does not give are drawn
/// from `rng` (named initialiser or PyTorch's default).
Network networkFromJson(const nlohmann::json& model, Rng& rng);

/// Reads a model file; malformed JSON is an InputError naming the file and the position.
Network loadModelFile(const std::string& path, Rng& rng);

/// Writes Network::toJson() to a temporary file next to `path`, then renames it over `path`
/// so that a crash never leaves half a model behind.
void saveModelFile(const Network& network, const std::string& path);

} // namespace gs
