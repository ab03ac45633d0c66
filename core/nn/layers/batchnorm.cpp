#include "batchnorm.h"

#include "../../error.h"
#include "../../jsontensor.h"

#include <cmath>

namespace gs {

std::unique_ptr<Layer> BatchNorm::fromJson(LayerSpec& spec) {
  auto layer = std::make_unique<BatchNorm>(spec.number("momentum", 0.1, 0.0, 1.0),
                                           spec.number("eps", 1e-5, 1e-12, 1.0));
  layer->m_loadedWeight = spec.tensor("weight", 1);
  layer->m_loadedBias = spec.tensor("bias", 1);
  layer->m_loadedMean = spec.tensor("running_mean", 1);
  layer->m_loadedVar = spec.tensor("running_var", 1);
  return layer;
}

Shape BatchNorm::build(const Shape& inputShape) {
  if (inputShape.size() != 1 && inputShape.size() != 3)
    throw InputError("expects features [F] or an image [C, H, W], got an input of shape " +
                     shapeString(inputShape));
  const Shape channelShape = {inputShape[0]};
  const std::pair<const char*, const std::optional<Tensor>*> loaded[] = {
      {"weight", &m_loadedWeight},
      {"bias", &m_loadedBias},
      {"running_mean", &m_loadedMean},
      {"running_var", &m_loadedVar}};
  for (const auto& [name, tensor] : loaded)
    if (*tensor && (*tensor)->shape() != channelShape)
      throw InputError(std::string(name) + " has shape " + shapeString((*tensor)->shape()) +
                       ", expected " + shapeString(channelShape));
  m_inner = inputShape.size() == 3 ? static_cast<std::size_t>(inputShape[1]) * inputShape[2] : 1;
  if (m_channels != inputShape[0]) {
    m_channels = inputShape[0];
    resetValues();
  }
  return inputShape;
}

void BatchNorm::resetValues() {
  const Shape s = {m_channels};
  m_weight.value = m_loadedWeight ? *m_loadedWeight : Tensor(s, 1.0f);
  m_bias.value = m_loadedBias ? *m_loadedBias : Tensor(s, 0.0f);
  m_runningMean = m_loadedMean ? *m_loadedMean : Tensor(s, 0.0f);
  m_runningVar = m_loadedVar ? *m_loadedVar : Tensor(s, 1.0f);
  m_weight.grad = Tensor(s);
  m_bias.grad = Tensor(s);
}

void BatchNorm::initialize(Rng& /*rng*/) {
  resetValues();
}

Tensor BatchNorm::forward(const Tensor& x, bool training) {
  const std::size_t n = static_cast<std::size_t>(x.dim(0));
  const std::size_t count = n * m_inner; // M values per channel
  if (training && count < 2)
    throw InputError("batchnorm needs more than 1 value per channel in training, got input " +
                     shapeString(x.shape()));
  m_training = training;
  m_invStd.assign(static_cast<std::size_t>(m_channels), 0.0f);
  m_normalized = x;
  Tensor y(x.shape());
  const std::size_t stride = static_cast<std::size_t>(m_channels) * m_inner;
  for (int c = 0; c < m_channels; ++c) {
    float mean, var;
    if (training) {
      // μ_B = (1/M)·Σ x,  σ²_B = (1/M)·Σ (x − μ_B)²
      double sum = 0, sq = 0;
      for (std::size_t s = 0; s < n; ++s)
        for (const float *v = x.data() + s * stride + c * m_inner, *end = v + m_inner; v != end;
             ++v)
          sum += *v;
      const double mu = sum / static_cast<double>(count);
      for (std::size_t s = 0; s < n; ++s)
        for (const float *v = x.data() + s * stride + c * m_inner, *end = v + m_inner; v != end;
             ++v)
          sq += (*v - mu) * (*v - mu);
      mean = static_cast<float>(mu);
      var = static_cast<float>(sq / static_cast<double>(count));
      // running ← (1 − m)·running + m·batch, the variance unbiased: σ²_B·M/(M − 1)
      const double unbiased = sq / static_cast<double>(count - 1);
      m_runningMean[c] =
          static_cast<float>((1.0 - m_momentum) * m_runningMean[c] + m_momentum * mu);
      m_runningVar[c] =
          static_cast<float>((1.0 - m_momentum) * m_runningVar[c] + m_momentum * unbiased);
    } else {
      mean = m_runningMean[c];
      var = m_runningVar[c];
    }
    const float invStd = static_cast<float>(1.0 / std::sqrt(static_cast<double>(var) + m_eps));
    m_invStd[c] = invStd;
    const float gamma = m_weight.value[c], beta = m_bias.value[c];
    for (std::size_t s = 0; s < n; ++s) {
      const std::size_t base = s * stride + c * m_inner;
      for (std::size_t i = base; i < base + m_inner; ++i) {
        // x̂ = (x − μ)/√(σ² + ε),  y = γ·x̂ + β
        m_normalized[i] = (x[i] - mean) * invStd;
        y[i] = gamma * m_normalized[i] + beta;
      }
    }
  }
  return y;
}

Tensor BatchNorm::backward(const Tensor& gradOut) {
  const std::size_t n = static_cast<std::size_t>(gradOut.dim(0));
  const double count = static_cast<double>(n * m_inner);
  const std::size_t stride = static_cast<std::size_t>(m_channels) * m_inner;
  Tensor dx(gradOut.shape());
  for (int c = 0; c < m_channels; ++c) {
    // ∂L/∂β = Σ g,  ∂L/∂γ = Σ g·x̂
    double sumG = 0, sumGx = 0;
    for (std::size_t s = 0; s < n; ++s) {
      const std::size_t base = s * stride + c * m_inner;
      for (std::size_t i = base; i < base + m_inner; ++i) {
        sumG += gradOut[i];
        sumGx += static_cast<double>(gradOut[i]) * m_normalized[i];
      }
    }
    m_bias.grad[c] = static_cast<float>(sumG);
    m_weight.grad[c] = static_cast<float>(sumGx);
    const float scale = m_weight.value[c] * m_invStd[c];
    const float meanG = static_cast<float>(sumG / count),
                meanGx = static_cast<float>(sumGx / count);
    for (std::size_t s = 0; s < n; ++s) {
      const std::size_t base = s * stride + c * m_inner;
      for (std::size_t i = base; i < base + m_inner; ++i) {
        if (m_training)
          // μ and σ² depend on x: ∂L/∂x = γ/√(σ²+ε) · (g − mean(g) − x̂·mean(g·x̂))
          dx[i] = scale * (gradOut[i] - meanG - m_normalized[i] * meanGx);
        else
          // running statistics are constants: ∂L/∂x = γ/√(σ²+ε) · g
          dx[i] = scale * gradOut[i];
      }
    }
  }
  return dx;
}

nlohmann::json BatchNorm::toJson() const {
  return {{"type", type()},
          {"momentum", m_momentum},
          {"eps", m_eps},
          {"weight", tensorToJson(m_weight.value)},
          {"bias", tensorToJson(m_bias.value)},
          {"running_mean", tensorToJson(m_runningMean)},
          {"running_var", tensorToJson(m_runningVar)}};
}

} // namespace gs
