#pragma once
// A layer of a network: forward and backward side by side (DESIGN.md sections 2 and 5).
// Tensors carry the batch as their first dimension: [N, C, H, W] for images, [N, F] for vectors.
// Shapes without the batch dimension ("sample shapes") are [C, H, W] or [F].
#include "../rng.h"
#include "../tensor.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace gs {

/// A trainable tensor and the gradient the last backward() left for it (same shape).
struct Param {
  std::string name; ///< "weight", "bias"
  Tensor value;
  Tensor grad;
};

class Layer {
public:
  virtual ~Layer() = default;

  /// The model-file type name: "dense", "conv2d", "relu", ...
  virtual std::string type() const = 0;

  /// Prepares the layer for inputs of `inputShape` (sample shape) and returns its output
  /// sample shape. Allocates parameters on first use. Throws InputError with the reason when
  /// the input does not fit (the network prefixes the layer index and type).
  virtual Shape build(const Shape& inputShape) = 0;

  /// x: [N, ...input sample shape] -> [N, ...output sample shape]. Keeps what backward needs.
  virtual Tensor forward(const Tensor& x, bool training) = 0;

  /// gradOut: ∂L/∂output of the last forward. Sets every Param::grad (overwrites) and
  /// returns ∂L/∂input.
  virtual Tensor backward(const Tensor& gradOut) = 0;

  virtual std::vector<Param*> params() { return {}; }
  /// Non-trainable state saved with the model (BatchNorm running statistics).
  virtual std::vector<Tensor*> buffers() { return {}; }

  /// Draws the parameters (PyTorch's default initialiser unless the layer names one).
  virtual void initialize(Rng& /*rng*/) {}

  /// Model-file description including weights (DESIGN.md section 5).
  virtual nlohmann::json toJson() const = 0;
  virtual std::unique_ptr<Layer> clone() const = 0;

  /// Multiply-adds of one forward pass for one sample (0 for element-wise layers).
  virtual long long macs() const { return 0; }

  /// When false, backward() may skip ∂L/∂input and return an empty tensor (the first layer of
  /// a network whose input gradient nobody reads: dense and conv2d then save a GEMM and col2im).
  void setInputGradientNeeded(bool needed) { m_inputGradientNeeded = needed; }
  bool inputGradientNeeded() const { return m_inputGradientNeeded; }

  /// The network hands back the tensors this layer returned last step once nobody reads them
  /// (its output before the next forward, its ∂L/∂input after the layer below used it), so
  /// that the next forward / backward writes into the same memory: fresh megabytes every
  /// step cost page faults that take longer than the arithmetic.
  void recycleOutput(Tensor t) { m_spareOutput = std::move(t); }
  void recycleInputGradient(Tensor t) { m_spareInputGradient = std::move(t); }

protected:
  /// A tensor of `shape` whose values are left over from an earlier step (write every cell),
  /// in `spare`'s memory when the size fits.
  static Tensor reuse(Tensor& spare, Shape shape) {
    Tensor t = std::move(spare);
    spare = Tensor();
    if (t.size() != shapeSize(shape))
      return Tensor(std::move(shape));
    t.reshape(std::move(shape));
    return t;
  }
  Tensor reuseOutput(Shape shape) { return reuse(m_spareOutput, std::move(shape)); }
  Tensor reuseInputGradient(Shape shape) { return reuse(m_spareInputGradient, std::move(shape)); }

  bool m_inputGradientNeeded = true;

private:
  Tensor m_spareOutput, m_spareInputGradient;
};

} // namespace gs
