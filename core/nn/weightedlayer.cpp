#include "weightedlayer.h"

#include "../error.h"
#include "../jsontensor.h"

namespace gs {

void WeightedLayer::initialize(Rng& rng) {
  const Fans fans = computeFans(m_weight.value.shape());
  if (m_weightInit.isDefault())
    initDefault(m_weight.value, fans, rng);
  else
    initTensor(m_weight.value, m_weightInit, fans, rng);
  if (m_biasInit.isDefault())
    initDefault(m_bias.value, fans, rng);
  else
    initTensor(m_bias.value, m_biasInit, fans, rng);
  if (m_loadedWeight)
    m_weight.value = *m_loadedWeight;
  if (m_loadedBias)
    m_bias.value = *m_loadedBias;
}

void WeightedLayer::readWeights(LayerSpec& spec, int weightRank) {
  m_loadedWeight = spec.tensor("weight", weightRank);
  m_loadedBias = spec.tensor("bias", 1);
  if (const nlohmann::json* v = spec.find("init"))
    m_weightInit = initSpecFromJson(*v, "init");
  if (const nlohmann::json* v = spec.find("bias_init"))
    m_biasInit = initSpecFromJson(*v, "bias_init");
}

void WeightedLayer::writeWeights(nlohmann::json& j) const {
  if (!m_weightInit.isDefault())
    j["init"] = initSpecToJson(m_weightInit);
  if (!m_biasInit.isDefault())
    j["bias_init"] = initSpecToJson(m_biasInit);
  j["weight"] = tensorToJson(m_weight.value);
  j["bias"] = tensorToJson(m_bias.value);
}

void WeightedLayer::allocate(const Shape& weightShape) {
  const Shape biasShape = {weightShape[0]};
  if (m_loadedWeight && m_loadedWeight->shape() != weightShape)
    throw InputError("weight has shape " + shapeString(m_loadedWeight->shape()) + ", expected " +
                     shapeString(weightShape));
  if (m_loadedBias && m_loadedBias->shape() != biasShape)
    throw InputError("bias has shape " + shapeString(m_loadedBias->shape()) + ", expected " +
                     shapeString(biasShape));
  if (m_weight.value.shape() != weightShape) {
    m_weight.value = m_loadedWeight ? *m_loadedWeight : Tensor(weightShape);
    m_weight.grad = Tensor(weightShape);
  }
  if (m_bias.value.shape() != biasShape) {
    m_bias.value = m_loadedBias ? *m_loadedBias : Tensor(biasShape);
    m_bias.grad = Tensor(biasShape);
  }
}

} // namespace gs
