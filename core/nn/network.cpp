#include "network.h"

#include "../error.h"

namespace gs {

Network::Network(const Network& other)
    : m_inputShape(other.m_inputShape)
    , m_outputShapes(other.m_outputShapes)
    , m_activations(other.m_activations)
    , m_inputGradientNeeded(other.m_inputGradientNeeded) {
  m_layers.reserve(other.m_layers.size());
  for (const auto& layer : other.m_layers)
    m_layers.push_back(layer->clone());
}

Network& Network::operator=(const Network& other) {
  if (this != &other) {
    Network copy(other);
    *this = std::move(copy);
  }
  return *this;
}

std::string Network::layerName(std::size_t i) const {
  return "layer " + std::to_string(i) + " (" + m_layers.at(i)->type() + ")";
}

void Network::build(const Shape& inputShape) {
  if (inputShape.empty() || inputShape.size() > 3)
    throw InputError("input shape must be [F] or [C, H, W], got " + shapeString(inputShape));
  for (int d : inputShape)
    if (d < 1)
      throw InputError("input shape must have positive sizes, got " + shapeString(inputShape));
  m_inputShape = inputShape;
  m_outputShapes.clear();
  Shape shape = inputShape;
  for (std::size_t i = 0; i < m_layers.size(); ++i) {
    try {
      shape = m_layers[i]->build(shape);
    } catch (const InputError& e) {
      throw InputError(layerName(i) + ": " + e.what());
    }
    m_outputShapes.push_back(shape);
  }
  m_activations.assign(m_layers.size(), Tensor());
}

void Network::add(std::unique_ptr<Layer> layer) {
  m_layers.push_back(std::move(layer));
  setInputGradientNeeded(m_inputGradientNeeded);
}

void Network::setInputGradientNeeded(bool needed) {
  m_inputGradientNeeded = needed;
  for (std::size_t i = 0; i < m_layers.size(); ++i)
    m_layers[i]->setInputGradientNeeded(i > 0 || needed);
}

Shape Network::outputShape() const {
  return m_outputShapes.empty() ? m_inputShape : m_outputShapes.back();
}

Tensor Network::forward(const Tensor& x, bool training) {
  Shape expected = m_inputShape;
  expected.insert(expected.begin(), x.rank() > 0 ? x.dim(0) : 0);
  if (x.rank() == 0 || x.dim(0) < 1 || x.shape() != expected)
    throw InputError("input has shape " + shapeString(x.shape()) + ", expected [N, " +
                     shapeString(m_inputShape).substr(1));
  if (m_outputShapes.size() != m_layers.size())
    throw std::logic_error("Network::forward before build()");
  m_activations.resize(m_layers.size());
  const Tensor* current = &x;
  for (std::size_t i = 0; i < m_layers.size(); ++i) {
    // The last step's output of layer i is read by nobody now: the layer may write into it.
    m_layers[i]->recycleOutput(std::move(m_activations[i]));
    m_activations[i] = m_layers[i]->forward(*current, training);
    current = &m_activations[i];
    if (m_outputObserver)
      m_outputObserver(i, *current);
  }
  return *current;
}

Tensor Network::backward(const Tensor& gradOut) {
  Tensor grad = gradOut;
  for (std::size_t i = m_layers.size(); i-- > 0;) {
    Tensor below = m_layers[i]->backward(grad);
    // grad, ∂L/∂output of layer i, came from layer i + 1, which may reuse it next step.
    if (i + 1 < m_layers.size())
      m_layers[i + 1]->recycleInputGradient(std::move(grad));
    grad = std::move(below);
  }
  return grad;
}

std::vector<Param*> Network::params() {
  std::vector<Param*> all;
  for (auto& layer : m_layers)
    for (Param* p : layer->params())
      all.push_back(p);
  return all;
}

std::vector<const Param*> Network::params() const {
  std::vector<const Param*> all;
  // Layer::params() only hands out pointers; it changes nothing.
  for (const auto& layer : m_layers)
    for (Param* p : const_cast<Layer&>(*layer).params())
      all.push_back(p);
  return all;
}

long long Network::paramCount() const {
  long long count = 0;
  for (const Param* p : params())
    count += static_cast<long long>(p->value.size());
  return count;
}

std::vector<LayerSummary> Network::summary() const {
  std::vector<LayerSummary> rows;
  for (std::size_t i = 0; i < m_layers.size(); ++i) {
    LayerSummary row;
    row.index = static_cast<int>(i);
    row.type = m_layers[i]->type();
    row.outputShape = i < m_outputShapes.size() ? m_outputShapes[i] : Shape{};
    for (Param* p : const_cast<Layer&>(*m_layers[i]).params())
      row.params += static_cast<long long>(p->value.size());
    row.macs = m_layers[i]->macs();
    rows.push_back(row);
  }
  return rows;
}

void Network::initialize(Rng& rng) {
  for (auto& layer : m_layers)
    layer->initialize(rng);
}

nlohmann::json Network::toJson() const {
  nlohmann::json layers = nlohmann::json::array();
  for (const auto& layer : m_layers)
    layers.push_back(layer->toJson());
  return {{"input", m_inputShape}, {"layers", layers}};
}

} // namespace gs
