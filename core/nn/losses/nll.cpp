// Negative log-likelihood on log-probabilities, torch.nn.NLLLoss:
//   L = -(1/N) Σ_i x[i][y_i]      x: [N, C] log-probabilities, y: [N] class indices
#include "losses.h"

namespace gs::losses {

namespace {

class Nll : public Loss {
public:
  std::string name() const override { return "nll"; }
  TargetKind targetKind() const override { return TargetKind::ClassIndex; }

  double compute(const Tensor& x, const Tensor& y, Tensor* grad) const override {
    const int n = x.dim(0);
    const int c = x.dim(1);
    if (grad)
      *grad = Tensor(x.shape());
    double sum = 0;
    for (int i = 0; i < n; ++i) {
      const std::size_t at = static_cast<std::size_t>(i) * c + static_cast<std::size_t>(y[i]);
      sum -= x[at];
      // ∂L/∂x[i][j] = -1/N for j = y_i, 0 elsewhere
      if (grad)
        (*grad)[at] = -1.0f / static_cast<float>(n);
    }
    return sum / n;
  }
};

} // namespace

std::unique_ptr<Loss> makeNll() {
  return std::make_unique<Nll>();
}

} // namespace gs::losses
