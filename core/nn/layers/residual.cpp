#include "residual.h"

#include "../../error.h"
#include "../layerfactory.h"

namespace gs {

Residual::Residual(std::vector<std::unique_ptr<Layer>> layers, std::unique_ptr<Layer> projection)
    : m_layers(std::move(layers))
    , m_projection(std::move(projection)) {
  for (std::size_t i = 0; i < m_layers.size(); ++i)
    for (Param* p : m_layers[i]->params())
      p->name = "layers." + std::to_string(i) + "." + p->name;
  if (m_projection)
    for (Param* p : m_projection->params())
      p->name = "projection." + p->name;
}

Residual::Residual(const Residual& other)
    : Layer(other)
    , m_outputs(other.m_outputs) {
  for (const auto& layer : other.m_layers)
    m_layers.push_back(layer->clone());
  if (other.m_projection)
    m_projection = other.m_projection->clone();
}

std::unique_ptr<Layer> Residual::fromJson(LayerSpec& spec) {
  const nlohmann::json& array = spec.require("layers");
  if (!array.is_array() || array.empty())
    throw InputError("'layers' must be a non-empty array of layer objects");
  std::vector<std::unique_ptr<Layer>> layers;
  for (std::size_t i = 0; i < array.size(); ++i) {
    try {
      layers.push_back(layerFromJson(array[i]));
    } catch (const InputError& e) {
      throw InputError("layers[" + std::to_string(i) + "]: " + e.what());
    }
  }
  std::unique_ptr<Layer> projection;
  if (const nlohmann::json* p = spec.find("projection")) {
    try {
      projection = layerFromJson(*p);
    } catch (const InputError& e) {
      throw InputError(std::string("projection: ") + e.what());
    }
    if (projection->type() != "dense" && projection->type() != "conv2d")
      throw InputError("projection must be a dense or conv2d layer, got " + projection->type());
  }
  return std::make_unique<Residual>(std::move(layers), std::move(projection));
}

Shape Residual::build(const Shape& inputShape) {
  Shape shape = inputShape;
  for (std::size_t i = 0; i < m_layers.size(); ++i) {
    try {
      shape = m_layers[i]->build(shape);
    } catch (const InputError& e) {
      throw InputError("layers[" + std::to_string(i) + "] (" + m_layers[i]->type() +
                       "): " + e.what());
    }
  }
  if (m_projection) {
    Shape projected;
    try {
      projected = m_projection->build(inputShape);
    } catch (const InputError& e) {
      throw InputError("projection (" + m_projection->type() + "): " + e.what());
    }
    if (projected != shape)
      throw InputError("the projection gives " + shapeString(projected) +
                       " but the inner layers give " + shapeString(shape));
  } else if (shape != inputShape) {
    throw InputError("the inner layers turn " + shapeString(inputShape) + " into " +
                     shapeString(shape) +
                     "; an identity shortcut needs equal shapes (add a \"projection\")");
  }
  m_outputs.assign(m_layers.size(), Tensor());
  return shape;
}

Tensor Residual::forward(const Tensor& x, bool training) {
  const Tensor* current = &x;
  for (std::size_t i = 0; i < m_layers.size(); ++i) {
    m_outputs[i] = m_layers[i]->forward(*current, training);
    current = &m_outputs[i];
  }
  // y = inner(x) + shortcut(x)
  Tensor y = m_projection ? m_projection->forward(x, training) : x;
  for (std::size_t i = 0; i < y.size(); ++i)
    y[i] += (*current)[i];
  return y;
}

Tensor Residual::backward(const Tensor& gradOut) {
  Tensor g = gradOut;
  for (std::size_t i = m_layers.size(); i-- > 0;)
    g = m_layers[i]->backward(g);
  // ∂L/∂x = (inner path) + (shortcut path: g itself for the identity)
  const Tensor shortcut = m_projection ? m_projection->backward(gradOut) : gradOut;
  for (std::size_t i = 0; i < g.size(); ++i)
    g[i] += shortcut[i];
  return g;
}

std::vector<Param*> Residual::params() {
  std::vector<Param*> all;
  for (auto& layer : m_layers)
    for (Param* p : layer->params())
      all.push_back(p);
  if (m_projection)
    for (Param* p : m_projection->params())
      all.push_back(p);
  return all;
}

std::vector<Tensor*> Residual::buffers() {
  std::vector<Tensor*> all;
  for (auto& layer : m_layers)
    for (Tensor* b : layer->buffers())
      all.push_back(b);
  return all;
}

void Residual::initialize(Rng& rng) {
  for (auto& layer : m_layers)
    layer->initialize(rng);
  if (m_projection)
    m_projection->initialize(rng);
}

nlohmann::json Residual::toJson() const {
  nlohmann::json layers = nlohmann::json::array();
  for (const auto& layer : m_layers)
    layers.push_back(layer->toJson());
  nlohmann::json j = {{"type", type()}, {"layers", layers}};
  if (m_projection)
    j["projection"] = m_projection->toJson();
  return j;
}

long long Residual::macs() const {
  long long total = m_projection ? m_projection->macs() : 0;
  for (const auto& layer : m_layers)
    total += layer->macs();
  return total;
}

} // namespace gs
