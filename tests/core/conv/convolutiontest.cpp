// convolve(): golden values for every mode, odd and even kernels, stride, padding, dilation,
// several channels, flip. Reference grids come from tests/core/conv/convreference.py
// (/usr/bin/python3 with torch 1.13 F.conv2d for cross-correlation and scipy.signal.convolve2d
// for mathematical convolution); its printed output is pasted below.
#include "core/conv/convolution.h"

#include <gtest/gtest.h>

namespace gs {
namespace {

using Grid = std::vector<std::vector<float>>;

Tensor plane(const Grid& rows) {
  std::vector<float> v;
  for (const auto& r : rows)
    v.insert(v.end(), r.begin(), r.end());
  return Tensor({static_cast<int>(rows.size()), static_cast<int>(rows.front().size())}, v);
}

void expectPlane(const Tensor& out, int channel, const Grid& want) {
  ASSERT_EQ(out.rank(), 3);
  ASSERT_EQ(out.dim(1), static_cast<int>(want.size()));
  ASSERT_EQ(out.dim(2), static_cast<int>(want.front().size()));
  for (int i = 0; i < out.dim(1); ++i)
    for (int j = 0; j < out.dim(2); ++j)
      EXPECT_NEAR(out[(static_cast<std::size_t>(channel) * out.dim(1) + i) * out.dim(2) + j],
                  want[i][j], 1e-5)
          << "channel " << channel << " cell (" << i << ", " << j << ")";
}

ConvSpec withPadding(PaddingSpec p, bool flip = false) {
  ConvSpec s;
  s.padding = p;
  s.flip = flip;
  return s;
}

// The 5×5 input and the kernels of convreference.py.
const Tensor A =
    plane({{1, 2, 0, 3, 1}, {4, 1, 2, 0, 2}, {0, 3, 1, 2, 1}, {2, 0, 4, 1, 3}, {1, 2, 1, 0, 2}});
const Tensor K3 = plane({{1, 0, -1}, {2, 1, 0}, {0, -1, 1}});
const Tensor K2 = plane({{1, 2}, {-1, 3}});

TEST(Convolution, CourseExampleFirstOutputIsOne) {
  // Course notes: kernel rows [-1, 0, 1] ×3, bias 1, input top-left [[1,0,2],[5,4,2],[3,4,5]].
  // Σ = (−1+0+2) + (−5+0+2) + (−3+0+5) = 1 − 3 + 2 = 0, plus bias 1 → 1.
  const Tensor x = plane({{1, 0, 2, 7}, {5, 4, 2, 1}, {3, 4, 5, 0}, {9, 9, 9, 9}});
  const Tensor k = plane({{-1, 0, 1}, {-1, 0, 1}, {-1, 0, 1}});
  const ConvResult r = convolve(x, k, {1.0f}, ConvSpec{}, true);
  ASSERT_EQ(r.output.shape(), (Shape{1, 2, 2}));
  EXPECT_FLOAT_EQ(r.output[0], 1.0f);
  ASSERT_EQ(r.trace.size(), 4u);
  EXPECT_EQ(traceEquation(r.trace[0]),
            "(-1)×1 + 0×0 + 1×2 + (-1)×5 + 0×4 + 1×2 + (-1)×3 + 0×4 + 1×5 + 1 = 1");
  EXPECT_DOUBLE_EQ(r.trace[0].sum, 0.0);
  EXPECT_DOUBLE_EQ(r.trace[0].bias, 1.0);
  EXPECT_DOUBLE_EQ(r.trace[0].value, 1.0);
}

TEST(Convolution, OddKernelAllModes) {
  // [0][0] valid = 1·1 + 0·2 + (−1)·0 + 2·4 + 1·1 + 0·2 + 0·0 + (−1)·3 + 1·1 = 8
  expectPlane(convolve(A, K3, {}, ConvSpec{}, false).output, 0,
              {{8, 4, 2}, {9, 5, 6}, {2, 4, 11}}); // torch F.conv2d(A, K3)
  expectPlane(convolve(A, K3, {}, withPadding(PaddingSpec::same()), false).output, 0,
              {{-2, 5, 2, 5, 5},
               {5, 8, 4, 2, 4},
               {-3, 9, 5, 6, 2},
               {0, 2, 4, 11, 5},
               {1, 2, 4, 3, 3}}); // torch padding='same'
  expectPlane(convolve(A, K3, {}, withPadding(PaddingSpec::full()), false).output, 0,
              {{1, 1, -2, 3, -2, -1, 0},
               {4, -2, 5, 2, 5, 5, 2},
               {-1, 5, 8, 4, 2, 4, 5},
               {-2, -3, 9, 5, 6, 2, 4},
               {1, 0, 2, 4, 11, 5, 7},
               {-2, 1, 2, 4, 3, 3, 7},
               {-1, -2, 0, 2, -1, 0, 2}}); // torch padding=2
}

TEST(Convolution, EvenKernelSamePutsExtraPaddingAfter) {
  expectPlane(convolve(A, K2, {}, ConvSpec{}, false).output, 0,
              {{4, 7, 4, 11}, {15, 5, 7, 5}, {4, 17, 4, 12}, {7, 9, 5, 13}});
  // same with a 2×2 kernel: total padding 1 goes after, so the first rows/columns equal valid
  // and the last column is the window hanging over the right edge: [4][4] = 1·2 = 2.
  const ConvResult same = convolve(A, K2, {}, withPadding(PaddingSpec::same()), false);
  EXPECT_EQ(same.geometry.pad, (Padding{0, 1, 0, 1}));
  expectPlane(same.output, 0,
              {{4, 7, 4, 11, -1},
               {15, 5, 7, 5, 1},
               {4, 17, 4, 12, -2},
               {7, 9, 5, 13, 1},
               {5, 4, 1, 4, 2}}); // torch padding='same' (extra zero after)
  expectPlane(convolve(A, K2, {}, withPadding(PaddingSpec::full()), false).output, 0,
              {{3, 5, -2, 9, 0, -1},
               {14, 4, 7, 4, 11, -1},
               {8, 15, 5, 7, 5, 1},
               {6, 4, 17, 4, 12, -2},
               {7, 7, 9, 5, 13, 1},
               {2, 5, 4, 1, 4, 2}}); // torch padding=1
}

TEST(Convolution, FlipMatchesScipyAndMatlab) {
  // scipy.signal.convolve2d(A, K, 'full' / 'valid'); MATLAB conv2 'same' is the central part of
  // 'full' starting at floor(k/2) (computed in convreference.py from the scipy 'full' grid).
  expectPlane(convolve(A, K3, {}, withPadding(PaddingSpec::full(), true), false).output, 0,
              {{1, 2, -1, 1, 1, -3, -1},
               {6, 6, 0, 5, 5, 1, -2},
               {8, 8, 5, 3, 1, 2, 0},
               {2, 2, 10, 5, 5, -2, -1},
               {5, 4, 5, 6, 7, 4, -1},
               {2, 3, 6, -3, 7, 0, 3},
               {0, -1, -1, 1, 1, -2, 2}});
  expectPlane(convolve(A, K3, {}, withPadding(PaddingSpec::valid(), true), false).output, 0,
              {{5, 3, 1}, {10, 5, 5}, {5, 6, 7}});
  expectPlane(
      convolve(A, K3, {}, withPadding(PaddingSpec::same(), true), false).output, 0,
      {{6, 0, 5, 5, 1}, {8, 5, 3, 1, 2}, {2, 10, 5, 5, -2}, {4, 5, 6, 7, 4}, {3, 6, -3, 7, 0}});
  expectPlane(convolve(A, K2, {}, withPadding(PaddingSpec::full(), true), false).output, 0,
              {{1, 4, 4, 3, 7, 2},
               {3, 10, 10, 1, 10, 7},
               {-4, 14, 8, 10, 3, 8},
               {2, 1, 12, 10, 10, 9},
               {-1, 10, 1, 13, 2, 13},
               {-1, 1, 5, 3, -2, 6}});
  expectPlane(convolve(A, K2, {}, withPadding(PaddingSpec::valid(), true), false).output, 0,
              {{10, 10, 1, 10}, {14, 8, 10, 3}, {1, 12, 10, 10}, {10, 1, 13, 2}});
  // Even kernel 'same': MATLAB keeps full[1..5] (offset floor(2/2) = 1), unlike scipy 'same'.
  expectPlane(convolve(A, K2, {}, withPadding(PaddingSpec::same(), true), false).output, 0,
              {{10, 10, 1, 10, 7},
               {14, 8, 10, 3, 8},
               {1, 12, 10, 10, 9},
               {10, 1, 13, 2, 13},
               {1, 5, 3, -2, 6}});
}

TEST(Convolution, MatlabDocumentationCheckValue) {
  // MATLAB: u = [-1 2 3 -2 0 1 2], v = [2 4 -1 1], conv(u, v, 'same') = [15 5 -9 7 6 7 -1];
  // as a 1×7 input with a 1×4 kernel. full = [-2 0 15 5 -9 7 6 7 -1 2] (numpy.convolve).
  const Tensor u({1, 7}, {-1, 2, 3, -2, 0, 1, 2});
  const Tensor v({1, 4}, {2, 4, -1, 1});
  expectPlane(convolve(u, v, {}, withPadding(PaddingSpec::same(), true), false).output, 0,
              {{15, 5, -9, 7, 6, 7, -1}});
  expectPlane(convolve(u, v, {}, withPadding(PaddingSpec::full(), true), false).output, 0,
              {{-2, 0, 15, 5, -9, 7, 6, 7, -1, 2}});
}

TEST(Convolution, FlipTwiceIsNoFlip) {
  // Flipping the kernel by hand and asking for flip again rotates it back: the result equals
  // cross-correlation with the original kernel.
  for (const Tensor& k : {K3, K2}) {
    const Tensor plain = convolve(A, k, {}, withPadding(PaddingSpec::same()), false).output;
    const Tensor twice =
        convolve(A, rotate180(k), {}, withPadding(PaddingSpec::same(), true), false).output;
    EXPECT_EQ(plain, twice);
    EXPECT_EQ(rotate180(rotate180(k)), k);
  }
  EXPECT_EQ(rotate180(K2), plane({{3, -1}, {2, 1}}));
}

TEST(Convolution, StridePaddingDilation) {
  ConvSpec s = withPadding(PaddingSpec::uniform(1));
  s.strideH = s.strideW = 2;
  // floor((5 + 2 − 3) / 2) + 1 = 3 per axis; torch stride=2, padding=1
  expectPlane(convolve(A, K3, {}, s, false).output, 0, {{-2, 2, 5}, {-3, 5, 2}, {1, 4, 3}});

  ConvSpec d = withPadding(PaddingSpec::uniform(2));
  d.dilationH = d.dilationW = 2;
  // effective kernel 5: floor((5 + 4 − 5) / 1) + 1 = 5; torch dilation=2, padding=2
  expectPlane(
      convolve(A, K3, {}, d, false).output, 0,
      {{2, 1, 2, 5, 0}, {6, 2, 9, 1, 3}, {0, -2, 2, 10, 1}, {0, 0, 10, 2, 13}, {0, 0, 2, 7, 5}});

  ConvSpec p = withPadding(PaddingSpec::sides(1, 1, 0, 0));
  p.strideH = 2;
  // per-axis stride (2, 1) and padding (1, 0); torch stride=(2,1), padding=(1,0)
  expectPlane(convolve(A, K2, {}, p, false).output, 0,
              {{5, -2, 9, 0}, {15, 5, 7, 5}, {7, 9, 5, 13}});

  // T,B,L,R = 1,0,2,1: torch F.pad(A, (2,1,1,0)) then valid; the first column sees only padding
  const ConvResult sides = convolve(A, K2, {}, withPadding(PaddingSpec::sides(1, 0, 2, 1)), false);
  expectPlane(sides.output, 0,
              {{0, 3, 5, -2, 9, 0, -1},
               {0, 14, 4, 7, 4, 11, -1},
               {0, 8, 15, 5, 7, 5, 1},
               {0, 6, 4, 17, 4, 12, -2},
               {0, 7, 7, 9, 5, 13, 1}});
}

TEST(Convolution, MultiChannelWithBiasAndRelu) {
  // X = [A, 0.5·rot90(A)] (2 channels), 3 kernels of 2×3×3, bias [1, −2, 0.5];
  // torch F.conv2d(X, W, b, padding='same').
  const Tensor x1 = plane({{0.5, 1, 0.5, 1.5, 1},
                           {1.5, 0, 1, 0.5, 0},
                           {0, 1, 0.5, 2, 0.5},
                           {1, 0.5, 1.5, 0, 1},
                           {0.5, 2, 0, 1, 0.5}});
  std::vector<float> xv = A.toVector();
  xv.insert(xv.end(), x1.values().begin(), x1.values().end());
  const Tensor x({2, 5, 5}, xv);
  const Tensor k3t = plane({{1, 2, 0}, {0, 1, -1}, {-1, 0, 1}}); // K3ᵀ
  const Tensor ones = plane({{1, 1, 1}, {1, 1, 1}, {1, 1, 1}});
  const Tensor negEye = plane({{-1, 0, 0}, {0, -1, 0}, {0, 0, -1}});
  const Tensor half = plane({{0.5, 0, -0.5}, {1, 0.5, 0}, {0, -0.5, 0.5}});
  const Tensor zero({3, 3});
  std::vector<float> wv;
  for (const Tensor* t : {&K3, &k3t, &ones, &negEye, &half, &zero})
    wv.insert(wv.end(), t->values().begin(), t->values().end());
  const Tensor w({3, 2, 3, 3}, wv);
  const std::vector<float> b{1, -2, 0.5};

  const ConvResult r = convolve(x, w, b, withPadding(PaddingSpec::same()), true);
  ASSERT_EQ(r.output.shape(), (Shape{3, 5, 5}));
  expectPlane(r.output, 0,
              {{-1.5, 6, 2.5, 5.5, 6.5},
               {9.5, 11, 8.5, 7, 6.5},
               {0.5, 12.5, 6, 10, 4},
               {3.5, 3.5, 7.5, 16, 9},
               {2.5, 7, 7.5, 6, 6.5}});
  expectPlane(r.output, 1,
              {{5.5, 6, 5, 4.5, 3},
               {6.5, 11, 8, 8.5, 5.5},
               {7.5, 11, 11.5, 10, 6},
               {3, 11.5, 8.5, 12, 4},
               {2.5, 5, 5.5, 6.5, 3.5}});
  expectPlane(r.output, 2,
              {{-0.5, 3, 1.5, 3, 3},
               {3, 4.5, 2.5, 1.5, 2.5},
               {-1, 5, 3, 3.5, 1.5},
               {0.5, 1.5, 2.5, 6, 3},
               {1, 1.5, 2.5, 2, 2}});
  // The trace: 18 terms per step, two channel partial sums adding to the sum, in output order.
  ASSERT_EQ(r.trace.size(), 75u);
  const TraceStep& s = r.trace[25 + 6]; // kernel 1, cell (1, 1)
  EXPECT_EQ(s.out, 1);
  EXPECT_EQ(s.i, 1);
  EXPECT_EQ(s.j, 1);
  ASSERT_EQ(s.terms.size(), 18u);
  ASSERT_EQ(s.channelSums.size(), 2u);
  // channel 0 with the all-ones kernel: Σ A[0..2][0..2] = 1+2+0+4+1+2+0+3+1 = 14;
  // channel 1 with −I: −(0.5 + 0 + 0.5) = −1; 14 − 1 − 2 = 11
  EXPECT_DOUBLE_EQ(s.channelSums[0], 14.0);
  EXPECT_DOUBLE_EQ(s.channelSums[1], -1.0);
  EXPECT_DOUBLE_EQ(s.sum, 13.0);
  EXPECT_DOUBLE_EQ(s.bias, -2.0);
  EXPECT_FLOAT_EQ(static_cast<float>(s.value), 11.0f);

  // stride 2, valid, ReLU: torch F.relu(F.conv2d(X, W, b, stride=2))
  ConvSpec relu;
  relu.strideH = relu.strideW = 2;
  relu.activation = Activation::Relu;
  const Tensor y = convolve(x, w, b, relu, false).output;
  expectPlane(y, 0, {{11, 7}, {3.5, 16}});
  expectPlane(y, 1, {{11, 8.5}, {11.5, 12}});
  expectPlane(y, 2, {{4.5, 1.5}, {1.5, 6}});
}

TEST(Convolution, ActivationsApplyToSumPlusBias) {
  // 1×1 input 2, kernel 1×1 weight −1.5, bias 0.5: pre-activation −2.5
  const Tensor x({1, 1}, {2});
  const Tensor k({1, 1}, {-1.5});
  ConvSpec s;
  const auto value = [&](Activation a) {
    s.activation = a;
    return convolve(x, k, {0.5f}, s, false).output[0];
  };
  EXPECT_FLOAT_EQ(value(Activation::None), -2.5f);
  EXPECT_FLOAT_EQ(value(Activation::Relu), 0.0f);
  EXPECT_NEAR(value(Activation::Sigmoid), 0.0758582, 1e-6); // 1/(1+e^2.5)
  EXPECT_NEAR(value(Activation::Tanh), -0.9866143, 1e-6);   // tanh(−2.5)
  EXPECT_EQ(activationFromName("sigmoid"), Activation::Sigmoid);
  EXPECT_EQ(activationName(Activation::Tanh), "tanh");
  EXPECT_THROW(activationFromName("softmax"), InputError);
}

TEST(Convolution, TraceRecordsPaddingCellsAndFlippedWeights) {
  // same with K2 and flip: the window at (4, 4) covers rows 4..5, cols 4..5; three cells lie in
  // the bottom/right padding and read 0. The weight met at window cell (0, 0) is K2[1][1] = 3.
  const ConvResult r = convolve(A, K2, {}, withPadding(PaddingSpec::same(), true), true);
  const TraceStep& s = r.trace.back();
  ASSERT_EQ(s.terms.size(), 4u);
  EXPECT_EQ(s.terms[0].row, 4);
  EXPECT_EQ(s.terms[0].col, 4);
  EXPECT_EQ(s.terms[0].kRow, 1);
  EXPECT_EQ(s.terms[0].kCol, 1);
  EXPECT_DOUBLE_EQ(s.terms[0].w, 3.0);
  EXPECT_DOUBLE_EQ(s.terms[0].x, 2.0);
  EXPECT_EQ(s.terms[3].row, 5); // padding row
  EXPECT_DOUBLE_EQ(s.terms[3].x, 0.0);
  EXPECT_DOUBLE_EQ(s.value, 6.0); // 3·2 = 6, the MATLAB 'same' corner above
  EXPECT_EQ(traceEquation(s), "3×2 + (-1)×0 + 2×0 + 1×0 = 6");
}

TEST(Convolution, CostCounts) {
  // 3 input channels, 16 kernels 3×3: params = 16·3·3·3 + 16 = 448
  EXPECT_EQ(convCost(3, 16, 3, 3, 32, 32).params, 448);
  // MACs = 16·32·32·3·3·3 = 442368; FLOPs twice that
  EXPECT_EQ(convCost(3, 16, 3, 3, 32, 32).macs, 442368);
  EXPECT_EQ(convCost(3, 16, 3, 3, 32, 32).flops, 884736);
  // convolve() reports the same for the 5×5 same example: 1·1·3·3 + 1 = 10, 25·9 = 225 MACs
  const ConvResult r = convolve(A, K3, {}, withPadding(PaddingSpec::same()), false);
  EXPECT_EQ(r.cost.params, 10);
  EXPECT_EQ(r.cost.macs, 225);
  EXPECT_EQ(r.cost.flops, 450);
}

TEST(Convolution, InputIsUnrolledInBandsWithTheSameResult) {
  // A 100×1000 input with a 3×3 kernel unrolls into 9·1000 floats per output row, so convolve()
  // works in bands of 2^16 / 9000 = 7 rows (15 bands). The kernel picks the cell above the
  // centre: y[i][j] = x[i−1][j] (row 0 reads the top padding, 0). A band that started at the
  // wrong row would shift the rows after a band boundary.
  const int H = 100, W = 1000;
  Tensor x({H, W});
  for (std::size_t i = 0; i < x.size(); ++i)
    x[i] = static_cast<float>(i % 1013);
  const Tensor k = plane({{0, 1, 0}, {0, 0, 0}, {0, 0, 0}});
  const Tensor y = convolve(x, k, {}, withPadding(PaddingSpec::same()), false).output;
  ASSERT_EQ(y.shape(), (Shape{1, H, W}));
  std::vector<float> want(static_cast<std::size_t>(W), 0.0f);
  want.insert(want.end(), x.values().begin(), x.values().end() - W);
  EXPECT_EQ(y.toVector(), want);
}

TEST(Convolution, BadInputSaysWhatIsWrong) {
  const auto message = [](auto&& fn) {
    try {
      fn();
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const Tensor x3({3, 4, 4});
  const Tensor k2({1, 2, 3, 3});
  EXPECT_EQ(message([&] { convolve(x3, k2, {}, ConvSpec{}, false); }),
            "kernel has 2 channels, input has 3");
  EXPECT_EQ(message([&] {
              convolve(A, K3, {1, 2}, ConvSpec{}, false);
            }),
            "bias has 2 values, expected 1 (one per kernel)");
  ConvSpec s;
  s.strideW = 0;
  EXPECT_EQ(message([&] { convolve(A, K3, {}, s, false); }), "stride must be at least 1, got 0");
  s = ConvSpec{};
  s.strideH = -2;
  EXPECT_EQ(message([&] { convolve(A, K3, {}, s, false); }), "stride must be at least 1, got -2");
  s = ConvSpec{};
  s.dilationH = 0;
  EXPECT_EQ(message([&] { convolve(A, K3, {}, s, false); }), "dilation must be at least 1, got 0");
  const Tensor big({6, 6});
  EXPECT_EQ(message([&] { convolve(A, big, {}, ConvSpec{}, false); }),
            "valid mode: kernel 6×6 is larger than the input 5×5; valid uses no padding, so "
            "there is no output (use same or full)");
  s = ConvSpec{};
  s.dilationH = s.dilationW = 3; // effective 7×7
  EXPECT_EQ(message([&] { convolve(A, K3, {}, s, false); }),
            "valid mode: kernel 3×3 (effective 7×7) is larger than the input 5×5; valid uses no "
            "padding, so there is no output (use same or full)");
  EXPECT_EQ(message([&] { convolve(A, big, {}, withPadding(PaddingSpec::uniform(0)), false); }),
            "kernel 6×6 (effective 6×6) is larger than the padded input 5×5");
  EXPECT_EQ(message([&] {
              convolve(Tensor({4097, 3}), K3, {}, ConvSpec{}, false);
            }),
            "input 4097×3 is larger than the 4096×4096 limit");
  EXPECT_EQ(message([&] {
              convolve(Tensor({2, 2, 2, 2}), K3, {}, ConvSpec{}, false);
            }),
            "input must be [H][W] or [C][H][W], got shape [2, 2, 2, 2]");
  EXPECT_EQ(message([&] { convolve(A, Tensor({3}), {}, ConvSpec{}, false); }),
            "kernel must be [kh][kw], [C][kh][kw] or [N][C][kh][kw], got shape [3]");
}

} // namespace
} // namespace gs
