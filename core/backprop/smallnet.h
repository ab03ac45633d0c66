#pragma once
// A fully connected network small enough to read (input 1–4, 1–4 layers of 1–4 neurons), one
// training sample, in double precision. One iteration records every number of the forward pass,
// the loss, the four backpropagation equations and the gradient-descent update, phase by phase,
// so that the Backprop page can show each equation with its numbers:
//   zˡ = Wˡ aˡ⁻¹ + bˡ,  aˡ = σ(zˡ)                     (forward, a⁰ = x)
//   δᴸ = ∇ₐC ⊙ σ'(zᴸ)                                  (output error; softmax + CE: δᴸ = aᴸ − y)
//   δˡ = ((Wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ'(zˡ)                      (error of a hidden layer)
//   ∂C/∂bˡ = δˡ,  ∂C/∂Wˡ = δˡ (aˡ⁻¹)ᵀ                  (gradients)
//   Wˡ ← Wˡ − η ∂C/∂Wˡ,  bˡ ← bˡ − η ∂C/∂bˡ             (update)
// Loss "mse" is PyTorch's MSELoss (mean): C = (1/n) Σ (aᵢ − yᵢ)², ∇ₐC = (2/n)(a − y). With two
// outputs this is exactly the textbook ½ Σ (t − o)², so the 2-2-2 preset reproduces Matt
// Mazur's worked example. Loss "cross_entropy" puts softmax on the output layer (its activation
// setting is then not used): C = −Σ yᵢ log aᵢ, y a probability vector (one-hot for a class).
// Layer l is numbered as in the equations: 1..L, index 0 of the per-layer vectors is the input.
#include "explorer.h"
#include "phase.h"

#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <vector>

namespace gs::backprop {

inline constexpr int kMaxInputs = 4;
inline constexpr int kMaxLayers = 4;
inline constexpr int kMaxNeurons = 4;

enum class NetLoss { Mse, CrossEntropy };
/// "mse" | "cross_entropy"; InputError otherwise.
NetLoss netLossFromName(const std::string& name);
std::string netLossName(NetLoss loss);

struct NetConfig {
  int inputs = 2;
  std::vector<int> sizes{2, 2}; ///< neurons per layer, layer 1 first
  /// One per layer: sigmoid, tanh, relu, leaky_relu or linear.
  std::vector<ActivationKind> activations{ActivationKind::Sigmoid, ActivationKind::Sigmoid};
  NetLoss loss = NetLoss::Mse;
};

/// Throws InputError naming the problem: inputs, layer count or a layer size outside 1–4, an
/// activation list of another length or an activation the net does not offer, cross-entropy
/// with one output neuron.
void validateConfig(const NetConfig& config);

/// Parameters of layer l: W [nˡ × nˡ⁻¹] (torch's [out][in]) and b [nˡ].
struct LayerParams {
  Eigen::MatrixXd w;
  Eigen::VectorXd b;
};

/// Everything one iteration computed. Vectors are indexed by layer (0 = input / unused).
struct Iteration {
  std::vector<Eigen::VectorXd> z, a; ///< a[0] = x
  Eigen::VectorXd y;
  double loss = 0;
  Eigen::VectorXd dCda;                   ///< ∇ₐC at the output (empty for softmax + CE)
  std::vector<Eigen::VectorXd> delta;     ///< δˡ
  std::vector<Eigen::MatrixXd> gradW;     ///< ∂C/∂Wˡ
  std::vector<Eigen::VectorXd> gradB;     ///< ∂C/∂bˡ
  std::vector<LayerParams> before, after; ///< parameters before and after the update
  std::vector<Phase> phases;
  /// Empty when every number is finite; otherwise names the first inf or NaN and says why
  /// ("z²₁ = inf: the weighted sum overflowed ...").
  std::string nonFinite;
};

class SmallNet {
public:
  /// Validates (see validateConfig); parameters start at zero.
  explicit SmallNet(NetConfig config);

  /// Matt Mazur's "A Step by Step Backpropagation Example": 2-2-2, sigmoid, mse, x = (.05, .10),
  /// y = (.01, .99), W¹ = [.15 .20; .25 .30], b¹ = (.35, .35), W² = [.40 .45; .50 .55],
  /// b² = (.60, .60), η = 0.5.
  static SmallNet mazurPreset();

  const NetConfig& config() const { return m_config; }
  int layers() const { return static_cast<int>(m_config.sizes.size()); }
  /// Neurons of layer l (l = 0: the inputs).
  int width(int l) const { return l == 0 ? m_config.inputs : m_config.sizes.at(l - 1); }
  /// The activation of layer l as applied (softmax on the output layer with cross-entropy).
  bool isSoftmax(int l) const;

  /// PyTorch's nn.Linear default: W and b uniform in [−1/√nˡ⁻¹, 1/√nˡ⁻¹), layer by layer,
  /// weights row by row, then the biases.
  void randomize(std::uint64_t seed);

  const LayerParams& params(int l) const { return m_params.at(l); }
  /// Throws InputError when l, row or col is out of range or v is not finite.
  void setWeight(int l, int row, int col, double v);
  void setBias(int l, int row, double v);
  void setParams(const std::vector<LayerParams>& params);
  const std::vector<LayerParams>& allParams() const { return m_params; }

  /// x has `inputs` values, y one per output neuron (a probability vector for cross-entropy).
  /// Throws InputError on a wrong count, a non-finite value or, for cross-entropy, a y that is
  /// not a probability vector.
  void setSample(std::vector<double> x, std::vector<double> y);
  const std::vector<double>& x() const { return m_x; }
  const std::vector<double>& y() const { return m_y; }
  /// η > 0 and finite, else InputError.
  void setLearningRate(double eta);
  double learningRate() const { return m_eta; }

  /// One forward + backward pass and the update, every number and every phase recorded.
  /// The net itself is not changed (see step()).
  Iteration run() const;
  /// run(), then keep the updated parameters. Returns the iteration.
  Iteration step();

  /// The loss for the current sample with the given parameters (forward only).
  double lossWith(const std::vector<LayerParams>& params) const;

private:
  void forward(const std::vector<LayerParams>& params, Iteration& it) const;
  double lossOf(const Eigen::VectorXd& out) const;

  NetConfig m_config;
  std::vector<LayerParams> m_params; ///< [0] unused
  std::vector<double> m_x, m_y;
  double m_eta = 0.5;
};

/// Central differences of the loss, (C(θ + h) − C(θ − h)) / 2h for every weight and bias,
/// beside the backprop gradients of the same parameters.
struct GradientCheck {
  std::vector<Eigen::MatrixXd> numericW, backpropW; ///< indexed by layer, [0] empty
  std::vector<Eigen::VectorXd> numericB, backpropB;
  double maxAbsDiff = 0; ///< max over all parameters of |numeric − backprop|
};
GradientCheck checkGradients(const SmallNet& net, double h = 1e-6);

} // namespace gs::backprop
