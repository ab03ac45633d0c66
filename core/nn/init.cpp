#include "init.h"

#include "../error.h"

#include <cmath>
#include <set>

namespace gs {

namespace {

const std::set<std::string>& knownNames() {
  static const std::set<std::string> names = {"zeros",           "constant",       "uniform",
                                              "normal",          "xavier_uniform", "xavier_normal",
                                              "kaiming_uniform", "kaiming_normal", "lecun_normal"};
  return names;
}

void fillUniform(Tensor& t, double lo, double hi, Rng& rng) {
  for (float& v : t.values())
    v = static_cast<float>(rng.uniform(lo, hi));
}

void fillNormal(Tensor& t, double mean, double std, Rng& rng) {
  for (float& v : t.values())
    v = static_cast<float>(rng.normal(mean, std));
}

} // namespace

bool InitSpec::needsFans() const {
  return name.rfind("xavier", 0) == 0 || name.rfind("kaiming", 0) == 0 || name == "lecun_normal";
}

InitSpec initSpecFromJson(const nlohmann::json& value, const std::string& field) {
  InitSpec spec;
  if (value.is_string()) {
    spec.name = value.get<std::string>();
  } else if (value.is_object()) {
    if (!value.contains("name") || !value["name"].is_string())
      throw InputError(field + ": an initialiser object needs a \"name\", got " + value.dump());
    spec.name = value["name"].get<std::string>();
  } else {
    throw InputError(field + ": expected an initialiser name or object, got " + value.dump());
  }
  if (!knownNames().count(spec.name))
    throw InputError(field + ": unknown initialiser '" + spec.name +
                     "' (zeros, constant, uniform, normal, xavier_uniform, xavier_normal, "
                     "kaiming_uniform, kaiming_normal, lecun_normal)");
  if (!value.is_object())
    return spec;

  // The arguments each initialiser accepts, as torch.nn.init names them.
  std::set<std::string> allowed = {"name"};
  if (spec.name == "constant")
    allowed.insert("value");
  if (spec.name == "uniform")
    allowed.insert({"a", "b"});
  if (spec.name == "normal")
    allowed.insert({"mean", "std"});
  if (spec.name.rfind("xavier", 0) == 0)
    allowed.insert("gain");
  if (spec.name.rfind("kaiming", 0) == 0)
    allowed.insert({"a", "mode"});
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (!allowed.count(it.key()))
      throw InputError(field + ": unknown field '" + it.key() + "' for " + spec.name);
    if (it.key() == "name")
      continue;
    if (it.key() == "mode") {
      const std::string mode = it->is_string() ? it->get<std::string>() : std::string();
      if (mode != "fan_in" && mode != "fan_out")
        throw InputError(field + ": mode must be \"fan_in\" or \"fan_out\", got " + it->dump());
      spec.fanOut = mode == "fan_out";
      continue;
    }
    if (!it->is_number() || !std::isfinite(it->get<double>()))
      throw InputError(field + ": '" + it.key() + "' must be a number, got " + it->dump());
    const double v = it->get<double>();
    if (it.key() == "value")
      spec.value = v;
    else if (it.key() == "a")
      spec.a = v;
    else if (it.key() == "b")
      spec.b = v;
    else if (it.key() == "mean")
      spec.mean = v;
    else if (it.key() == "std")
      spec.std = v;
    else if (it.key() == "gain")
      spec.gain = v;
  }
  if (spec.name == "normal" && spec.std < 0)
    throw InputError(field + ": std must not be negative, got " + nlohmann::json(spec.std).dump());
  if (spec.name == "uniform" && spec.b < spec.a)
    throw InputError(field + ": uniform needs a ≤ b, got a = " + nlohmann::json(spec.a).dump() +
                     ", b = " + nlohmann::json(spec.b).dump());
  return spec;
}

nlohmann::json initSpecToJson(const InitSpec& spec) {
  const InitSpec plain{spec.name};
  if (spec == plain)
    return spec.name;
  nlohmann::json j = {{"name", spec.name}};
  if (spec.name == "constant")
    j["value"] = spec.value;
  if (spec.name == "uniform") {
    j["a"] = spec.a;
    j["b"] = spec.b;
  }
  if (spec.name == "normal") {
    j["mean"] = spec.mean;
    j["std"] = spec.std;
  }
  if (spec.name.rfind("xavier", 0) == 0)
    j["gain"] = spec.gain;
  if (spec.name.rfind("kaiming", 0) == 0) {
    j["a"] = spec.a;
    j["mode"] = spec.fanOut ? "fan_out" : "fan_in";
  }
  return j;
}

Fans computeFans(const Shape& weightShape) {
  if (weightShape.size() < 2)
    throw InputError("fan in and fan out need a weight with at least 2 dimensions, got " +
                     shapeString(weightShape));
  // receptive field = product of the kernel dimensions (1 for a dense weight)
  double receptive = 1;
  for (std::size_t i = 2; i < weightShape.size(); ++i)
    receptive *= weightShape[i];
  return {weightShape[1] * receptive, weightShape[0] * receptive};
}

void initTensor(Tensor& t, const InitSpec& spec, const Fans& fans, Rng& rng) {
  const std::string& n = spec.name;
  if (n == "zeros") {
    t.fill(0.0f);
  } else if (n == "constant") {
    t.fill(static_cast<float>(spec.value));
  } else if (n == "uniform") {
    fillUniform(t, spec.a, spec.b, rng);
  } else if (n == "normal") {
    fillNormal(t, spec.mean, spec.std, rng);
  } else if (n == "xavier_uniform") {
    // bound = gain·√(6 / (fan_in + fan_out))
    const double bound = spec.gain * std::sqrt(6.0 / (fans.in + fans.out));
    fillUniform(t, -bound, bound, rng);
  } else if (n == "xavier_normal") {
    // std = gain·√(2 / (fan_in + fan_out))
    fillNormal(t, 0.0, spec.gain * std::sqrt(2.0 / (fans.in + fans.out)), rng);
  } else if (n == "kaiming_uniform" || n == "kaiming_normal") {
    // gain = √(2 / (1 + a²)) (leaky_relu with slope a; a = 0 is relu's √2)
    const double gain = std::sqrt(2.0 / (1.0 + spec.a * spec.a));
    const double fan = spec.fanOut ? fans.out : fans.in;
    if (n == "kaiming_uniform") {
      // bound = gain·√(3 / fan)
      const double bound = gain * std::sqrt(3.0 / fan);
      fillUniform(t, -bound, bound, rng);
    } else {
      // std = gain / √fan
      fillNormal(t, 0.0, gain / std::sqrt(fan), rng);
    }
  } else if (n == "lecun_normal") {
    // std = 1 / √fan_in
    fillNormal(t, 0.0, 1.0 / std::sqrt(fans.in), rng);
  } else {
    throw InputError("unknown initialiser '" + n + "'");
  }
}

void initDefault(Tensor& t, const Fans& fans, Rng& rng) {
  // kaiming_uniform(a = √5): gain = √(2 / 6), bound = gain·√(3 / fan_in) = 1 / √fan_in
  const double bound = 1.0 / std::sqrt(fans.in);
  fillUniform(t, -bound, bound, rng);
}

} // namespace gs
