// pool(): max (with argmax) and average (padding counted) against torch 1.13
// F.max_pool2d(..., return_indices=True) / F.avg_pool2d — values printed by
// tests/core/conv/convreference.py with /usr/bin/python3 and pasted here.
#include "core/conv/pooling.h"

#include <gtest/gtest.h>

namespace gs {
namespace {

// The 5×4 input P of convreference.py.
const Tensor P({5, 4}, {1, 5, 2, 0, 3, 3, -1, 4, 0, 2, 6, 1, 7, 1, 1, 2, 2, 2, 3, -4});

PoolSpec spec(PoolKind kind, int kh, int kw, int sh, int sw, int padding) {
  PoolSpec s;
  s.kind = kind;
  s.kernelH = kh;
  s.kernelW = kw;
  s.strideH = sh;
  s.strideW = sw;
  s.padding = padding;
  return s;
}

void expectOutput(const Tensor& out, const Shape& shape, const std::vector<float>& want) {
  ASSERT_EQ(out.shape(), shape);
  for (std::size_t i = 0; i < want.size(); ++i)
    EXPECT_NEAR(out[i], want[i], 1e-5) << "flat index " << i;
}

TEST(Pooling, MaxWithArgmaxMatchesTorch) {
  // kernel 2, stride defaults to 2, padding 1: floor((5 + 2 − 2) / 2) + 1 = 3 rows,
  // floor((4 + 2 − 2) / 2) + 1 = 3 columns.
  const PoolResult r = pool(P, spec(PoolKind::Max, 2, 2, 0, 0, 1), true);
  expectOutput(r.output, {1, 3, 3}, {1, 5, 0, 3, 6, 4, 7, 3, 2});
  // torch indices (flat, W = 4): [[0, 1, 3], [4, 10, 7], [12, 18, 15]]
  const std::vector<int> flat{0, 1, 3, 4, 10, 7, 12, 18, 15};
  ASSERT_EQ(r.trace.size(), 9u);
  for (std::size_t s = 0; s < 9; ++s) {
    EXPECT_EQ(r.trace[s].argmaxRow, flat[s] / 4) << "step " << s;
    EXPECT_EQ(r.trace[s].argmaxCol, flat[s] % 4) << "step " << s;
  }
  // The first window covers rows −1..0, columns −1..0: three padding cells and P[0][0] = 1.
  const PoolStep& first = r.trace[0];
  ASSERT_EQ(first.terms.size(), 4u);
  EXPECT_EQ(first.terms[0].row, -1);
  EXPECT_EQ(first.terms[0].col, -1);
  EXPECT_EQ(first.terms[3].row, 0);
  EXPECT_DOUBLE_EQ(first.terms[3].x, 1.0);
  EXPECT_DOUBLE_EQ(first.value, 1.0);

  // kernel 3, stride 2, padding 1: torch [[5, 5], [7, 6], [7, 3]], indices [[1, 1], [12, 10],
  // [12, 18]]
  const PoolResult r3 = pool(P, spec(PoolKind::Max, 3, 3, 2, 2, 1), true);
  expectOutput(r3.output, {1, 3, 2}, {5, 5, 7, 6, 7, 3});
  EXPECT_EQ(r3.trace[3].argmaxRow, 2); // flat 10 = (2, 2)
  EXPECT_EQ(r3.trace[3].argmaxCol, 2);
  EXPECT_EQ(r3.trace[5].argmaxRow, 4); // flat 18 = (4, 2)
  EXPECT_EQ(r3.trace[5].argmaxCol, 2);
}

TEST(Pooling, MaxIgnoresPaddingAndTakesTheFirstOfEqualValues) {
  // All values negative: a padded 0 must never win. Window (0, 0) with padding 1 holds only
  // x[0][0] = −3, so the max is −3 (PyTorch pads max pooling with −∞).
  const Tensor x({2, 2}, {-3, -1, -2, -5});
  const PoolResult r = pool(x, spec(PoolKind::Max, 2, 2, 1, 1, 1), true);
  expectOutput(r.output, {1, 3, 3}, {-3, -1, -1, -2, -1, -1, -2, -2, -5});
  // Ties: [[4, 4], [4, 4]] → the first cell in row-major order, as torch's strict '>' scan.
  const PoolResult tie = pool(Tensor({2, 2}, 4.0f), spec(PoolKind::Max, 2, 2, 0, 0, 0), true);
  EXPECT_EQ(tie.trace[0].argmaxRow, 0);
  EXPECT_EQ(tie.trace[0].argmaxCol, 0);
}

TEST(Pooling, AverageCountsPaddingLikeTorch) {
  // (0, 0) window has one real cell 1 and three padded zeros: 1 / 4 = 0.25.
  const PoolResult r = pool(P, spec(PoolKind::Average, 2, 2, 0, 0, 1), true);
  expectOutput(r.output, {1, 3, 3}, {0.25, 1.75, 0, 0.75, 2.5, 1.25, 2.25, 1.75, -0.5});
  EXPECT_EQ(r.trace[0].argmaxRow, -1); // no argmax for an average
  // kernel 3, stride 2, padding 1: torch [[1.3333, 1.4444], [1.7778, 2.1111], [1.3333,
  // 0.5556]] = [[12, 13], [16, 19], [12, 5]] / 9
  expectOutput(pool(P, spec(PoolKind::Average, 3, 3, 2, 2, 1), false).output, {1, 3, 2},
               {12.0f / 9, 13.0f / 9, 16.0f / 9, 19.0f / 9, 12.0f / 9, 5.0f / 9});
  // Rectangular kernel 2×3 with stride (1, 2): torch [[2.1667], [2.1667], [2.8333], [2.6667]]
  // = [13, 13, 17, 16] / 6 (first window 1+5+2+3+3−1 = 13)
  expectOutput(pool(P, spec(PoolKind::Average, 2, 3, 1, 2, 0), false).output, {1, 4, 1},
               {13.0f / 6, 13.0f / 6, 17.0f / 6, 16.0f / 6});
  expectOutput(pool(P, spec(PoolKind::Max, 2, 3, 1, 2, 0), false).output, {1, 4, 1}, {5, 6, 7, 7});
}

TEST(Pooling, ChannelsArePooledSeparately) {
  // [2, 2, 2]: channel 0 = 1..4, channel 1 = −(1..4); 2×2 max per channel: 4 and −1.
  const Tensor x({2, 2, 2}, {1, 2, 3, 4, -1, -2, -3, -4});
  const PoolResult r = pool(x, spec(PoolKind::Max, 2, 2, 0, 0, 0), true);
  expectOutput(r.output, {2, 1, 1}, {4, -1});
  EXPECT_EQ(r.trace[1].channel, 1);
  EXPECT_EQ(r.trace[1].argmaxRow, 0);
  EXPECT_EQ(r.trace[1].argmaxCol, 0);
}

TEST(Pooling, BadInputSaysWhatIsWrong) {
  const auto message = [](const Tensor& x, const PoolSpec& s) {
    try {
      pool(x, s, false);
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message(P, spec(PoolKind::Max, 0, 2, 0, 0, 0)),
            "pooling kernel must be at least 1×1, got 0×2");
  EXPECT_EQ(message(P, spec(PoolKind::Max, 2, 2, -1, 1, 0)), "stride must be at least 1, got -1");
  EXPECT_EQ(message(P, spec(PoolKind::Max, 2, 2, 0, 0, 2)),
            "padding 2 is more than half the pooling kernel 2×2");
  EXPECT_EQ(message(P, spec(PoolKind::Max, 2, 2, 0, 0, -1)),
            "padding must not be negative, got -1");
  EXPECT_EQ(message(P, spec(PoolKind::Max, 6, 6, 0, 0, 0)),
            "kernel 6×6 (effective 6×6) is larger than the padded input 5×4");
  EXPECT_EQ(message(Tensor({4, 4097}), spec(PoolKind::Max, 2, 2, 0, 0, 0)),
            "input 4×4097 is larger than the 4096×4096 limit");
  EXPECT_EQ(message(Tensor({4}), spec(PoolKind::Max, 2, 2, 0, 0, 0)),
            "input must be [H][W] or [C][H][W], got shape [4]");
  EXPECT_EQ(poolKindFromName("avg"), PoolKind::Average);
  EXPECT_THROW(poolKindFromName("mean"), InputError);
}

} // namespace
} // namespace gs
