#include "dropout.h"

#include "../../error.h"

namespace gs {

std::unique_ptr<Layer> Dropout::fromJson(LayerSpec& spec) {
  auto layer = std::make_unique<Dropout>(spec.number("p", 0.5, 0.0, 1.0));
  if (const nlohmann::json* v = spec.find("seed")) {
    if (!v->is_number_unsigned())
      throw InputError("'seed' must be a non-negative integer, got " + v->dump());
    layer->m_fixedSeed = v->get<std::uint64_t>();
    layer->setSeed(*layer->m_fixedSeed);
  }
  return layer;
}

void Dropout::setSeed(std::uint64_t seed) {
  m_seed = seed;
  m_rng = Rng(seed);
}

void Dropout::initialize(Rng& rng) {
  setSeed(m_fixedSeed ? *m_fixedSeed : rng.next());
}

Tensor Dropout::forward(const Tensor& x, bool training) {
  m_training = training;
  if (!training)
    return x;
  m_mask = Tensor(x.shape());
  // keep with probability 1 − p, scaled by 1/(1 − p); p = 1 drops everything
  const float keepScale = m_p < 1.0 ? static_cast<float>(1.0 / (1.0 - m_p)) : 0.0f;
  for (float& m : m_mask.values())
    m = m_rng.uniform() >= m_p ? keepScale : 0.0f;
  Tensor y = x;
  for (std::size_t i = 0; i < y.size(); ++i)
    y[i] *= m_mask[i];
  return y;
}

Tensor Dropout::backward(const Tensor& gradOut) {
  if (!m_training)
    return gradOut;
  Tensor dx = gradOut;
  // ∂y/∂x = mask (0 or 1/(1 − p)); eval: 1
  for (std::size_t i = 0; i < dx.size(); ++i)
    dx[i] *= m_mask[i];
  return dx;
}

nlohmann::json Dropout::toJson() const {
  nlohmann::json j = {{"type", type()}, {"p", m_p}};
  if (m_fixedSeed)
    j["seed"] = *m_fixedSeed;
  return j;
}

} // namespace gs
