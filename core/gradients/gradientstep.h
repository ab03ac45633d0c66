#pragma once
// What the probes record in one training step of the gradients experiment (DESIGN.md 4.5):
// one entry per weight layer, layer 1 nearest the input. Plain values, copied to the GUI.
#include <vector>

namespace gs {

/// Distribution of one layer's activations over the batch (all units, all samples).
struct ActivationStats {
  double mean = 0, std = 0;
  double min = 0, q1 = 0, median = 0, q3 = 0, max = 0;
  /// sigmoid, tanh: fraction of values in the flat tails (sigmoid < 0.01 or > 0.99,
  /// |tanh| > 0.99); relu family: fraction of units that are ≤ 0 for every sample ("dead");
  /// the output layer: 0.
  double saturated = 0;
};

struct GradientStep {
  int step = 0;    ///< 1 for the first step
  double loss = 0; ///< computed in this step, before its update
  /// ‖∂L/∂W_l‖ (Frobenius) before clipping, l = 1..L.
  std::vector<double> gradNorm;
  /// Standard deviation of the output of weight layer l's activation (the logits for l = L).
  std::vector<double> actStd;
  std::vector<ActivationStats> activations;
  /// ‖ΔW_l‖ / ‖W_l‖ of this step's update (Frobenius, ΔW the change the optimizer made).
  std::vector<double> updateRatio;
  /// Norm of all parameter gradients together (weights and biases) before and after clipping;
  /// equal when clipping is off or did not act.
  double globalNorm = 0;
  double clippedNorm = 0;
  /// First weight layer (1-based) whose gradient, weight or activation is not finite;
  /// 0 when only the loss is; -1 when everything is finite.
  int nonFiniteLayer = -1;
};

} // namespace gs
