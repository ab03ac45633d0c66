#include "explorer.h"

#include "core/error.h"

#include <algorithm>
#include <cmath>

namespace gs::backprop {

namespace {
constexpr double kLeakySlope = 0.01; // torch.nn.LeakyReLU default negative_slope
constexpr double kEluAlpha = 1.0;    // torch.nn.ELU default alpha
constexpr double kHuberDelta = 1.0;  // torch.nn.HuberLoss default delta

struct ActivationEntry {
  ActivationKind kind;
  const char* name;
};
constexpr ActivationEntry kActivations[] = {
    {ActivationKind::Sigmoid, "sigmoid"}, {ActivationKind::Tanh, "tanh"},
    {ActivationKind::Relu, "relu"},       {ActivationKind::LeakyRelu, "leaky_relu"},
    {ActivationKind::Elu, "elu"},         {ActivationKind::Softplus, "softplus"},
    {ActivationKind::Linear, "linear"}};

struct LossEntry {
  LossKind kind;
  const char* name;
};
constexpr LossEntry kLosses[] = {{LossKind::Mse, "mse"},
                                 {LossKind::Mae, "mae"},
                                 {LossKind::Huber, "huber"},
                                 {LossKind::Msle, "msle"},
                                 {LossKind::Mape, "mape"},
                                 {LossKind::Bce, "bce"},
                                 {LossKind::CrossEntropy, "cross_entropy"},
                                 {LossKind::Hinge, "hinge"},
                                 {LossKind::Exponential, "exponential"}};

double sign(double v) {
  return v > 0 ? 1.0 : (v < 0 ? -1.0 : 0.0);
}
} // namespace

ActivationKind activationFromName(const std::string& name) {
  for (const auto& e : kActivations)
    if (name == e.name)
      return e.kind;
  throw InputError("unknown activation '" + name +
                   "' (expected sigmoid, tanh, relu, leaky_relu, elu, softplus or linear)");
}

std::string activationName(ActivationKind kind) {
  for (const auto& e : kActivations)
    if (e.kind == kind)
      return e.name;
  return "?";
}

std::vector<ActivationKind> allActivations() {
  std::vector<ActivationKind> all;
  for (const auto& e : kActivations)
    all.push_back(e.kind);
  return all;
}

double activate(ActivationKind kind, double z) {
  switch (kind) {
  case ActivationKind::Sigmoid:
    // σ(z) = 1 / (1 + e^−z), written with e^z for z < 0 so that e^−z cannot overflow
    return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
  case ActivationKind::Tanh:
    return std::tanh(z);
  case ActivationKind::Relu:
    return z > 0 ? z : 0.0;
  case ActivationKind::LeakyRelu:
    return z > 0 ? z : kLeakySlope * z;
  case ActivationKind::Elu:
    // elu(z) = z for z > 0, α(e^z − 1) otherwise
    return z > 0 ? z : kEluAlpha * std::expm1(z);
  case ActivationKind::Softplus:
    // softplus(z) = log(1 + e^z) = max(z, 0) + log(1 + e^−|z|)
    return std::max(z, 0.0) + std::log1p(std::exp(-std::fabs(z)));
  case ActivationKind::Linear:
    return z;
  }
  return z;
}

double activateDerivative(ActivationKind kind, double z) {
  switch (kind) {
  case ActivationKind::Sigmoid: {
    // σ'(z) = σ(z)(1 − σ(z)), at most 0.25 (at z = 0)
    const double s = activate(kind, z);
    return s * (1.0 - s);
  }
  case ActivationKind::Tanh: {
    // tanh'(z) = 1 − tanh²(z)
    const double t = std::tanh(z);
    return 1.0 - t * t;
  }
  case ActivationKind::Relu:
    // relu'(z) = 1 for z > 0, 0 otherwise (the dead zone)
    return z > 0 ? 1.0 : 0.0;
  case ActivationKind::LeakyRelu:
    return z > 0 ? 1.0 : kLeakySlope;
  case ActivationKind::Elu:
    // elu'(z) = 1 for z > 0, α e^z otherwise
    return z > 0 ? 1.0 : kEluAlpha * std::exp(z);
  case ActivationKind::Softplus:
    // softplus'(z) = σ(z)
    return activate(ActivationKind::Sigmoid, z);
  case ActivationKind::Linear:
    return 1.0;
  }
  return 1.0;
}

std::vector<double> softmax(const std::vector<double>& z) {
  if (z.empty())
    return {};
  const double m = *std::max_element(z.begin(), z.end());
  std::vector<double> s(z.size());
  double total = 0;
  for (std::size_t i = 0; i < z.size(); ++i) {
    s[i] = std::exp(z[i] - m);
    total += s[i];
  }
  for (double& v : s)
    v /= total;
  return s;
}

std::vector<std::vector<double>> softmaxJacobian(const std::vector<double>& z) {
  const std::vector<double> s = softmax(z);
  std::vector<std::vector<double>> j(s.size(), std::vector<double>(s.size()));
  for (std::size_t r = 0; r < s.size(); ++r)
    for (std::size_t c = 0; c < s.size(); ++c)
      // ∂s_r/∂z_c = s_r (δ_rc − s_c)
      j[r][c] = s[r] * ((r == c ? 1.0 : 0.0) - s[c]);
  return j;
}

LossKind lossFromName(const std::string& name) {
  for (const auto& e : kLosses)
    if (name == e.name)
      return e.kind;
  throw InputError("unknown loss '" + name +
                   "' (expected mse, mae, huber, msle, mape, bce, cross_entropy, hinge or "
                   "exponential)");
}

std::string lossName(LossKind kind) {
  for (const auto& e : kLosses)
    if (e.kind == kind)
      return e.name;
  return "?";
}

std::vector<LossKind> allLosses() {
  std::vector<LossKind> all;
  for (const auto& e : kLosses)
    all.push_back(e.kind);
  return all;
}

LossPoint lossAt(LossKind kind, double p, double y) {
  const double d = p - y;
  switch (kind) {
  case LossKind::Mse:
    // ℓ = (p − y)², dℓ/dp = 2(p − y)
    return {d * d, 2.0 * d};
  case LossKind::Mae:
    // ℓ = |p − y|, dℓ/dp = sign(p − y) (0 at p = y, as torch's sign)
    return {std::fabs(d), sign(d)};
  case LossKind::Huber:
    // quadratic near the target, linear beyond delta: the gradient is clipped to ±delta
    if (std::fabs(d) < kHuberDelta)
      return {0.5 * d * d, d};
    return {kHuberDelta * (std::fabs(d) - 0.5 * kHuberDelta), kHuberDelta * sign(d)};
  case LossKind::Msle: {
    // ℓ = (log(1+p) − log(1+y))², dℓ/dp = 2(log(1+p) − log(1+y)) / (1 + p)
    const double r = std::log1p(p) - std::log1p(y);
    return {r * r, 2.0 * r / (1.0 + p)};
  }
  case LossKind::Mape: {
    // ℓ = 100·|p − y| / max(|y|, 1e-7), dℓ/dp = 100·sign(p − y) / max(|y|, 1e-7)
    const double scale = 100.0 / std::max(std::fabs(y), 1e-7);
    return {scale * std::fabs(d), scale * sign(d)};
  }
  case LossKind::Bce:
    // ℓ = −(y log p + (1−y) log(1−p)), dℓ/dp = (p − y) / (p (1 − p))
    return {-(y * std::log(p) + (1.0 - y) * std::log(1.0 - p)), d / (p * (1.0 - p))};
  case LossKind::CrossEntropy:
    // ℓ = −y log p, dℓ/dp = −y / p
    return {-y * std::log(p), -y / p};
  case LossKind::Hinge: {
    // ℓ = max(0, 1 − y p), dℓ/dp = −y where the margin is violated, 0 elsewhere
    const double m = 1.0 - y * p;
    return {m > 0 ? m : 0.0, m > 0 ? -y : 0.0};
  }
  case LossKind::Exponential: {
    // ℓ = exp(−y p), dℓ/dp = −y exp(−y p)
    const double e = std::exp(-y * p);
    return {e, -y * e};
  }
  }
  return {};
}

Range lossPlotRange(LossKind kind, double y) {
  switch (kind) {
  case LossKind::Bce:
  case LossKind::CrossEntropy:
    // probabilities: stay off 0 and 1 where the logarithm is infinite
    return {0.005, 0.995};
  case LossKind::Msle:
    return {-0.95, std::max(3.0, 2.0 * y + 2.0)};
  case LossKind::Hinge:
  case LossKind::Exponential:
    return {-3.0, 3.0};
  default:
    return {y - 3.0, y + 3.0};
  }
}

} // namespace gs::backprop
