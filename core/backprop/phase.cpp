#include "phase.h"

#include "smallnet.h"

#include <cmath>
#include <cstdio>

namespace gs::backprop {

std::string formatCompact(double v, bool parenthesizeNegative) {
  char buf[48];
  if (std::isnan(v))
    return "nan";
  if (std::isinf(v))
    std::snprintf(buf, sizeof buf, "%s", v > 0 ? "inf" : "-inf");
  else if (v == 0)
    std::snprintf(buf, sizeof buf, "0"); // also -0
  else
    std::snprintf(buf, sizeof buf, "%.4g", v);
  const std::string s = buf;
  return parenthesizeNegative && s.front() == '-' ? "(" + s + ")" : s;
}

std::string superscript(int n) {
  static const char* digits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  return n >= 0 && n <= 9 ? digits[n] : "^" + std::to_string(n);
}

std::string subscript(int n) {
  static const char* digits[] = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};
  return n >= 0 && n <= 9 ? digits[n] : "_" + std::to_string(n);
}

namespace {

std::string num(double v) {
  return formatCompact(v, true);
}

// "z²₁": a quantity of layer l, neuron i (0-based in, 1-based out)
// (built with += : GCC 12 warns falsely (-Wrestrict) on "literal" + std::string chains)
std::string q(const char* name, int l, int i) {
  std::string s = name;
  s += superscript(l);
  s += subscript(i + 1);
  return s;
}
std::string q2(const char* name, int l, int i, int j) {
  std::string s = q(name, l, i);
  s += subscript(j + 1);
  return s;
}

std::string sigmaName(const SmallNet& net, int l) {
  return net.isSoftmax(l) ? "softmax" : activationName(net.config().activations[l - 1]);
}

void join(std::string& text, const std::string& line) {
  if (!text.empty())
    text += '\n';
  text += line;
}

Phase forwardPhase(const SmallNet& net, const Iteration& it, int l) {
  Phase p{PhaseKind::Forward, l, {}, {}, {}, {}};
  const std::string L = superscript(l), Lm = superscript(l - 1);
  p.notation = "z" + L + " = W" + L + " a" + Lm + " + b" + L + ",   a" + L + " = " +
               (net.isSoftmax(l) ? "softmax(z" + L + ")" : "σ(z" + L + ")");
  const int n = net.width(l), m = net.width(l - 1);
  for (int i = 0; i < n; ++i) {
    std::string line = q("z", l, i) + " = ";
    for (int j = 0; j < m; ++j) {
      line += (j ? " + " : "") + num(it.before[l].w(i, j)) + "×" + num(it.a[l - 1](j));
      p.reads.push_back({Quantity::Weight, l, i, j});
    }
    line += " + " + num(it.before[l].b(i)) + " = " + formatCompact(it.z[l](i));
    p.reads.push_back({Quantity::Bias, l, i, 0});
    if (net.isSoftmax(l)) {
      std::string denominator;
      for (int k = 0; k < n; ++k)
        denominator += (k ? " + " : "") + std::string("e^") + num(it.z[l](k));
      line += ",   " + q("a", l, i) + " = e^" + num(it.z[l](i)) + " / (" + denominator +
              ") = " + formatCompact(it.a[l](i));
    } else {
      line += ",   " + q("a", l, i) + " = " + sigmaName(net, l) + "(" + formatCompact(it.z[l](i)) +
              ") = " + formatCompact(it.a[l](i));
    }
    join(p.numbers, line);
    p.writes.push_back({Quantity::Z, l, i, 0});
    p.writes.push_back({Quantity::A, l, i, 0});
  }
  for (int j = 0; j < m; ++j)
    p.reads.push_back({Quantity::A, l - 1, j, 0});
  return p;
}

Phase lossPhase(const SmallNet& net, const Iteration& it) {
  const int L = net.layers(), n = net.width(L);
  Phase p{PhaseKind::Loss, L, {}, {}, {}, {{Quantity::Loss, L, 0, 0}}};
  std::string terms;
  if (net.config().loss == NetLoss::Mse) {
    p.notation = "C = (1/n) Σᵢ (a" + superscript(L) + "ᵢ − yᵢ)²";
    for (int i = 0; i < n; ++i)
      terms += (i ? " + " : "") + std::string("(") + num(it.a[L](i)) + " − " + num(it.y(i)) + ")²";
    p.numbers = "C = (" + terms + ") / " + std::to_string(n) + " = " + formatCompact(it.loss);
  } else {
    p.notation = "C = −Σᵢ yᵢ log a" + superscript(L) + "ᵢ";
    for (int i = 0; i < n; ++i)
      terms += (i ? " + " : "") + num(it.y(i)) + "×log " + num(it.a[L](i));
    p.numbers = "C = −(" + terms + ") = " + formatCompact(it.loss);
  }
  for (int i = 0; i < n; ++i) {
    p.reads.push_back({Quantity::A, L, i, 0});
    p.reads.push_back({Quantity::Target, L, i, 0});
  }
  return p;
}

Phase outputErrorPhase(const SmallNet& net, const Iteration& it) {
  const int L = net.layers(), n = net.width(L);
  Phase p{PhaseKind::OutputError, L, {}, {}, {}, {}};
  const std::string S = superscript(L);
  if (net.isSoftmax(L)) {
    p.notation = "δ" + S + " = a" + S + " − y   (softmax + cross-entropy)";
    for (int i = 0; i < n; ++i)
      join(p.numbers, q("δ", L, i) + " = " + num(it.a[L](i)) + " − " + num(it.y(i)) + " = " +
                          formatCompact(it.delta[L](i)));
  } else {
    p.notation = "δ" + S + " = ∇ₐC ⊙ σ'(z" + S + "),   ∇ₐC = (2/n)(a" + S + " − y)";
    const std::string name = sigmaName(net, L);
    for (int i = 0; i < n; ++i) {
      const double dsig = activateDerivative(net.config().activations[L - 1], it.z[L](i));
      join(p.numbers, q("δ", L, i) + " = (2/" + std::to_string(n) + ")×(" + num(it.a[L](i)) +
                          " − " + num(it.y(i)) + ") × " + name + "'(" + num(it.z[L](i)) +
                          ") = " + num(it.dCda(i)) + " × " + num(dsig) + " = " +
                          formatCompact(it.delta[L](i)));
      p.reads.push_back({Quantity::Z, L, i, 0});
    }
  }
  for (int i = 0; i < n; ++i) {
    p.reads.push_back({Quantity::A, L, i, 0});
    p.reads.push_back({Quantity::Target, L, i, 0});
    p.writes.push_back({Quantity::Delta, L, i, 0});
  }
  return p;
}

Phase hiddenErrorPhase(const SmallNet& net, const Iteration& it, int l) {
  Phase p{PhaseKind::HiddenError, l, {}, {}, {}, {}};
  const std::string S = superscript(l), N = superscript(l + 1);
  p.notation = "δ" + S + " = ((W" + N + ")ᵀ δ" + N + ") ⊙ σ'(z" + S + ")";
  const std::string name = sigmaName(net, l);
  const int n = net.width(l), next = net.width(l + 1);
  for (int i = 0; i < n; ++i) {
    std::string sum;
    double back = 0;
    for (int k = 0; k < next; ++k) {
      sum += (k ? " + " : "") + num(it.before[l + 1].w(k, i)) + "×" + num(it.delta[l + 1](k));
      back += it.before[l + 1].w(k, i) * it.delta[l + 1](k);
      p.reads.push_back({Quantity::Weight, l + 1, k, i});
    }
    const double dsig = activateDerivative(net.config().activations[l - 1], it.z[l](i));
    join(p.numbers, q("δ", l, i) + " = (" + sum + ") × " + name + "'(" + num(it.z[l](i)) + ") = " +
                        num(back) + " × " + num(dsig) + " = " + formatCompact(it.delta[l](i)));
    p.reads.push_back({Quantity::Z, l, i, 0});
    p.writes.push_back({Quantity::Delta, l, i, 0});
  }
  for (int k = 0; k < next; ++k)
    p.reads.push_back({Quantity::Delta, l + 1, k, 0});
  return p;
}

Phase biasGradientPhase(const SmallNet& net, const Iteration& it, int l) {
  Phase p{
      PhaseKind::BiasGradient, l, "∂C/∂b" + superscript(l) + " = δ" + superscript(l), {}, {}, {}};
  for (int i = 0; i < net.width(l); ++i) {
    join(p.numbers,
         "∂C/∂" + q("b", l, i) + " = " + q("δ", l, i) + " = " + formatCompact(it.gradB[l](i)));
    p.reads.push_back({Quantity::Delta, l, i, 0});
    p.writes.push_back({Quantity::GradB, l, i, 0});
  }
  return p;
}

Phase weightGradientPhase(const SmallNet& net, const Iteration& it, int l) {
  const std::string S = superscript(l);
  Phase p{PhaseKind::WeightGradient,
          l,
          "∂C/∂W" + S + " = δ" + S + " (a" + superscript(l - 1) + ")ᵀ",
          {},
          {},
          {}};
  for (int i = 0; i < net.width(l); ++i) {
    std::string line;
    for (int j = 0; j < net.width(l - 1); ++j) {
      line += (j ? ",   " : "") + std::string("∂C/∂") + q2("W", l, i, j) + " = " +
              num(it.delta[l](i)) + "×" + num(it.a[l - 1](j)) + " = " +
              formatCompact(it.gradW[l](i, j));
      p.writes.push_back({Quantity::GradW, l, i, j});
    }
    join(p.numbers, line);
    p.reads.push_back({Quantity::Delta, l, i, 0});
  }
  for (int j = 0; j < net.width(l - 1); ++j)
    p.reads.push_back({Quantity::A, l - 1, j, 0});
  return p;
}

Phase updatePhase(const SmallNet& net, const Iteration& it, int l) {
  const std::string S = superscript(l);
  Phase p{PhaseKind::Update,
          l,
          "W" + S + " ← W" + S + " − η ∂C/∂W" + S + ",   b" + S + " ← b" + S + " − η ∂C/∂b" + S,
          {},
          {},
          {}};
  const std::string eta = num(net.learningRate());
  for (int i = 0; i < net.width(l); ++i) {
    std::string line;
    for (int j = 0; j < net.width(l - 1); ++j) {
      line += q2("W", l, i, j) + ": " + num(it.before[l].w(i, j)) + " − " + eta + "×" +
              num(it.gradW[l](i, j)) + " = " + formatCompact(it.after[l].w(i, j)) + ",   ";
      p.reads.push_back({Quantity::GradW, l, i, j});
      p.writes.push_back({Quantity::Weight, l, i, j});
    }
    line += q("b", l, i) + ": " + num(it.before[l].b(i)) + " − " + eta + "×" + num(it.gradB[l](i)) +
            " = " + formatCompact(it.after[l].b(i));
    join(p.numbers, line);
    p.reads.push_back({Quantity::GradB, l, i, 0});
    p.writes.push_back({Quantity::Bias, l, i, 0});
  }
  return p;
}

} // namespace

std::vector<Phase> buildPhases(const SmallNet& net, const Iteration& it) {
  const int L = net.layers();
  std::vector<Phase> phases;
  for (int l = 1; l <= L; ++l)
    phases.push_back(forwardPhase(net, it, l));
  phases.push_back(lossPhase(net, it));
  phases.push_back(outputErrorPhase(net, it));
  for (int l = L - 1; l >= 1; --l)
    phases.push_back(hiddenErrorPhase(net, it, l));
  for (int l = L; l >= 1; --l) {
    phases.push_back(biasGradientPhase(net, it, l));
    phases.push_back(weightGradientPhase(net, it, l));
  }
  for (int l = L; l >= 1; --l)
    phases.push_back(updatePhase(net, it, l));
  return phases;
}

} // namespace gs::backprop
