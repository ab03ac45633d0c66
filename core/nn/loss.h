#pragma once
// Loss functions with torch.nn's definitions and reduction='mean' (DESIGN.md section 2).
// Each gives its value and its gradient with respect to the prediction.
#include "../tensor.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gs {

/// What a loss expects as target.
enum class TargetKind {
  ClassIndex, ///< [N] class indices, prediction [N, C] (nll, cross_entropy, hinge)
  Binary,     ///< same shape as the prediction, values in [0, 1] (bce, bce_with_logits)
  Sign,       ///< same shape as the prediction, values -1 or +1 (exponential)
  Value       ///< same shape as the prediction, any values (mse, mae, huber, ...)
};

class Loss {
public:
  virtual ~Loss() = default;

  /// "mse", "cross_entropy", ...
  virtual std::string name() const = 0;
  virtual TargetKind targetKind() const { return TargetKind::Value; }
  /// True when the targets are class indices.
  bool classification() const { return targetKind() == TargetKind::ClassIndex; }

  /// Throws InputError naming the loss and both shapes (or the bad class index) when the
  /// target does not fit the prediction.
  void validate(const Tensor& prediction, const Tensor& target) const;

  /// The mean loss over the batch. When `grad` is not null it receives ∂L/∂prediction
  /// (same shape as the prediction). Call validate() first: compute() trusts the shapes.
  virtual double compute(const Tensor& prediction, const Tensor& target, Tensor* grad) const = 0;

  /// Prediction value above which a single output means class 1 (0.5 for probabilities,
  /// 0 for logits and signed scores).
  virtual float decisionThreshold() const { return 0.5f; }

  /// The predicted class of every sample: argmax over outputs, or the threshold for one output.
  std::vector<int> predictClasses(const Tensor& prediction) const;

  /// Fraction of samples classified correctly, judged from the targets this loss takes;
  /// nullopt for TargetKind::Value.
  std::optional<double> accuracy(const Tensor& prediction, const Tensor& target) const;
};

/// Builds a loss by name; InputError listing the names for an unknown one.
std::unique_ptr<Loss> makeLoss(const std::string& name);

/// Names accepted by makeLoss, in the course's order.
std::vector<std::string> lossNames();

/// Targets for `loss` from class labels, for a network with `outputs` outputs: the indices
/// (ClassIndex); the label itself for one output (Binary: 0/1, Sign: -1/+1, Value: 0/1);
/// one-hot rows otherwise (Sign: -1 for the other classes). Throws InputError when the
/// labels do not fit (e.g. three classes for one output).
Tensor targetsFromLabels(const Loss& loss, const std::vector<int>& labels, int classes,
                         int outputs);

} // namespace gs
