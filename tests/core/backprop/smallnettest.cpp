// The small network of the Backprop page: Matt Mazur's 2-2-2 example worked by hand, every
// phase against an independent straightforward implementation (loops over std::vector written
// here, sharing no code with core/backprop), finite differences, and the bad inputs.
#include "core/backprop/smallnet.h"
#include "core/error.h"
#include "core/rng.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace gs::backprop;

namespace {

double sigmoid(double z) {
  return 1.0 / (1.0 + std::exp(-z));
}

// Matt Mazur, "A Step by Step Backpropagation Example" (2015): i1 = .05, i2 = .10,
// w1..w4 = .15 .20 .25 .30 (input → hidden), w5..w8 = .40 .45 .50 .55 (hidden → output),
// b1 = .35, b2 = .60, targets .01 .99, sigmoid, E = ½ Σ (t − o)², η = 0.5.
// Our mse is torch's mean (1/n) Σ (o − t)²; with n = 2 outputs it equals ½ Σ (t − o)², so
// every number below is the article's.
TEST(SmallNet, MazurForwardByHand) {
  const Iteration it = SmallNet::mazurPreset().run();
  // net_h1 = w1 i1 + w2 i2 + b1 = 0.15×0.05 + 0.2×0.1 + 0.35 = 0.3775
  EXPECT_NEAR(it.z[1](0), 0.3775, 1e-15);
  // out_h1 = σ(0.3775) = 0.593269992
  EXPECT_NEAR(it.a[1](0), 0.593269992, 1e-9);
  // net_h2 = 0.25×0.05 + 0.3×0.1 + 0.35 = 0.3925, out_h2 = 0.596884378
  EXPECT_NEAR(it.z[1](1), 0.3925, 1e-15);
  EXPECT_NEAR(it.a[1](1), 0.596884378, 1e-9);
  // net_o1 = 0.4×0.593269992 + 0.45×0.596884378 + 0.6 = 1.105905967, out_o1 = 0.75136507
  EXPECT_NEAR(it.z[2](0), 1.105905967, 1e-9);
  EXPECT_NEAR(it.a[2](0), 0.75136507, 1e-8);
  // out_o2 = 0.772928465
  EXPECT_NEAR(it.a[2](1), 0.772928465, 1e-9);
  // E_total = ½(0.01 − 0.75136507)² + ½(0.99 − 0.772928465)² = 0.274811083 + 0.023560026
  EXPECT_NEAR(it.loss, 0.298371109, 1e-9);
  EXPECT_TRUE(it.nonFinite.empty());
}

TEST(SmallNet, MazurBackwardByHand) {
  const Iteration it = SmallNet::mazurPreset().run();
  // δ_o1 = (out_o1 − t1) · out_o1 (1 − out_o1) = 0.74136507 × 0.186815602 = 0.138498562
  EXPECT_NEAR(it.delta[2](0), 0.138498562, 1e-9);
  // ∂E/∂w5 = δ_o1 · out_h1 = 0.138498562 × 0.593269992 = 0.082167041
  EXPECT_NEAR(it.gradW[2](0, 0), 0.082167041, 1e-9);
  // w5⁺ = 0.4 − 0.5 × 0.082167041 = 0.35891648; the article's other new weights:
  EXPECT_NEAR(it.after[2].w(0, 0), 0.35891648, 1e-8);
  EXPECT_NEAR(it.after[2].w(0, 1), 0.408666186, 1e-9); // w6
  EXPECT_NEAR(it.after[2].w(1, 0), 0.511301270, 1e-9); // w7
  EXPECT_NEAR(it.after[2].w(1, 1), 0.561370121, 1e-9); // w8
  // hidden layer, with the old w5..w8: ∂E/∂w1 = (δ_o1 w5 + δ_o2 w7) σ'(net_h1) i1 = 0.000438568
  EXPECT_NEAR(it.gradW[1](0, 0), 0.000438568, 1e-9);
  EXPECT_NEAR(it.after[1].w(0, 0), 0.149780716, 1e-9); // w1
  EXPECT_NEAR(it.after[1].w(0, 1), 0.19956143, 1e-8);  // w2
  EXPECT_NEAR(it.after[1].w(1, 0), 0.24975114, 1e-8);  // w3
  EXPECT_NEAR(it.after[1].w(1, 1), 0.29950229, 1e-8);  // w4
  // ∂C/∂b = δ (the article leaves biases fixed; we update them as torch does)
  EXPECT_DOUBLE_EQ(it.gradB[2](0), it.delta[2](0));
  EXPECT_NEAR(it.after[2].b(0), 0.6 - 0.5 * 0.138498562, 1e-9);
}

TEST(SmallNet, MazurPhasesInOrderWithNumbers) {
  const Iteration it = SmallNet::mazurPreset().run();
  // 5L + 1 phases for L = 2
  ASSERT_EQ(it.phases.size(), 11u);
  const PhaseKind kinds[] = {
      PhaseKind::Forward,        PhaseKind::Forward,      PhaseKind::Loss,
      PhaseKind::OutputError,    PhaseKind::HiddenError,  PhaseKind::BiasGradient,
      PhaseKind::WeightGradient, PhaseKind::BiasGradient, PhaseKind::WeightGradient,
      PhaseKind::Update,         PhaseKind::Update};
  const int layers[] = {1, 2, 2, 2, 1, 2, 2, 1, 1, 2, 1};
  for (std::size_t i = 0; i < 11; ++i) {
    EXPECT_EQ(it.phases[i].kind, kinds[i]) << i;
    EXPECT_EQ(it.phases[i].layer, layers[i]) << i;
  }
  EXPECT_EQ(it.phases[0].notation, "z¹ = W¹ a⁰ + b¹,   a¹ = σ(z¹)");
  EXPECT_EQ(it.phases[0].numbers,
            "z¹₁ = 0.15×0.05 + 0.2×0.1 + 0.35 = 0.3775,   a¹₁ = sigmoid(0.3775) = 0.5933\n"
            "z¹₂ = 0.25×0.05 + 0.3×0.1 + 0.35 = 0.3925,   a¹₂ = sigmoid(0.3925) = 0.5969");
  EXPECT_EQ(it.phases[2].numbers, "C = ((0.7514 − 0.01)² + (0.7729 − 0.99)²) / 2 = 0.2984");
  EXPECT_EQ(it.phases[3].notation, "δ² = ∇ₐC ⊙ σ'(z²),   ∇ₐC = (2/n)(a² − y)");
  // (2/2)(0.7514 − 0.01) = 0.7414; σ'(1.106) = 0.1868; product 0.1385
  EXPECT_EQ(it.phases[3].numbers.substr(0, it.phases[3].numbers.find('\n')),
            "δ²₁ = (2/2)×(0.7514 − 0.01) × sigmoid'(1.106) = 0.7414 × 0.1868 = 0.1385");
  EXPECT_EQ(it.phases[4].notation, "δ¹ = ((W²)ᵀ δ²) ⊙ σ'(z¹)");
  EXPECT_EQ(it.phases[6].notation, "∂C/∂W² = δ² (a¹)ᵀ");
  EXPECT_EQ(it.phases[9].numbers.substr(0, it.phases[9].numbers.find(',')),
            "W²₁₁: 0.4 − 0.5×0.08217 = 0.3589");
  // the forward phase of layer 2 reads W², b² and a¹ and writes z² and a²
  const Phase& f2 = it.phases[1];
  EXPECT_NE(std::find(f2.reads.begin(), f2.reads.end(), Cell{Quantity::Weight, 2, 1, 0}),
            f2.reads.end());
  EXPECT_NE(std::find(f2.reads.begin(), f2.reads.end(), Cell{Quantity::A, 1, 1, 0}),
            f2.reads.end());
  EXPECT_NE(std::find(f2.writes.begin(), f2.writes.end(), Cell{Quantity::A, 2, 0, 0}),
            f2.writes.end());
}

TEST(SmallNet, StepKeepsNewWeightsAndTheLossFalls) {
  SmallNet net = SmallNet::mazurPreset();
  double previous = net.step().loss;
  EXPECT_NEAR(net.params(2).w(0, 0), 0.35891648, 1e-8);
  for (int k = 0; k < 20; ++k) {
    const double loss = net.step().loss;
    EXPECT_LT(loss, previous) << "step " << k;
    previous = loss;
  }
}

// ---- an independent implementation: plain loops, the textbook formulas ----
struct Ref {
  std::vector<std::vector<double>> z, a, delta, b, bNew;
  std::vector<std::vector<std::vector<double>>> w, gw, wNew;
  double loss = 0;
};

double act(ActivationKind k, double z) {
  switch (k) {
  case ActivationKind::Sigmoid:
    return sigmoid(z);
  case ActivationKind::Tanh:
    return std::tanh(z);
  case ActivationKind::Relu:
    return z > 0 ? z : 0;
  case ActivationKind::LeakyRelu:
    return z > 0 ? z : 0.01 * z;
  default:
    return z;
  }
}
double dact(ActivationKind k, double z) {
  switch (k) {
  case ActivationKind::Sigmoid:
    return sigmoid(z) * (1 - sigmoid(z));
  case ActivationKind::Tanh:
    return 1 - std::tanh(z) * std::tanh(z);
  case ActivationKind::Relu:
    return z > 0 ? 1 : 0;
  case ActivationKind::LeakyRelu:
    return z > 0 ? 1 : 0.01;
  default:
    return 1;
  }
}

Ref reference(const SmallNet& net) {
  const int L = net.layers();
  const bool ce = net.config().loss == NetLoss::CrossEntropy;
  Ref r;
  r.z.resize(L + 1);
  r.a.resize(L + 1);
  r.delta.resize(L + 1);
  r.w.resize(L + 1);
  r.b.resize(L + 1);
  r.gw.resize(L + 1);
  r.wNew.resize(L + 1);
  r.bNew.resize(L + 1);
  r.a[0] = net.x();
  for (int l = 1; l <= L; ++l) {
    const int n = net.width(l), m = net.width(l - 1);
    r.w[l].assign(n, std::vector<double>(m));
    r.b[l].assign(n, 0);
    for (int i = 0; i < n; ++i) {
      r.b[l][i] = net.params(l).b(i);
      double s = r.b[l][i];
      for (int j = 0; j < m; ++j) {
        r.w[l][i][j] = net.params(l).w(i, j);
        s += r.w[l][i][j] * r.a[l - 1][j];
      }
      r.z[l].push_back(s);
    }
    if (ce && l == L) {
      double total = 0;
      for (double v : r.z[l])
        total += std::exp(v);
      for (double v : r.z[l])
        r.a[l].push_back(std::exp(v) / total);
    } else {
      for (double v : r.z[l])
        r.a[l].push_back(act(net.config().activations[l - 1], v));
    }
  }
  const std::vector<double>& y = net.y();
  const int n = net.width(L);
  for (int i = 0; i < n; ++i) {
    if (ce) {
      r.loss -= y[i] * std::log(r.a[L][i]);
      r.delta[L].push_back(r.a[L][i] - y[i]);
    } else {
      r.loss += (r.a[L][i] - y[i]) * (r.a[L][i] - y[i]) / n;
      r.delta[L].push_back(2.0 / n * (r.a[L][i] - y[i]) *
                           dact(net.config().activations[L - 1], r.z[L][i]));
    }
  }
  for (int l = L - 1; l >= 1; --l)
    for (int i = 0; i < net.width(l); ++i) {
      double s = 0;
      for (int k = 0; k < net.width(l + 1); ++k)
        s += r.w[l + 1][k][i] * r.delta[l + 1][k];
      r.delta[l].push_back(s * dact(net.config().activations[l - 1], r.z[l][i]));
    }
  for (int l = 1; l <= L; ++l) {
    r.gw[l] = r.w[l];
    r.wNew[l] = r.w[l];
    for (int i = 0; i < net.width(l); ++i) {
      for (int j = 0; j < net.width(l - 1); ++j) {
        r.gw[l][i][j] = r.delta[l][i] * r.a[l - 1][j];
        r.wNew[l][i][j] = r.w[l][i][j] - net.learningRate() * r.gw[l][i][j];
      }
      r.bNew[l].push_back(r.b[l][i] - net.learningRate() * r.delta[l][i]);
    }
  }
  return r;
}

SmallNet randomNet(std::uint64_t seed) {
  gs::Rng rng(seed);
  NetConfig c;
  c.inputs = 1 + static_cast<int>(rng.below(4));
  const int layers = 1 + static_cast<int>(rng.below(4));
  c.loss = rng.below(2) ? NetLoss::CrossEntropy : NetLoss::Mse;
  c.sizes.clear();
  c.activations.clear();
  const ActivationKind acts[] = {ActivationKind::Sigmoid, ActivationKind::Tanh,
                                 ActivationKind::Relu, ActivationKind::LeakyRelu,
                                 ActivationKind::Linear};
  for (int l = 0; l < layers; ++l) {
    c.sizes.push_back(1 + static_cast<int>(rng.below(4)));
    c.activations.push_back(acts[rng.below(5)]);
  }
  if (c.loss == NetLoss::CrossEntropy && c.sizes.back() < 2)
    c.sizes.back() = 2;
  SmallNet net(c);
  net.randomize(seed);
  std::vector<double> x, y(c.sizes.back(), 0.0);
  for (int i = 0; i < c.inputs; ++i)
    x.push_back(rng.uniform(-2, 2));
  if (c.loss == NetLoss::CrossEntropy)
    y[rng.below(y.size())] = 1;
  else
    for (double& v : y)
      v = rng.uniform(-1, 1);
  net.setSample(x, y);
  net.setLearningRate(0.1);
  return net;
}

} // namespace

TEST(SmallNet, EveryNumberMatchesAnIndependentImplementation) {
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    const SmallNet net = randomNet(seed);
    const Iteration it = net.run();
    const Ref r = reference(net);
    const int L = net.layers();
    ASSERT_EQ(it.phases.size(), static_cast<std::size_t>(5 * L + 1));
    EXPECT_NEAR(it.loss, r.loss, 1e-12) << seed;
    for (int l = 1; l <= L; ++l)
      for (int i = 0; i < net.width(l); ++i) {
        EXPECT_NEAR(it.z[l](i), r.z[l][i], 1e-12) << seed;
        EXPECT_NEAR(it.a[l](i), r.a[l][i], 1e-12) << seed;
        EXPECT_NEAR(it.delta[l](i), r.delta[l][i], 1e-12) << seed;
        EXPECT_NEAR(it.after[l].b(i), r.bNew[l][i], 1e-12) << seed;
        for (int j = 0; j < net.width(l - 1); ++j) {
          EXPECT_NEAR(it.gradW[l](i, j), r.gw[l][i][j], 1e-12) << seed;
          EXPECT_NEAR(it.after[l].w(i, j), r.wNew[l][i][j], 1e-12) << seed;
        }
      }
  }
}

TEST(SmallNet, FiniteDifferencesAgreeTo1e8) {
  for (std::uint64_t seed = 1; seed <= 100; ++seed) {
    SmallNet net = randomNet(seed);
    const GradientCheck check = checkGradients(net);
    // relu / leaky_relu have a kink at 0 where the central difference straddles two slopes;
    // a random z lands within 1e-6 of it with probability ~1e-6, so every seed here is smooth.
    EXPECT_LT(check.maxAbsDiff, 1e-8) << "seed " << seed;
    EXPECT_DOUBLE_EQ(check.backpropW[1](0, 0), net.run().gradW[1](0, 0));
  }
  const GradientCheck mazur = checkGradients(SmallNet::mazurPreset());
  EXPECT_NEAR(mazur.numericW[2](0, 0), 0.082167041, 1e-9);
  EXPECT_LT(mazur.maxAbsDiff, 1e-9);
}

TEST(SmallNet, RandomInitIsSeededAndWithinTorchBounds) {
  NetConfig c;
  c.inputs = 4;
  c.sizes = {3, 2};
  c.activations = {ActivationKind::Tanh, ActivationKind::Linear};
  SmallNet a(c), b(c);
  a.randomize(7);
  b.randomize(7);
  EXPECT_EQ(a.params(1).w, b.params(1).w);
  b.randomize(8);
  EXPECT_NE(a.params(1).w, b.params(1).w);
  // nn.Linear: U(−1/√in, 1/√in); in = 4 → bound 0.5
  EXPECT_LE(a.params(1).w.cwiseAbs().maxCoeff(), 0.5);
  EXPECT_LE(a.params(2).w.cwiseAbs().maxCoeff(), 1 / std::sqrt(3.0));
}

TEST(SmallNet, BadConfigurationsAreInputErrors) {
  NetConfig c;
  c.inputs = 5;
  EXPECT_THROW(SmallNet{c}, gs::InputError);
  c.inputs = 2;
  c.sizes = {2, 5};
  EXPECT_THROW(SmallNet{c}, gs::InputError);
  c.sizes = {1, 1, 1, 1, 1};
  c.activations.assign(5, ActivationKind::Sigmoid);
  EXPECT_THROW(SmallNet{c}, gs::InputError);
  c.sizes = {2, 1};
  c.activations = {ActivationKind::Sigmoid, ActivationKind::Sigmoid};
  c.loss = NetLoss::CrossEntropy;
  try {
    SmallNet net(c);
    FAIL() << "cross-entropy with one output accepted";
  } catch (const gs::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("at least 2 output neurons"), std::string::npos);
  }
  SmallNet net = SmallNet::mazurPreset();
  EXPECT_THROW(net.setSample({1}, {0, 1}), gs::InputError);
  EXPECT_THROW(net.setLearningRate(-1), gs::InputError);
  EXPECT_THROW(net.setWeight(1, 0, 0, std::nan("")), gs::InputError);
  EXPECT_THROW(net.setWeight(3, 0, 0, 1), gs::InputError);
  EXPECT_DOUBLE_EQ(net.params(1).w(0, 0), 0.15); // nothing changed
}

TEST(SmallNet, CrossEntropyNeedsAProbabilityTarget) {
  NetConfig c;
  c.loss = NetLoss::CrossEntropy;
  SmallNet net(c);
  EXPECT_THROW(net.setSample({1, 2}, {0.5, 0.6}), gs::InputError);
  EXPECT_THROW(net.setSample({1, 2}, {-1, 2}), gs::InputError);
  net.setSample({1, 2}, {0, 1});
  // all weights 0: z² = 0, softmax = (½, ½), C = −log ½ = log 2, δ² = (½, −½)
  const Iteration it = net.run();
  EXPECT_NEAR(it.loss, std::log(2.0), 1e-15);
  EXPECT_NEAR(it.delta[2](0), 0.5, 1e-15);
  EXPECT_EQ(it.phases[3].notation, "δ² = a² − y   (softmax + cross-entropy)");
}

TEST(SmallNet, OverflowIsReportedNotHidden) {
  NetConfig c;
  c.inputs = 1;
  c.sizes = {1, 1};
  c.activations = {ActivationKind::Linear, ActivationKind::Linear};
  SmallNet net(c);
  net.setWeight(1, 0, 0, 1e200);
  net.setWeight(2, 0, 0, 1e200);
  net.setSample({1}, {0});
  const Iteration it = net.run();
  // z² = 1e200 × 1e200 = inf
  EXPECT_TRUE(std::isinf(it.z[2](0)));
  EXPECT_EQ(it.nonFinite.rfind("z²₁ = inf", 0), 0u) << it.nonFinite;
  EXPECT_NE(it.phases[1].numbers.find("= inf"), std::string::npos);
  EXPECT_TRUE(std::isnan(checkGradients(net).maxAbsDiff) ||
              std::isinf(checkGradients(net).maxAbsDiff));
}
