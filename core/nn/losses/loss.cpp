// The shared parts of every loss: shape checks, class predictions, accuracy, the factory.
#include "losses.h"

#include "../../error.h"

#include <cmath>

namespace gs {

namespace {

int rows(const Tensor& t) {
  return t.rank() == 0 ? 1 : t.dim(0);
}

} // namespace

void Loss::validate(const Tensor& prediction, const Tensor& target) const {
  const std::string what = name() + " loss: ";
  if (prediction.rank() < 1 || prediction.empty())
    throw InputError(what + "empty prediction " + shapeString(prediction.shape()));
  if (classification()) {
    if (prediction.rank() != 2)
      throw InputError(what + "expects predictions [N, classes], got " +
                       shapeString(prediction.shape()));
    if (target.rank() != 1 || target.dim(0) != prediction.dim(0))
      throw InputError(what + "expects " + std::to_string(prediction.dim(0)) +
                       " class indices for predictions " + shapeString(prediction.shape()) +
                       ", got targets " + shapeString(target.shape()));
    const int classes = prediction.dim(1);
    for (std::size_t i = 0; i < target.size(); ++i) {
      const float c = target[i];
      if (!(c >= 0 && c < static_cast<float>(classes)) || std::floor(c) != c)
        throw InputError(what + "target " + std::to_string(i) + " is " + std::to_string(c) +
                         ", not a class index in [0, " + std::to_string(classes) + ")");
    }
    return;
  }
  // Targets of the prediction's shape; [N] is accepted for predictions [N, 1].
  if (target.size() != prediction.size() || rows(target) != rows(prediction))
    throw InputError(what + "target shape " + shapeString(target.shape()) +
                     " does not fit prediction shape " + shapeString(prediction.shape()));
}

std::vector<int> Loss::predictClasses(const Tensor& prediction) const {
  const int n = rows(prediction);
  const int width = static_cast<int>(prediction.size()) / std::max(n, 1);
  std::vector<int> classes(static_cast<std::size_t>(n), 0);
  for (int i = 0; i < n; ++i) {
    const float* row = prediction.data() + static_cast<std::size_t>(i) * width;
    if (width == 1) {
      classes[i] = row[0] > decisionThreshold() ? 1 : 0;
      continue;
    }
    int best = 0;
    for (int j = 1; j < width; ++j)
      if (row[j] > row[best])
        best = j;
    classes[i] = best;
  }
  return classes;
}

std::optional<double> Loss::accuracy(const Tensor& prediction, const Tensor& target) const {
  switch (targetKind()) {
  case TargetKind::Value:
    return std::nullopt;
  case TargetKind::ClassIndex: {
    const std::vector<int> predicted = predictClasses(prediction);
    std::size_t correct = 0;
    for (std::size_t i = 0; i < predicted.size(); ++i)
      correct += predicted[i] == static_cast<int>(target[i]);
    return static_cast<double>(correct) / static_cast<double>(predicted.size());
  }
  case TargetKind::Binary:
  case TargetKind::Sign: {
    // One decision per output element: above the threshold means the positive class.
    const float targetThreshold = targetKind() == TargetKind::Binary ? 0.5f : 0.0f;
    std::size_t correct = 0;
    for (std::size_t i = 0; i < prediction.size(); ++i)
      correct += (prediction[i] > decisionThreshold()) == (target[i] > targetThreshold);
    return static_cast<double>(correct) / static_cast<double>(prediction.size());
  }
  }
  return std::nullopt;
}

std::vector<std::string> lossNames() {
  return {"mse", "mae",           "huber", "smooth_l1",  "msle", "mape", "bce", "bce_with_logits",
          "nll", "cross_entropy", "hinge", "exponential"};
}

std::unique_ptr<Loss> makeLoss(const std::string& name) {
  using namespace losses;
  if (name == "mse")
    return makeMse();
  if (name == "mae" || name == "l1")
    return makeMae();
  if (name == "huber")
    return makeHuber();
  if (name == "smooth_l1")
    return makeSmoothL1();
  if (name == "msle")
    return makeMsle();
  if (name == "mape")
    return makeMape();
  if (name == "bce")
    return makeBce();
  if (name == "bce_with_logits")
    return makeBceWithLogits();
  if (name == "nll")
    return makeNll();
  if (name == "cross_entropy")
    return makeCrossEntropy();
  if (name == "hinge")
    return makeHinge();
  if (name == "exponential")
    return makeExponential();
  std::string known;
  for (const std::string& n : lossNames())
    known += (known.empty() ? "" : ", ") + n;
  throw InputError("unknown loss '" + name + "' (known: " + known + ")");
}

Tensor targetsFromLabels(const Loss& loss, const std::vector<int>& labels, int classes,
                         int outputs) {
  const int n = static_cast<int>(labels.size());
  if (loss.classification()) {
    if (classes > outputs)
      throw InputError(loss.name() + " loss: the data has " + std::to_string(classes) +
                       " classes but the network has " + std::to_string(outputs) + " outputs");
    Tensor t({n});
    for (int i = 0; i < n; ++i)
      t[i] = static_cast<float>(labels[i]);
    return t;
  }
  const float negative = loss.targetKind() == TargetKind::Sign ? -1.0f : 0.0f;
  if (outputs == 1) {
    if (classes > 2)
      throw InputError(loss.name() + " loss: one output can tell 2 classes, the data has " +
                       std::to_string(classes) + " (give the network one output per class)");
    Tensor t({n, 1});
    for (int i = 0; i < n; ++i)
      t[i] = labels[i] == 1 ? 1.0f : negative;
    return t;
  }
  if (classes != outputs)
    throw InputError(loss.name() + " loss: the data has " + std::to_string(classes) +
                     " classes but the network has " + std::to_string(outputs) +
                     " outputs (one-hot targets need one output per class)");
  Tensor t({n, outputs}, negative);
  for (int i = 0; i < n; ++i)
    t[static_cast<std::size_t>(i) * outputs + labels[i]] = 1.0f;
  return t;
}

namespace losses {

double ElementwiseLoss::compute(const Tensor& prediction, const Tensor& target,
                                Tensor* grad) const {
  const std::size_t n = prediction.size();
  if (grad)
    *grad = Tensor(prediction.shape());
  double sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    double d = 0;
    sum += term(prediction[i], target[i], d);
    // L = (1/n) Σ term_i  =>  ∂L/∂p_i = term'_i / n
    if (grad)
      (*grad)[i] = static_cast<float>(d / static_cast<double>(n));
  }
  return sum / static_cast<double>(n);
}

} // namespace losses

} // namespace gs
