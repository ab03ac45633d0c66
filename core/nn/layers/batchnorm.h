#pragma once
// torch.nn.BatchNorm1d (after dense: input [N, F], statistics over N) and BatchNorm2d (after
// conv: input [N, C, H, W], statistics over N, H, W), one channel at a time.
//   training: y = γ·(x − μ_B)/√(σ²_B + ε) + β with the batch mean μ_B and the biased batch
//             variance σ²_B; running_mean ← (1 − m)·running_mean + m·μ_B and
//             running_var ← (1 − m)·running_var + m·σ²_B·M/(M − 1) (unbiased), M values per
//             channel, m = momentum 0.1.
//   eval:     y = γ·(x − running_mean)/√(running_var + ε) + β.
#include "../elementwiselayer.h"
#include "../layerspec.h"

#include <optional>

namespace gs {

class BatchNorm : public ElementwiseLayer {
public:
  explicit BatchNorm(double momentum = 0.1, double eps = 1e-5)
      : m_momentum(momentum)
      , m_eps(eps) {}
  /// Fields: momentum, eps, weight, bias, running_mean, running_var.
  static std::unique_ptr<Layer> fromJson(LayerSpec& spec);

  std::string type() const override { return "batchnorm"; }
  Shape build(const Shape& inputShape) override;
  Tensor forward(const Tensor& x, bool training) override;
  Tensor backward(const Tensor& gradOut) override;
  std::vector<Param*> params() override { return {&m_weight, &m_bias}; }
  std::vector<Tensor*> buffers() override { return {&m_runningMean, &m_runningVar}; }
  /// γ = 1, β = 0, running_mean = 0, running_var = 1, then whatever the model file gave.
  void initialize(Rng& rng) override;
  nlohmann::json toJson() const override;
  std::unique_ptr<Layer> clone() const override { return std::make_unique<BatchNorm>(*this); }

  const Tensor& runningMean() const { return m_runningMean; }
  const Tensor& runningVar() const { return m_runningVar; }

private:
  void resetValues();

  double m_momentum, m_eps;
  int m_channels = 0;
  std::size_t m_inner = 1; ///< H·W for images, 1 for vectors
  Param m_weight{"weight", {}, {}};
  Param m_bias{"bias", {}, {}};
  Tensor m_runningMean, m_runningVar;
  std::optional<Tensor> m_loadedWeight, m_loadedBias, m_loadedMean, m_loadedVar;

  bool m_training = false;
  Tensor m_normalized;         ///< x̂ of the last forward
  std::vector<float> m_invStd; ///< 1/√(σ² + ε) per channel used by the last forward
};

} // namespace gs
