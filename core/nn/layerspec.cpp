#include "layerspec.h"

#include "../error.h"
#include "../jsontensor.h"

#include <cmath>

namespace gs {

LayerSpec::LayerSpec(const nlohmann::json& object)
    : m_object(object) {
  if (!object.is_object())
    throw InputError("expected a JSON object, got " + object.dump());
  m_used.insert("type");
}

bool LayerSpec::has(const std::string& key) const {
  return m_object.contains(key);
}

const nlohmann::json& LayerSpec::require(const std::string& key) {
  if (!has(key))
    throw InputError("missing field '" + key + "'");
  m_used.insert(key);
  return m_object.at(key);
}

const nlohmann::json* LayerSpec::find(const std::string& key) {
  if (!has(key))
    return nullptr;
  m_used.insert(key);
  return &m_object.at(key);
}

int LayerSpec::integer(const std::string& key, std::optional<int> fallback, int minValue) {
  const nlohmann::json* v = fallback ? find(key) : &require(key);
  if (!v)
    return *fallback;
  if (!v->is_number_integer())
    throw InputError("'" + key + "' must be an integer, got " + v->dump());
  const long long value = v->get<long long>();
  if (value < minValue || value > 1'000'000)
    throw InputError("'" + key + "' must be at least " + std::to_string(minValue) + ", got " +
                     std::to_string(value));
  return static_cast<int>(value);
}

double LayerSpec::number(const std::string& key, double fallback, double minValue,
                         double maxValue) {
  const nlohmann::json* v = find(key);
  if (!v)
    return fallback;
  if (!v->is_number())
    throw InputError("'" + key + "' must be a number, got " + v->dump());
  const double value = v->get<double>();
  if (!std::isfinite(value) || value < minValue || value > maxValue)
    throw InputError("'" + key + "' must lie in [" + nlohmann::json(minValue).dump() + ", " +
                     nlohmann::json(maxValue).dump() + "], got " + v->dump());
  return value;
}

std::pair<int, int> LayerSpec::pair(const std::string& key,
                                    std::optional<std::pair<int, int>> fallback, int minValue) {
  const nlohmann::json* v = fallback ? find(key) : &require(key);
  if (!v)
    return *fallback;
  auto check = [&](const nlohmann::json& e) {
    if (!e.is_number_integer() || e.get<long long>() < minValue || e.get<long long>() > 100000)
      throw InputError("'" + key + "' must be an integer of at least " + std::to_string(minValue) +
                       " or a pair [h, w] of them, got " + v->dump());
    return e.get<int>();
  };
  if (v->is_array() && v->size() == 2)
    return {check((*v)[0]), check((*v)[1])};
  const int n = check(*v);
  return {n, n};
}

PaddingSpec LayerSpec::padding(const std::string& key, PaddingSpec fallback) {
  const nlohmann::json* v = find(key);
  if (!v)
    return fallback;
  if (v->is_string())
    return {padModeFromName(v->get<std::string>()), {}};
  auto side = [&](const nlohmann::json& e) {
    if (!e.is_number_integer() || e.get<long long>() < 0 || e.get<long long>() > 100000)
      throw InputError("'" + key +
                       "' must be a non-negative integer, [T, B, L, R], \"same\", \"valid\" or "
                       "\"full\", got " +
                       v->dump());
    return e.get<int>();
  };
  if (v->is_array()) {
    if (v->size() != 4)
      throw InputError("'" + key + "' as an array must be [T, B, L, R], got " + v->dump());
    return PaddingSpec::sides(side((*v)[0]), side((*v)[1]), side((*v)[2]), side((*v)[3]));
  }
  return PaddingSpec::uniform(side(*v));
}

std::optional<Tensor> LayerSpec::tensor(const std::string& key, int rank) {
  const nlohmann::json* v = find(key);
  if (!v)
    return std::nullopt;
  return tensorFromJson(*v, key, rank, rank);
}

void LayerSpec::finish() const {
  for (auto it = m_object.begin(); it != m_object.end(); ++it)
    if (!m_used.count(it.key()))
      throw InputError("unknown field '" + it.key() + "'");
}

nlohmann::json pairToJson(int h, int w) {
  if (h == w)
    return h;
  return nlohmann::json::array({h, w});
}

nlohmann::json paddingToJson(const PaddingSpec& padding) {
  if (padding.mode != PadMode::Explicit)
    return padModeName(padding.mode);
  const Padding& p = padding.explicitPadding;
  if (p.top == p.bottom && p.top == p.left && p.top == p.right)
    return p.top;
  return nlohmann::json::array({p.top, p.bottom, p.left, p.right});
}

} // namespace gs
