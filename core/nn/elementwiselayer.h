#pragma once
// Base of the layers whose output has the input's shape (activations, dropout, batchnorm).
#include "layer.h"

namespace gs {

class ElementwiseLayer : public Layer {
public:
  Shape build(const Shape& inputShape) override { return inputShape; }
  nlohmann::json toJson() const override { return {{"type", type()}}; }
};

} // namespace gs
