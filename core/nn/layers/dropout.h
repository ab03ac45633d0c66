#pragma once
// torch.nn.Dropout (inverted): in training each value is kept with probability 1 − p and
// scaled by 1/(1 − p), so the expected output equals the input; in eval the layer is the
// identity. The mask comes from the layer's own Rng: setSeed() makes a run repeatable, and
// initialize() seeds it from the network's Rng unless the model file gave "seed".
#include "../elementwiselayer.h"
#include "../layerspec.h"

#include <cstdint>
#include <optional>

namespace gs {

class Dropout : public ElementwiseLayer {
public:
  explicit Dropout(double p = 0.5)
      : m_p(p) {}
  /// Fields: p (in [0, 1]), seed.
  static std::unique_ptr<Layer> fromJson(LayerSpec& spec);

  std::string type() const override { return "dropout"; }
  Tensor forward(const Tensor& x, bool training) override;
  Tensor backward(const Tensor& gradOut) override;
  void initialize(Rng& rng) override;
  nlohmann::json toJson() const override;
  std::unique_ptr<Layer> clone() const override { return std::make_unique<Dropout>(*this); }

  double p() const { return m_p; }
  /// Restarts the mask sequence: the same seed gives the same masks.
  void setSeed(std::uint64_t seed);
  std::uint64_t seed() const { return m_seed; }
  /// The multiplier of each value in the last training forward: 0 or 1/(1 − p).
  const Tensor& mask() const { return m_mask; }

private:
  double m_p;
  std::optional<std::uint64_t> m_fixedSeed; ///< "seed" from the model file
  std::uint64_t m_seed = 0;
  Rng m_rng;
  bool m_training = false;
  Tensor m_mask;
};

} // namespace gs
