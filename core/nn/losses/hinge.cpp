// Multi-class hinge loss, torch.nn.MultiMarginLoss(p = 1, margin = 1):
//   ℓ_i = (1/C) Σ_{j ≠ y_i} max(0, 1 - x[i][y_i] + x[i][j]),   L = (1/N) Σ_i ℓ_i
#include "losses.h"

namespace gs::losses {

namespace {

class Hinge : public Loss {
public:
  std::string name() const override { return "hinge"; }
  TargetKind targetKind() const override { return TargetKind::ClassIndex; }
  float decisionThreshold() const override { return 0.0f; }

  double compute(const Tensor& x, const Tensor& y, Tensor* grad) const override {
    const int n = x.dim(0);
    const int c = x.dim(1);
    if (grad)
      *grad = Tensor(x.shape());
    const double scale = 1.0 / (static_cast<double>(n) * c);
    double sum = 0;
    for (int i = 0; i < n; ++i) {
      const float* row = x.data() + static_cast<std::size_t>(i) * c;
      const int target = static_cast<int>(y[i]);
      for (int j = 0; j < c; ++j) {
        if (j == target)
          continue;
        const double margin = 1.0 - row[target] + row[j];
        if (margin <= 0)
          continue;
        sum += margin;
        // an active margin adds +1/(NC) to ∂L/∂x[i][j] and -1/(NC) to ∂L/∂x[i][y_i]
        if (grad) {
          float* g = grad->data() + static_cast<std::size_t>(i) * c;
          g[j] += static_cast<float>(scale);
          g[target] -= static_cast<float>(scale);
        }
      }
    }
    return sum * scale;
  }
};

} // namespace

std::unique_ptr<Loss> makeHinge() {
  return std::make_unique<Hinge>();
}

} // namespace gs::losses
