#pragma once
// What dense and conv2d share: a weight and a bias, the initialisers the model file names
// for them, and weights given in the file (checked against the built shapes, kept so that
// initialize() replays them).
#include "init.h"
#include "layer.h"
#include "layerspec.h"

#include <optional>

namespace gs {

class WeightedLayer : public Layer {
public:
  std::vector<Param*> params() override { return {&m_weight, &m_bias}; }
  /// Draws weight and bias (named initialisers or PyTorch's default), then puts back any
  /// weights the model file gave.
  void initialize(Rng& rng) override;

  void setWeightInit(const InitSpec& spec) { m_weightInit = spec; }
  void setBiasInit(const InitSpec& spec) { m_biasInit = spec; }
  const InitSpec& weightInit() const { return m_weightInit; }
  const InitSpec& biasInit() const { return m_biasInit; }

  const Tensor& weight() const { return m_weight.value; }
  const Tensor& bias() const { return m_bias.value; }

protected:
  /// Reads "weight" (of `weightRank` dims), "bias", "init" and "bias_init".
  void readWeights(LayerSpec& spec, int weightRank);
  /// Writes weight, bias and any named initialisers.
  void writeWeights(nlohmann::json& j) const;
  /// Allocates weight and bias (values kept when the shapes are unchanged) and checks
  /// weights from the model file: "weight has shape [10, 5], expected [10, 4]".
  void allocate(const Shape& weightShape);
  const std::optional<Tensor>& loadedWeight() const { return m_loadedWeight; }

  Param m_weight{"weight", {}, {}};
  Param m_bias{"bias", {}, {}};

private:
  std::optional<Tensor> m_loadedWeight, m_loadedBias;
  InitSpec m_weightInit, m_biasInit;
};

} // namespace gs
