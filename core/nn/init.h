#pragma once
// Initialisers with torch.nn.init's formulas and fan computations (DESIGN.md section 2).
//
// Fans of a weight [out][in][k...]: receptive = Π k, fan_in = in·receptive,
// fan_out = out·receptive (a dense weight [out][in] has receptive 1).
// When a layer names no initialiser it gets PyTorch's default for nn.Linear / nn.Conv2d:
// kaiming_uniform with a = √5 on the weight, i.e. U(−1/√fan_in, 1/√fan_in), and the same
// bound for the bias.
#include "../rng.h"
#include "../tensor.h"

#include <nlohmann/json.hpp>
#include <string>

namespace gs {

/// An initialiser and its arguments. An empty name means "the layer's PyTorch default".
struct InitSpec {
  std::string name;         ///< zeros constant uniform normal xavier_uniform xavier_normal
                            ///< kaiming_uniform kaiming_normal lecun_normal
  double value = 0;         ///< constant
  double a = 0, b = 1;      ///< uniform bounds; for kaiming_*, `a` is the negative slope
  double mean = 0, std = 1; ///< normal
  double gain = 1;          ///< xavier_*
  bool fanOut = false;      ///< kaiming_*: mode = "fan_out" instead of "fan_in"

  bool isDefault() const { return name.empty(); }
  /// True when the initialiser needs fans (at least a 2-D weight).
  bool needsFans() const;
  bool operator==(const InitSpec&) const = default;
};

/// A name string or an object {"name": "normal", "std": 3}. `field` names it in errors
/// ("init: unknown initialiser 'gauss'", "init: unknown field 'sd'").
InitSpec initSpecFromJson(const nlohmann::json& value, const std::string& field);
/// The shortest JSON that reads back as `spec` (the bare name when every argument is default).
nlohmann::json initSpecToJson(const InitSpec& spec);

struct Fans {
  double in = 1, out = 1;
};
/// torch.nn.init._calculate_fan_in_and_fan_out; throws InputError for fewer than 2 dims.
Fans computeFans(const Shape& weightShape);

/// Fills `t` by `spec` (which must not be the default). `fans` are those of the weight the
/// tensor belongs to (for a bias: its layer's weight).
void initTensor(Tensor& t, const InitSpec& spec, const Fans& fans, Rng& rng);

/// PyTorch's default for nn.Linear / nn.Conv2d: weight and bias both U(−1/√fan_in, 1/√fan_in).
void initDefault(Tensor& t, const Fans& fans, Rng& rng);

} // namespace gs
