#pragma once
// The steps of one backpropagation iteration as the Backprop page shows them: for each phase
// the equation in notation, the same equation with the numbers substituted, and the cells it
// reads and writes (to highlight on the diagram).
#include <string>
#include <vector>

namespace gs::backprop {

enum class PhaseKind {
  Forward,        ///< zˡ = Wˡ aˡ⁻¹ + bˡ, aˡ = σ(zˡ)
  Loss,           ///< C
  OutputError,    ///< δᴸ
  HiddenError,    ///< δˡ, l < L
  BiasGradient,   ///< ∂C/∂bˡ
  WeightGradient, ///< ∂C/∂Wˡ
  Update          ///< Wˡ, bˡ old → new
};

/// What a cell holds. Layer l as in the equations; row (and col for matrices) 0-based.
enum class Quantity { A, Z, Target, Loss, Delta, Weight, Bias, GradW, GradB };

struct Cell {
  Quantity quantity = Quantity::A;
  int layer = 0;
  int row = 0;
  int col = 0;
  bool operator==(const Cell&) const = default;
};

struct Phase {
  PhaseKind kind = PhaseKind::Forward;
  int layer = 0;
  std::string notation; ///< "δ² = ∇ₐC ⊙ σ'(z²)"
  std::string numbers;  ///< one line per neuron (or weight row), '\n' between lines
  std::vector<Cell> reads;
  std::vector<Cell> writes; ///< the quantity this phase computes
};

class SmallNet;
struct Iteration;

/// The phases in order: forward 1..L, loss, δᴸ, δᴸ⁻¹..δ¹, then ∂C/∂bˡ and ∂C/∂Wˡ for
/// l = L..1, then the update of layers L..1: 5L + 1 phases.
std::vector<Phase> buildPhases(const SmallNet& net, const Iteration& it);

/// A number as the equations write it: 4 significant digits ("0.5933", "0.0004386", "1.106"),
/// integers without decimals, "inf" / "-inf" / "nan"; negatives in parentheses when asked.
std::string formatCompact(double v, bool parenthesizeNegative = false);

/// "¹" … for layer indices and "₁" … for neuron indices (1-based as written).
std::string superscript(int n);
std::string subscript(int n);

} // namespace gs::backprop
