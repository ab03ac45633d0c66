// Every loss against PyTorch 1.13 (values and gradients) and against finite differences.
// The reference numbers were produced with /usr/bin/python3 and torch 1.13 in float64:
//   x = torch.tensor(P, dtype=torch.float64, requires_grad=True); l = LossClass()(x, Y);
//   l.backward(); print(l.item(), x.grad.flatten().tolist())
// (msle, mape and exponential have no torch class; they were written with torch ops from
// DESIGN.md section 2, e.g. ((torch.log1p(x) - torch.log1p(y))**2).mean()).
#include "core/nn/loss.h"
#include "core/error.h"

#include <gtest/gtest.h>

#include <cmath>

using gs::Tensor;

namespace {

const Tensor kP({2, 3}, {0.3f, -1.2f, 2.5f, 1.7f, 0.05f, -0.4f});
const Tensor kY({2, 3}, {0.1f, -0.2f, 0.5f, 2.9f, 0.05f, 0.3f});
const Tensor kProb({2, 3}, {0.2f, 0.9f, 0.55f, 0.01f, 0.7f, 0.999f});
const Tensor kYBinary({2, 3}, {0, 1, 1, 0, 0.3f, 1});
const Tensor kPositive({2, 3}, {0.3f, 1.2f, 2.5f, 1.7f, 0.05f, 0.4f});
const Tensor kYPositive({2, 3}, {0.1f, 0.2f, 0.5f, 2.9f, 0.05f, 0.0f});
const Tensor kSigns({2, 3}, {1, -1, 1, -1, -1, 1});
const Tensor kClasses({2}, {2, 0});

struct Case {
  const char* loss;
  const Tensor* prediction;
  const Tensor* target;
  double value;
  std::vector<double> grad;
};

void expectClose(double actual, double expected, const std::string& what) {
  EXPECT_NEAR(actual, expected, 1e-5 * std::max(1.0, std::abs(expected))) << what;
}

void checkAgainstTorch(const Case& c) {
  auto loss = gs::makeLoss(c.loss);
  loss->validate(*c.prediction, *c.target);
  Tensor grad;
  const double value = loss->compute(*c.prediction, *c.target, &grad);
  expectClose(value, c.value, std::string(c.loss) + " value");
  ASSERT_EQ(grad.shape(), c.prediction->shape());
  for (std::size_t i = 0; i < c.grad.size(); ++i)
    expectClose(grad[i], c.grad[i], std::string(c.loss) + " grad " + std::to_string(i));
  EXPECT_DOUBLE_EQ(loss->compute(*c.prediction, *c.target, nullptr), value);
}

// Central differences of the loss in double steps on float inputs.
void checkFiniteDifferences(const char* name, Tensor p, const Tensor& y) {
  auto loss = gs::makeLoss(name);
  Tensor grad;
  loss->compute(p, y, &grad);
  const float h = 1e-3f;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const float keep = p[i];
    p[i] = keep + h;
    const double up = loss->compute(p, y, nullptr);
    p[i] = keep - h;
    const double down = loss->compute(p, y, nullptr);
    p[i] = keep;
    const double numeric = (up - down) / (2.0 * h);
    EXPECT_NEAR(grad[i], numeric, 2e-3 * std::max(1.0, std::abs(numeric)))
        << name << " element " << i;
  }
}

} // namespace

TEST(Loss, RegressionLossesMatchTorch) {
  checkAgainstTorch({"mse",
                     &kP,
                     &kY,
                     1.1616666666666664,
                     {0.06666666666666665, -0.3333333333333333, 0.6666666666666666,
                      -0.39999999999999997, 0.0, -0.2333333333333333}});
  checkAgainstTorch({"mae",
                     &kP,
                     &kY,
                     0.85,
                     {0.16666666666666666, -0.16666666666666666, 0.16666666666666666,
                      -0.16666666666666666, 0.0, -0.16666666666666666}});
  // |d| = 1.0, 2.0, 1.2, 0.0, 0.7 (0.2 at i=0): both branches of Huber are exercised.
  const std::vector<double> huberGrad{
      0.033333333333333326, -0.16666666666666666, 0.16666666666666666, -0.16666666666666666, 0.0,
      -0.11666666666666665};
  checkAgainstTorch({"huber", &kP, &kY, 0.49416666666666664, huberGrad});
  checkAgainstTorch({"smooth_l1", &kP, &kY, 0.49416666666666664, huberGrad});
  checkAgainstTorch({"msle",
                     &kPositive,
                     &kYPositive,
                     0.22694273728738468,
                     {0.04283438068286312, 0.09183875811671445, 0.08069503432259083,
                      -0.04539812100312558, 0.0, 0.08011243729076499}});
  // y = 0 in the last element: the denominator is max(|y|, 1e-7).
  checkAgainstTorch({"mape",
                     &kPositive,
                     &kYPositive,
                     66666856.896551736,
                     {166.66666666666666, 83.33333333333333, 33.333333333333336, -5.74712643678161,
                      0.0, 166666666.6666667}});
  checkAgainstTorch({"exponential",
                     &kP,
                     &kSigns,
                     1.5235234361603853,
                     {-0.12346970344695297, 0.050199035318700354, -0.013680833103983133,
                      0.9123245652878664, 0.175211849396004, -0.2486374496068784}});
}

TEST(Loss, BinaryLossesMatchTorch) {
  checkAgainstTorch({"bce",
                     &kProb,
                     &kYBinary,
                     0.3145292250207527,
                     {0.2083333333333333, -0.1851851851851852, -0.30303030303030304,
                      0.16835016835016833, 0.3174603174603174, -0.1668335001668335}});
  checkAgainstTorch({"bce_with_logits",
                     &kP,
                     &kYBinary,
                     0.980131395983102,
                     {0.09574041946860984, -0.12808746391650294, -0.012643030003540575,
                      0.14092245581941087, 0.03541623274736839, -0.09978127668540866}});
  // torch clamps log(0) to -100: p = 0 with y = 1 costs 100, averaged over 2 elements = 50;
  // the gradient divides by max(p(1-p), 1e-12f): -1 / 9.999999960e-13 / 2.
  const Tensor p({1, 2}, {0.0f, 1.0f});
  const Tensor y({1, 2}, {1.0f, 1.0f});
  checkAgainstTorch({"bce", &p, &y, 50.0, {-500000001997.9014, 0.0}});
  // Logits of ±800 overflow a naive exp; torch gives 400 = (800 + 0) / 2.
  const Tensor big({1, 2}, {800.0f, -800.0f});
  const Tensor zeros({1, 2}, {0.0f, 0.0f});
  checkAgainstTorch({"bce_with_logits", &big, &zeros, 400.0, {0.5, 0.0}});
}

TEST(Loss, ClassificationLossesMatchTorch) {
  // log_softmax(kP) row-wise, so that nll and cross_entropy give the same value.
  Tensor logProb = kP;
  for (int i = 0; i < 2; ++i) {
    double s = 0;
    for (int j = 0; j < 3; ++j)
      s += std::exp(static_cast<double>(kP[i * 3 + j]));
    for (int j = 0; j < 3; ++j)
      logProb[i * 3 + j] = static_cast<float>(kP[i * 3 + j] - std::log(s));
  }
  checkAgainstTorch(
      {"nll", &logProb, &kClasses, 0.20027888436251884, {0.0, 0.0, -0.5, -0.5, 0.0, 0.0}});
  checkAgainstTorch({"cross_entropy",
                     &kP,
                     &kClasses,
                     0.20027888436251884,
                     {0.04878932386281233, 0.010886369647042926, -0.0596756935098553,
                      -0.11962906836254594, 0.07305020266296416, 0.04657886569958177}});
  const Tensor h({2, 3}, {0.3f, 0.9f, 0.5f, 0.2f, 0.25f, -0.4f});
  checkAgainstTorch({"hinge",
                     &h,
                     &kClasses,
                     0.6083333333333334,
                     {0.16666666666666666, 0.16666666666666666, -0.3333333333333333,
                      -0.3333333333333333, 0.16666666666666666, 0.16666666666666666}});
  // Logits of ±1000: the max-shifted log-sum-exp stays finite; torch gives 0.
  const Tensor big({1, 3}, {1000.0f, 0.0f, -1000.0f});
  const Tensor first({1}, {0.0f});
  checkAgainstTorch({"cross_entropy", &big, &first, 0.0, {0.0, 0.0, 0.0}});
}

TEST(Loss, GradientsMatchFiniteDifferences) {
  checkFiniteDifferences("mse", kP, kY);
  checkFiniteDifferences("huber", kP, kY);
  checkFiniteDifferences("smooth_l1", kP, kY);
  checkFiniteDifferences("msle", kPositive, kYPositive);
  checkFiniteDifferences("bce", kProb, kYBinary);
  checkFiniteDifferences("bce_with_logits", kP, kYBinary);
  checkFiniteDifferences("exponential", kP, kSigns);
  checkFiniteDifferences("nll", kP, kClasses);
  checkFiniteDifferences("cross_entropy", kP, kClasses);
  // mae, mape and hinge are piecewise linear: away from their kinks (no p = y, no margin
  // exactly 0) finite differences are exact.
  const Tensor yOff({2, 3}, {0.1f, -0.2f, 0.5f, 2.9f, 0.5f, 0.3f});
  checkFiniteDifferences("mae", kP, yOff);
  const Tensor yOffPositive({2, 3}, {0.1f, 0.2f, 0.5f, 2.9f, 0.5f, 0.2f});
  checkFiniteDifferences("mape", kPositive, yOffPositive);
  checkFiniteDifferences("hinge", Tensor({2, 3}, {0.3f, 0.9f, 0.5f, 0.2f, 0.25f, -0.4f}), kClasses);
}

TEST(Loss, ValidatesShapesAndClassIndices) {
  auto mse = gs::makeLoss("mse");
  try {
    mse->validate(kP, Tensor({2, 2}));
    FAIL() << "no error";
  } catch (const gs::InputError& e) {
    EXPECT_STREQ(e.what(), "mse loss: target shape [2, 2] does not fit prediction shape [2, 3]");
  }
  // [N] targets for an [N, 1] prediction are accepted.
  EXPECT_NO_THROW(mse->validate(Tensor({4, 1}), Tensor({4})));
  auto ce = gs::makeLoss("cross_entropy");
  EXPECT_TRUE(ce->classification());
  EXPECT_FALSE(mse->classification());
  try {
    ce->validate(kP, Tensor({2}, {1.0f, 3.0f}));
    FAIL() << "no error";
  } catch (const gs::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("target 1"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("[0, 3)"), std::string::npos) << e.what();
  }
  EXPECT_THROW(ce->validate(kP, Tensor({3})), gs::InputError);
  EXPECT_THROW(gs::makeLoss("cosine"), gs::InputError);
  EXPECT_EQ(gs::lossNames().size(), 12u);
  for (const std::string& name : gs::lossNames())
    EXPECT_EQ(gs::makeLoss(name)->name(), name);
}

TEST(Loss, AccuracyAndTargetsFromLabels) {
  auto ce = gs::makeLoss("cross_entropy");
  // Row 0 argmax is 2 (target 2), row 1 argmax is 0 (target 0): both right.
  EXPECT_DOUBLE_EQ(*ce->accuracy(kP, kClasses), 1.0);
  EXPECT_DOUBLE_EQ(*ce->accuracy(kP, Tensor({2}, {1.0f, 0.0f})), 0.5);
  EXPECT_FALSE(gs::makeLoss("mse")->accuracy(kP, kY).has_value());

  const std::vector<int> labels{0, 1, 1};
  auto bce = gs::makeLoss("bce");
  EXPECT_EQ(gs::targetsFromLabels(*bce, labels, 2, 1), Tensor({3, 1}, {0, 1, 1}));
  auto expo = gs::makeLoss("exponential");
  EXPECT_EQ(gs::targetsFromLabels(*expo, labels, 2, 1), Tensor({3, 1}, {-1, 1, 1}));
  EXPECT_EQ(gs::targetsFromLabels(*gs::makeLoss("mse"), labels, 2, 2),
            Tensor({3, 2}, {1, 0, 0, 1, 0, 1}));
  EXPECT_EQ(gs::targetsFromLabels(*ce, labels, 2, 2), Tensor({3}, {0, 1, 1}));
  EXPECT_THROW(gs::targetsFromLabels(*bce, {0, 1, 2}, 3, 1), gs::InputError);
  EXPECT_THROW(gs::targetsFromLabels(*ce, {0, 1, 2}, 3, 2), gs::InputError);
  // Logits: class 1 above 0, probabilities: above 0.5.
  EXPECT_DOUBLE_EQ(*gs::makeLoss("bce_with_logits")
                        ->accuracy(Tensor({2, 1}, {-0.1f, 0.2f}), Tensor({2}, {0, 1})),
                   1.0);
  EXPECT_DOUBLE_EQ(*bce->accuracy(Tensor({2, 1}, {0.4f, 0.6f}), Tensor({2}, {1, 1})), 0.5);
}
