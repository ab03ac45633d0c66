#include "jsontensor.h"

#include "error.h"

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace gs {

namespace {

std::string values(int n) {
  return std::to_string(n) + (n == 1 ? " value" : " values");
}

void collect(const nlohmann::json& v, const std::string& path, std::size_t depth, Shape& shape,
             std::vector<float>& out) {
  if (v.is_number()) {
    if (depth != shape.size())
      throw InputError(path + ": expected an array of " + values(shape[depth]) + ", got a number");
    const float f = v.get<float>();
    if (!std::isfinite(f))
      throw InputError(path + ": " + v.dump() + " is too large for a float32");
    out.push_back(f);
    return;
  }
  if (!v.is_array())
    throw InputError(path + ": expected a number, got " + v.dump());
  if (v.empty())
    throw InputError(path + ": empty array");
  if (depth == shape.size()) {
    if (!out.empty())
      throw InputError(path + ": expected a number, got an array");
    shape.push_back(static_cast<int>(v.size()));
  } else if (static_cast<int>(v.size()) != shape[depth]) {
    throw InputError(path + ": has " + values(static_cast<int>(v.size())) + ", expected " +
                     std::to_string(shape[depth]) + " like the first one (ragged array)");
  }
  for (std::size_t i = 0; i < v.size(); ++i)
    collect(v[i], path + "[" + std::to_string(i) + "]", depth + 1, shape, out);
}

nlohmann::json nest(const Tensor& t, std::size_t depth, std::size_t& pos) {
  if (depth == t.shape().size())
    return t[pos++];
  nlohmann::json arr = nlohmann::json::array();
  for (int i = 0; i < t.shape()[depth]; ++i)
    arr.push_back(nest(t, depth + 1, pos));
  return arr;
}

} // namespace

Tensor tensorFromJson(const nlohmann::json& value, const std::string& name) {
  Shape shape;
  std::vector<float> values;
  // Discover the shape along the first elements, then check every element against it.
  const nlohmann::json* probe = &value;
  while (probe->is_array() && !probe->empty()) {
    shape.push_back(static_cast<int>(probe->size()));
    probe = &(*probe)[0];
  }
  const Shape expected = shape;
  shape.clear();
  collect(value, name, 0, shape, values);
  if (shape != expected)
    throw InputError(name + ": inconsistent nesting depth");
  return Tensor(shape, std::move(values));
}

Tensor tensorFromJson(const nlohmann::json& value, const std::string& name, int minRank,
                      int maxRank) {
  Tensor t = tensorFromJson(value, name);
  if (t.rank() < minRank || t.rank() > maxRank) {
    std::string want = minRank == maxRank
                           ? std::to_string(minRank)
                           : std::to_string(minRank) + " to " + std::to_string(maxRank);
    throw InputError(name + ": expected " + want + " dimensions, got " + std::to_string(t.rank()) +
                     " (shape " + shapeString(t.shape()) + ")");
  }
  return t;
}

nlohmann::json tensorToJson(const Tensor& tensor) {
  std::size_t pos = 0;
  return nest(tensor, 0, pos);
}

nlohmann::json readJsonFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw InputError("cannot open " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  try {
    return nlohmann::json::parse(buffer.str());
  } catch (const nlohmann::json::parse_error& e) {
    throw InputError(path + ": malformed JSON at byte " + std::to_string(e.byte));
  } catch (const nlohmann::json::out_of_range&) {
    throw InputError(path + ": a number is too large");
  }
}

nlohmann::json parseJsonArgument(const std::string& text, const std::string& what) {
  // A file's errors name the argument too: "--input: cannot open a.json".
  const bool isFile = (!text.empty() && text[0] == '@') ||
                      (text.size() > 5 && text.compare(text.size() - 5, 5, ".json") == 0);
  if (isFile) {
    try {
      return readJsonFile(text[0] == '@' ? text.substr(1) : text);
    } catch (const InputError& e) {
      throw InputError(what + ": " + e.what());
    }
  }
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw InputError(what + ": malformed JSON at byte " + std::to_string(e.byte));
  } catch (const nlohmann::json::out_of_range&) {
    throw InputError(what + ": a number is too large");
  }
}

} // namespace gs
