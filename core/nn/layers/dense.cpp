#include "dense.h"

#include "../../error.h"
#include "../../gemm.h"

namespace gs {

std::unique_ptr<Layer> Dense::fromJson(LayerSpec& spec) {
  auto layer = std::make_unique<Dense>(spec.integer("out", std::nullopt, 1));
  layer->m_declaredIn = spec.integer("in", 0, 1);
  layer->readWeights(spec, 2);
  return layer;
}

Shape Dense::build(const Shape& inputShape) {
  if (inputShape.size() != 1)
    throw InputError("expects a vector of features, got an input of shape " +
                     shapeString(inputShape) + " (add a flatten layer before it)");
  const int in = inputShape[0];
  // The number of inputs a dense layer expects is fixed by "in" or by its loaded weight.
  int expected = m_declaredIn;
  if (loadedWeight() && loadedWeight()->dim(0) == m_out)
    expected = loadedWeight()->dim(1);
  if (expected != 0 && expected != in)
    throw InputError("expects " + std::to_string(expected) + " inputs, got " + std::to_string(in));
  m_in = in;
  allocate({m_out, m_in});
  return {m_out};
}

Tensor Dense::forward(const Tensor& x, bool /*training*/) {
  const int n = x.dim(0);
  m_input = x;
  Tensor y = reuseOutput({n, m_out});
  auto Y = y.matrix(n, m_out);
  // y = x·Wᵀ + b
  gemm(Y, x.matrix(n, m_in), transposed(m_weight.value.matrix(m_out, m_in)));
  Y.rowwise() += m_bias.value.matrix(1, m_out).row(0);
  return y;
}

Tensor Dense::backward(const Tensor& gradOut) {
  const int n = gradOut.dim(0);
  const auto G = gradOut.matrix(n, m_out);
  // ∂L/∂W = gᵀ·x   (sum over the batch of outer products g_n x_nᵀ)
  gemm(m_weight.grad.matrix(m_out, m_in), transposed(G), m_input.matrix(n, m_in));
  // ∂L/∂b = Σ_n g_n
  m_bias.grad.matrix(1, m_out).noalias() = G.colwise().sum();
  if (!m_inputGradientNeeded)
    return {};
  // ∂L/∂x = g·W
  Tensor dx = reuseInputGradient({n, m_in});
  gemm(dx.matrix(n, m_in), G, m_weight.value.matrix(m_out, m_in));
  return dx;
}

nlohmann::json Dense::toJson() const {
  nlohmann::json j = {{"type", type()}, {"out", m_out}};
  if (m_declaredIn != 0)
    j["in"] = m_declaredIn;
  writeWeights(j);
  return j;
}

} // namespace gs
