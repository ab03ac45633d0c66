// im2col / col2im: a hand-unrolled example and the adjoint identity <im2col(x), c> = <x, col2im(c)>
// that makes col2im the correct backward pass of im2col.
#include "core/im2col.h"

#include "core/rng.h"

#include <gtest/gtest.h>
#include <vector>

namespace gs {
namespace {

TEST(Im2col, UnrollsEveryWindowIntoAColumn) {
  // x = [[1, 2, 3], [4, 5, 6], [7, 8, 9]], 2×2 kernel, valid, stride 1: windows at (0,0), (0,1),
  // (1,0), (1,1). Row r = m·kw + n holds kernel cell (m, n) of every window.
  const std::vector<float> x{1, 2, 3, 4, 5, 6, 7, 8, 9};
  const ConvGeometry g = makeConvGeometry(3, 3, 2, 2, PaddingSpec::valid(), 1, 1, 1, 1);
  std::vector<float> cols(4 * 4, -1.0f);
  im2col(x.data(), 1, g, cols.data());
  const std::vector<float> want{1, 2, 4, 5,  // (0,0) of each window
                                2, 3, 5, 6,  // (0,1)
                                4, 5, 7, 8,  // (1,0)
                                5, 6, 8, 9}; // (1,1)
  EXPECT_EQ(cols, want);
}

TEST(Im2col, PaddingCellsReadZeroAndStrideDilationSkip) {
  // 1×4 row [1, 2, 3, 4], kernel 1×2 with dilation 2 (taps 0 and 2), padding left 1, stride 2:
  // starts −1 and 1 → taps (−1, 1) and (1, 3) → values (0, 2) and (2, 4).
  const std::vector<float> x{1, 2, 3, 4};
  const ConvGeometry g = makeConvGeometry(1, 4, 1, 2, PaddingSpec::sides(0, 0, 1, 0), 1, 2, 1, 2);
  ASSERT_EQ(g.outW, 2);
  std::vector<float> cols(2 * 2);
  im2col(x.data(), 1, g, cols.data());
  EXPECT_EQ(cols, (std::vector<float>{0, 2, 2, 4}));
  // col2im adds each entry back where it came from: cell 1 (value 2) was read twice.
  std::vector<float> back(4, 0.0f);
  col2im(std::vector<float>{1, 1, 1, 1}.data(), 1, g, back.data());
  EXPECT_EQ(back, (std::vector<float>{0, 2, 0, 1}));
}

TEST(Im2col, Col2imIsTheAdjointOfIm2col) {
  Rng rng(42);
  struct Case {
    int C, H, W, kh, kw, sh, sw, dh, dw;
    PaddingSpec pad;
  };
  const std::vector<Case> cases{
      {1, 5, 5, 3, 3, 1, 1, 1, 1, PaddingSpec::valid()},
      {2, 6, 7, 3, 2, 2, 1, 1, 1, PaddingSpec::same()},
      {3, 7, 5, 2, 3, 1, 2, 2, 1, PaddingSpec::full()},
      {2, 8, 8, 3, 3, 3, 2, 2, 3, PaddingSpec::sides(2, 0, 1, 3)},
  };
  for (const Case& c : cases) {
    const ConvGeometry g = makeConvGeometry(c.H, c.W, c.kh, c.kw, c.pad, c.sh, c.sw, c.dh, c.dw);
    const std::size_t nx = static_cast<std::size_t>(c.C) * c.H * c.W;
    const std::size_t nc = static_cast<std::size_t>(c.C) * c.kh * c.kw * g.outH * g.outW;
    std::vector<float> x(nx), cvec(nc), cols(nc), back(nx, 0.0f);
    for (float& v : x)
      v = static_cast<float>(rng.uniform(-1, 1));
    for (float& v : cvec)
      v = static_cast<float>(rng.uniform(-1, 1));
    im2col(x.data(), c.C, g, cols.data());
    col2im(cvec.data(), c.C, g, back.data());
    double lhs = 0, rhs = 0; // <im2col(x), c> and <x, col2im(c)>
    for (std::size_t i = 0; i < nc; ++i)
      lhs += static_cast<double>(cols[i]) * cvec[i];
    for (std::size_t i = 0; i < nx; ++i)
      rhs += static_cast<double>(x[i]) * back[i];
    EXPECT_NEAR(lhs, rhs, 1e-4) << "case C=" << c.C << " H=" << c.H << " W=" << c.W;
    EXPECT_NE(lhs, 0.0);
  }
}

TEST(Im2col, Col2imAccumulatesIntoTheInput) {
  // col2im adds, it does not overwrite: starting from 10 everywhere, a 1×1 kernel adds 1 once.
  const ConvGeometry g = makeConvGeometry(2, 2, 1, 1, PaddingSpec::valid(), 1, 1, 1, 1);
  std::vector<float> in(4, 10.0f);
  col2im(std::vector<float>{1, 1, 1, 1}.data(), 1, g, in.data());
  EXPECT_EQ(in, (std::vector<float>{11, 11, 11, 11}));
}

} // namespace
} // namespace gs
