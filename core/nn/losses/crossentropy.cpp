// Cross-entropy on logits, torch.nn.CrossEntropyLoss: log-softmax followed by NLL.
//   L = (1/N) Σ_i ( log Σ_j e^{z[i][j]} - z[i][y_i] )
// computed as m + log Σ_j e^{z_j - m} with m = max_j z_j so that no exponential overflows.
#include "losses.h"

#include <algorithm>
#include <cmath>

namespace gs::losses {

namespace {

class CrossEntropy : public Loss {
public:
  std::string name() const override { return "cross_entropy"; }
  TargetKind targetKind() const override { return TargetKind::ClassIndex; }
  float decisionThreshold() const override { return 0.0f; }

  double compute(const Tensor& z, const Tensor& y, Tensor* grad) const override {
    const int n = z.dim(0);
    const int c = z.dim(1);
    if (grad)
      *grad = Tensor(z.shape());
    double sum = 0;
    for (int i = 0; i < n; ++i) {
      const float* row = z.data() + static_cast<std::size_t>(i) * c;
      const int target = static_cast<int>(y[i]);
      const double m = *std::max_element(row, row + c);
      double s = 0;
      for (int j = 0; j < c; ++j)
        s += std::exp(row[j] - m);
      const double logSumExp = m + std::log(s);
      sum += logSumExp - row[target];
      if (!grad)
        continue;
      // ∂L/∂z[i][j] = (softmax(z_i)_j - [j = y_i]) / N
      float* g = grad->data() + static_cast<std::size_t>(i) * c;
      for (int j = 0; j < c; ++j) {
        const double softmax = std::exp(row[j] - logSumExp);
        g[j] = static_cast<float>((softmax - (j == target ? 1.0 : 0.0)) / n);
      }
    }
    return sum / n;
  }
};

} // namespace

std::unique_ptr<Loss> makeCrossEntropy() {
  return std::make_unique<CrossEntropy>();
}

} // namespace gs::losses
