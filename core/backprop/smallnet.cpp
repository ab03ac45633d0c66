#include "smallnet.h"

#include "core/error.h"
#include "core/rng.h"

#include <cmath>

namespace gs::backprop {

NetLoss netLossFromName(const std::string& name) {
  if (name == "mse")
    return NetLoss::Mse;
  if (name == "cross_entropy")
    return NetLoss::CrossEntropy;
  throw InputError("unknown loss '" + name + "' for the network (expected mse or cross_entropy)");
}

std::string netLossName(NetLoss loss) {
  return loss == NetLoss::Mse ? "mse" : "cross_entropy";
}

void validateConfig(const NetConfig& c) {
  if (c.inputs < 1 || c.inputs > kMaxInputs)
    throw InputError("inputs: " + std::to_string(c.inputs) + " is outside 1–4");
  const int layers = static_cast<int>(c.sizes.size());
  if (layers < 1 || layers > kMaxLayers)
    throw InputError("layers: " + std::to_string(layers) + " is outside 1–4");
  for (int l = 0; l < layers; ++l)
    if (c.sizes[l] < 1 || c.sizes[l] > kMaxNeurons)
      throw InputError("layer " + std::to_string(l + 1) + ": " + std::to_string(c.sizes[l]) +
                       " neurons is outside 1–4");
  if (static_cast<int>(c.activations.size()) != layers)
    throw InputError("activations: " + std::to_string(c.activations.size()) + " given for " +
                     std::to_string(layers) + " layers");
  for (int l = 0; l < layers; ++l) {
    const ActivationKind a = c.activations[l];
    if (a == ActivationKind::Elu || a == ActivationKind::Softplus)
      throw InputError("layer " + std::to_string(l + 1) + ": activation " + activationName(a) +
                       " is not offered here (sigmoid, tanh, relu, leaky_relu or linear)");
  }
  if (c.loss == NetLoss::CrossEntropy && c.sizes.back() < 2)
    throw InputError("cross-entropy needs at least 2 output neurons: softmax over a single "
                     "neuron is always 1, so the loss and its gradient are always 0");
}

SmallNet::SmallNet(NetConfig config)
    : m_config(std::move(config)) {
  validateConfig(m_config);
  m_params.resize(layers() + 1);
  for (int l = 1; l <= layers(); ++l) {
    m_params[l].w = Eigen::MatrixXd::Zero(width(l), width(l - 1));
    m_params[l].b = Eigen::VectorXd::Zero(width(l));
  }
  m_x.assign(m_config.inputs, 0.0);
  m_y.assign(width(layers()), 0.0);
  if (m_config.loss == NetLoss::CrossEntropy)
    m_y[0] = 1.0;
}

SmallNet SmallNet::mazurPreset() {
  SmallNet net(NetConfig{});
  net.m_params[1].w << 0.15, 0.20, 0.25, 0.30;
  net.m_params[1].b << 0.35, 0.35;
  net.m_params[2].w << 0.40, 0.45, 0.50, 0.55;
  net.m_params[2].b << 0.60, 0.60;
  net.setSample({0.05, 0.10}, {0.01, 0.99});
  net.setLearningRate(0.5);
  return net;
}

bool SmallNet::isSoftmax(int l) const {
  return l == layers() && m_config.loss == NetLoss::CrossEntropy;
}

void SmallNet::randomize(std::uint64_t seed) {
  Rng rng(seed);
  for (int l = 1; l <= layers(); ++l) {
    const double bound = 1.0 / std::sqrt(static_cast<double>(width(l - 1)));
    for (int i = 0; i < width(l); ++i)
      for (int j = 0; j < width(l - 1); ++j)
        m_params[l].w(i, j) = rng.uniform(-bound, bound);
    for (int i = 0; i < width(l); ++i)
      m_params[l].b(i) = rng.uniform(-bound, bound);
  }
}

void SmallNet::setWeight(int l, int row, int col, double v) {
  if (l < 1 || l > layers() || row < 0 || row >= width(l) || col < 0 || col >= width(l - 1))
    throw InputError("weight (" + std::to_string(l) + ", " + std::to_string(row + 1) + ", " +
                     std::to_string(col + 1) + ") does not exist");
  if (!std::isfinite(v))
    throw InputError("a weight must be a finite number");
  m_params[l].w(row, col) = v;
}

void SmallNet::setBias(int l, int row, double v) {
  if (l < 1 || l > layers() || row < 0 || row >= width(l))
    throw InputError("bias (" + std::to_string(l) + ", " + std::to_string(row + 1) +
                     ") does not exist");
  if (!std::isfinite(v))
    throw InputError("a bias must be a finite number");
  m_params[l].b(row) = v;
}

void SmallNet::setParams(const std::vector<LayerParams>& params) {
  if (static_cast<int>(params.size()) != layers() + 1)
    throw InputError("parameters for " + std::to_string(params.size() - 1) +
                     " layers, the net has " + std::to_string(layers()));
  for (int l = 1; l <= layers(); ++l)
    if (params[l].w.rows() != width(l) || params[l].w.cols() != width(l - 1) ||
        params[l].b.size() != width(l))
      throw InputError("layer " + std::to_string(l) + ": parameter shapes do not fit");
  m_params = params;
}

void SmallNet::setSample(std::vector<double> x, std::vector<double> y) {
  if (static_cast<int>(x.size()) != m_config.inputs)
    throw InputError("x has " + std::to_string(x.size()) + " values, the net has " +
                     std::to_string(m_config.inputs) + " inputs");
  if (static_cast<int>(y.size()) != width(layers()))
    throw InputError("y has " + std::to_string(y.size()) + " values, the output layer has " +
                     std::to_string(width(layers())) + " neurons");
  for (double v : x)
    if (!std::isfinite(v))
      throw InputError("x must hold finite numbers");
  for (double v : y)
    if (!std::isfinite(v))
      throw InputError("y must hold finite numbers");
  if (m_config.loss == NetLoss::CrossEntropy) {
    double total = 0;
    for (double v : y) {
      if (v < 0 || v > 1)
        throw InputError("y: cross-entropy needs probabilities in [0, 1] (one-hot for a class)");
      total += v;
    }
    if (std::fabs(total - 1.0) > 1e-9)
      throw InputError("y: cross-entropy needs probabilities that sum to 1 (one-hot for a class)");
  }
  m_x = std::move(x);
  m_y = std::move(y);
}

void SmallNet::setLearningRate(double eta) {
  if (!(eta > 0) || !std::isfinite(eta))
    throw InputError("the learning rate must be a finite number > 0");
  m_eta = eta;
}

void SmallNet::forward(const std::vector<LayerParams>& params, Iteration& it) const {
  const int L = layers();
  it.z.assign(L + 1, {});
  it.a.assign(L + 1, {});
  it.a[0] = Eigen::Map<const Eigen::VectorXd>(m_x.data(), m_config.inputs);
  for (int l = 1; l <= L; ++l) {
    // zˡ = Wˡ aˡ⁻¹ + bˡ
    it.z[l] = params[l].w * it.a[l - 1] + params[l].b;
    if (isSoftmax(l)) {
      const std::vector<double> s = softmax({it.z[l].data(), it.z[l].data() + it.z[l].size()});
      it.a[l] = Eigen::Map<const Eigen::VectorXd>(s.data(), width(l));
    } else {
      // aˡ = σ(zˡ)
      it.a[l] =
          it.z[l].unaryExpr([&](double v) { return activate(m_config.activations[l - 1], v); });
    }
  }
}

double SmallNet::lossOf(const Eigen::VectorXd& out) const {
  const Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(m_y.data(), out.size());
  if (m_config.loss == NetLoss::Mse)
    // C = (1/n) Σ (aᵢ − yᵢ)²
    return (out - y).squaredNorm() / static_cast<double>(out.size());
  // C = −Σ yᵢ log aᵢ (terms with yᵢ = 0 contribute nothing, even where aᵢ underflowed to 0)
  double c = 0;
  for (Eigen::Index i = 0; i < out.size(); ++i)
    if (y(i) != 0)
      c -= y(i) * std::log(out(i));
  return c;
}

double SmallNet::lossWith(const std::vector<LayerParams>& params) const {
  Iteration it;
  forward(params, it);
  return lossOf(it.a[layers()]);
}

namespace {
std::string firstNonFinite(const Iteration& it, int L) {
  const auto name = [](const char* q, int l, Eigen::Index i) {
    std::string s = q;
    s += superscript(l);
    s += subscript(static_cast<int>(i) + 1);
    return s;
  };
  for (int l = 1; l <= L; ++l) {
    for (Eigen::Index i = 0; i < it.z[l].size(); ++i)
      if (!std::isfinite(it.z[l](i)))
        return name("z", l, i) + " = " + formatCompact(it.z[l](i)) +
               ": the weighted sum overflowed (weights or inputs too large)";
    for (Eigen::Index i = 0; i < it.a[l].size(); ++i)
      if (!std::isfinite(it.a[l](i)))
        return name("a", l, i) + " = " + formatCompact(it.a[l](i)) +
               ": the activation overflowed (an unbounded activation of a huge z)";
  }
  if (!std::isfinite(it.loss))
    return "C = " + formatCompact(it.loss) +
           ": the loss overflowed (log of a probability that underflowed to 0, or a huge error)";
  for (int l = L; l >= 1; --l)
    for (Eigen::Index i = 0; i < it.delta[l].size(); ++i)
      if (!std::isfinite(it.delta[l](i)))
        return name("δ", l, i) + " = " + formatCompact(it.delta[l](i)) +
               ": the error overflowed or met inf × 0 on its way back";
  for (int l = L; l >= 1; --l)
    if (!it.after[l].w.allFinite() || !it.after[l].b.allFinite()) {
      std::string s = "W";
      s += superscript(l) + ", b" + superscript(l);
      return s + ": the update overflowed (learning rate or gradient too large)";
    }
  return {};
}
} // namespace

Iteration SmallNet::run() const {
  const int L = layers();
  Iteration it;
  forward(m_params, it);
  it.y = Eigen::Map<const Eigen::VectorXd>(m_y.data(), width(L));
  it.loss = lossOf(it.a[L]);

  it.delta.assign(L + 1, {});
  if (isSoftmax(L)) {
    // softmax + cross-entropy: δᴸ = aᴸ − y
    it.delta[L] = it.a[L] - it.y;
  } else {
    // mse: ∇ₐC = (2/n)(aᴸ − y); δᴸ = ∇ₐC ⊙ σ'(zᴸ)
    it.dCda = (2.0 / static_cast<double>(width(L))) * (it.a[L] - it.y);
    const ActivationKind act = m_config.activations[L - 1];
    it.delta[L] = it.dCda.cwiseProduct(
        it.z[L].unaryExpr([&](double v) { return activateDerivative(act, v); }));
  }
  for (int l = L - 1; l >= 1; --l) {
    const ActivationKind act = m_config.activations[l - 1];
    // δˡ = ((Wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ'(zˡ)
    it.delta[l] =
        (m_params[l + 1].w.transpose() * it.delta[l + 1])
            .cwiseProduct(it.z[l].unaryExpr([&](double v) { return activateDerivative(act, v); }));
  }

  it.gradW.assign(L + 1, {});
  it.gradB.assign(L + 1, {});
  it.before = m_params;
  it.after = m_params;
  for (int l = 1; l <= L; ++l) {
    // ∂C/∂bˡ = δˡ
    it.gradB[l] = it.delta[l];
    // ∂C/∂Wˡ = δˡ (aˡ⁻¹)ᵀ
    it.gradW[l] = it.delta[l] * it.a[l - 1].transpose();
    // W ← W − η ∂C/∂W, b ← b − η ∂C/∂b
    it.after[l].w = m_params[l].w - m_eta * it.gradW[l];
    it.after[l].b = m_params[l].b - m_eta * it.gradB[l];
  }
  it.nonFinite = firstNonFinite(it, L);
  it.phases = buildPhases(*this, it);
  return it;
}

Iteration SmallNet::step() {
  Iteration it = run();
  m_params = it.after;
  return it;
}

GradientCheck checkGradients(const SmallNet& net, double h) {
  GradientCheck check;
  const Iteration it = net.run();
  const int L = net.layers();
  check.numericW.assign(L + 1, {});
  check.numericB.assign(L + 1, {});
  check.backpropW = it.gradW;
  check.backpropB = it.gradB;
  std::vector<LayerParams> p = net.allParams();
  // ∂C/∂θ ≈ (C(θ + h) − C(θ − h)) / 2h, error O(h²)
  const auto central = [&](double& theta) {
    const double keep = theta;
    theta = keep + h;
    const double plus = net.lossWith(p);
    theta = keep - h;
    const double minus = net.lossWith(p);
    theta = keep;
    return (plus - minus) / (2.0 * h);
  };
  // a NaN difference stays the maximum: the check must not read "agree" over a NaN
  const auto record = [&](double diff) {
    if (std::isnan(diff) || std::isnan(check.maxAbsDiff))
      check.maxAbsDiff = std::nan("");
    else
      check.maxAbsDiff = std::max(check.maxAbsDiff, std::fabs(diff));
  };
  for (int l = 1; l <= L; ++l) {
    check.numericW[l].resize(p[l].w.rows(), p[l].w.cols());
    check.numericB[l].resize(p[l].b.size());
    for (Eigen::Index i = 0; i < p[l].w.rows(); ++i) {
      for (Eigen::Index j = 0; j < p[l].w.cols(); ++j) {
        check.numericW[l](i, j) = central(p[l].w(i, j));
        record(check.numericW[l](i, j) - it.gradW[l](i, j));
      }
      check.numericB[l](i) = central(p[l].b(i));
      record(check.numericB[l](i) - it.gradB[l](i));
    }
  }
  return check;
}

} // namespace gs::backprop
