#pragma once
// Reading one layer's object of a model file (DESIGN.md section 5). Every field a layer reads
// is marked as used; finish() then rejects whatever is left ("unknown field 'kernal'"), since
// an ignored typo would silently train a different model. Messages carry no layer prefix:
// the model file adds "layer 2 (conv2d): ".
#include "../convgeometry.h"
#include "../tensor.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <utility>

namespace gs {

class LayerSpec {
public:
  /// Throws InputError unless `object` is a JSON object.
  explicit LayerSpec(const nlohmann::json& object);
  /// The spec refers to the JSON it reads: a temporary would be gone before the reads.
  explicit LayerSpec(nlohmann::json&& object) = delete;

  bool has(const std::string& key) const;
  /// The raw value of a field that must be present.
  const nlohmann::json& require(const std::string& key);
  /// The raw value of an optional field (nullptr when absent).
  const nlohmann::json* find(const std::string& key);

  /// An integer ≥ minValue; `fallback` when absent (no fallback: the field is required).
  int integer(const std::string& key, std::optional<int> fallback, int minValue);
  /// A finite number in [minValue, maxValue]; `fallback` when absent.
  double number(const std::string& key, double fallback, double minValue, double maxValue);
  /// An int n (meaning n, n) or a pair [h, w]; each ≥ minValue.
  std::pair<int, int> pair(const std::string& key, std::optional<std::pair<int, int>> fallback,
                           int minValue);
  /// Padding: an int, [T, B, L, R], "same", "valid" or "full".
  PaddingSpec padding(const std::string& key, PaddingSpec fallback);
  /// A nested number array of the given rank, when present.
  std::optional<Tensor> tensor(const std::string& key, int rank);

  /// Throws InputError naming the first field no one asked for.
  void finish() const;

private:
  const nlohmann::json& m_object;
  std::set<std::string> m_used;
};

/// JSON of an (h, w) pair: an int when both are equal.
nlohmann::json pairToJson(int h, int w);
/// JSON of a padding spec: the mode name, an int, or [T, B, L, R].
nlohmann::json paddingToJson(const PaddingSpec& padding);

} // namespace gs
