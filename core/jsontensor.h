#pragma once
// Nested JSON arrays <-> tensors, with messages that say where a value is wrong:
// "input[2][1]: expected a number, got \"a\"", "kernel[1]: row has 2 values, row 0 has 3".
#include "tensor.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace gs {

/// A nested array of numbers of any rank (a bare number is rank 0). `name` starts the path
/// used in error messages. Throws InputError on a non-number, an empty or a ragged array.
Tensor tensorFromJson(const nlohmann::json& value, const std::string& name);

/// Same, but the rank must lie in [minRank, maxRank].
Tensor tensorFromJson(const nlohmann::json& value, const std::string& name, int minRank,
                      int maxRank);

/// The tensor as nested arrays of its shape.
nlohmann::json tensorToJson(const Tensor& tensor);

/// Parses a JSON argument given literally, as "@path" or as a path ending in ".json".
/// Throws InputError naming `what` and the file on unreadable or malformed input.
nlohmann::json parseJsonArgument(const std::string& text, const std::string& what);

/// Reads a whole JSON file; throws InputError naming the file and the parse error position.
nlohmann::json readJsonFile(const std::string& path);

} // namespace gs
