#include "finite.h"

#include <cmath>

namespace gs {

std::optional<std::string> nonFiniteKind(const Tensor& t) {
  for (float v : t.values()) {
    if (std::isnan(v))
      return "nan";
    if (std::isinf(v))
      return "inf";
  }
  return std::nullopt;
}

std::optional<std::string> findNonFinite(const Network& network) {
  for (std::size_t i = 0; i < network.size(); ++i) {
    const std::string name = network.layerName(i);
    if (i < network.activations().size())
      if (auto kind = nonFiniteKind(network.activations()[i]))
        return "activation of " + name + " is " + *kind;
    // Layer::params() only hands out pointers; it changes nothing.
    for (const Param* p : const_cast<Layer&>(network.layer(i)).params()) {
      if (auto kind = nonFiniteKind(p->value))
        return name + " " + p->name + " is " + *kind;
      if (auto kind = nonFiniteKind(p->grad))
        return "gradient of " + name + " " + p->name + " is " + *kind;
    }
  }
  return std::nullopt;
}

} // namespace gs
