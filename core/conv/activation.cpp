#include "convolution.h"

#include "core/error.h"

#include <algorithm>
#include <cmath>

namespace gs {

Activation activationFromName(const std::string& name) {
  if (name == "none")
    return Activation::None;
  if (name == "relu")
    return Activation::Relu;
  if (name == "sigmoid")
    return Activation::Sigmoid;
  if (name == "tanh")
    return Activation::Tanh;
  throw InputError("unknown activation '" + name + "' (expected none, relu, sigmoid or tanh)");
}

std::string activationName(Activation a) {
  switch (a) {
  case Activation::None:
    return "none";
  case Activation::Relu:
    return "relu";
  case Activation::Sigmoid:
    return "sigmoid";
  case Activation::Tanh:
    return "tanh";
  }
  return "none";
}

double applyActivation(Activation a, double v) {
  switch (a) {
  case Activation::None:
    return v;
  case Activation::Relu:
    // relu(v) = max(0, v)
    return std::max(0.0, v);
  case Activation::Sigmoid:
    // σ(v) = 1 / (1 + e^(−v))
    return 1.0 / (1.0 + std::exp(-v));
  case Activation::Tanh:
    return std::tanh(v);
  }
  return v;
}

} // namespace gs
