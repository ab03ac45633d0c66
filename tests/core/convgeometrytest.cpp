// Output size and padding (DESIGN.md section 3) against a brute-force count of window positions.
#include "core/convgeometry.h"

#include "core/error.h"

#include <gtest/gtest.h>

namespace gs {
namespace {

/// Counts the window starts t = −p0 + i·s (i = 0, 1, …) whose last cell t + ke − 1 still lies
/// inside the padded axis [−p0, n − 1 + p1].
int bruteForceWindows(int n, int k, int s, int d, int p0, int p1) {
  const int ke = d * (k - 1) + 1;
  int count = 0;
  for (int t = -p0; t + ke - 1 <= n - 1 + p1; t += s)
    ++count;
  return count;
}

TEST(ConvGeometry, OutputSizeSweepMatchesBruteForce) {
  int checked = 0;
  for (int n = 1; n <= 12; ++n)
    for (int k = 1; k <= 5; ++k)
      for (int s = 1; s <= 3; ++s)
        for (int d = 1; d <= 3; ++d) {
          const int ke = d * (k - 1) + 1;
          for (PadMode mode : {PadMode::Valid, PadMode::Same, PadMode::Full}) {
            const AxisPadding p = resolveAxisPadding(mode, n, k, s, d);
            const int brute = bruteForceWindows(n, k, s, d, p.before, p.after);
            EXPECT_EQ(convOutputSize(n, k, s, d, p.before, p.after), brute)
                << padModeName(mode) << " n=" << n << " k=" << k << " s=" << s << " d=" << d;
            if (mode == PadMode::Same) {
              EXPECT_EQ(brute, (n + s - 1) / s); // same: ceil(n / s) outputs
              EXPECT_LE(p.after - p.before, 1);  // the odd cell goes after
              EXPECT_GE(p.after, p.before);
            }
            if (mode == PadMode::Full) {
              EXPECT_EQ(p.before, ke - 1);
              if (s == 1) {
                EXPECT_EQ(brute, n + ke - 1); // every overlap of kernel and input
              }
            }
            if (mode == PadMode::Valid && ke > n) {
              EXPECT_EQ(brute, 0);
              EXPECT_THROW(makeConvGeometry(n, n, k, k, PaddingSpec::valid(), s, s, d, d),
                           InputError);
              continue;
            }
            const ConvGeometry g = makeConvGeometry(n, 4, k, 1, PaddingSpec{mode, {}}, s, 1, d, 1);
            EXPECT_EQ(g.outH, brute);
            EXPECT_EQ(g.pad.top, p.before);
            EXPECT_EQ(g.pad.bottom, p.after);
            ++checked;
          }
          // Explicit padding 0..2 before and after, same brute force.
          for (int p0 = 0; p0 <= 2; ++p0)
            for (int p1 = 0; p1 <= 2; ++p1)
              EXPECT_EQ(convOutputSize(n, k, s, d, p0, p1), bruteForceWindows(n, k, s, d, p0, p1));
        }
  EXPECT_GT(checked, 1000); // the sweep really ran the geometry
}

TEST(ConvGeometry, WorkedExamples) {
  // 5×5, 3×3, stride 2, valid: floor((5 − 3) / 2) + 1 = 2 (the page's second preset)
  const ConvGeometry g = makeConvGeometry(5, 5, 3, 3, PaddingSpec::valid(), 2, 2, 1, 1);
  EXPECT_EQ(g.outH, 2);
  EXPECT_EQ(g.outW, 2);
  // 32×32, 5×5, padding 2, stride 1: (32 + 4 − 5) + 1 = 32
  EXPECT_EQ(convOutputSize(32, 5, 1, 1, 2, 2), 32);
  // same, n = 6, k = 2, s = 1: total = (6 − 1)·1 + 2 − 6 = 1 → before 0, after 1
  const AxisPadding p = resolveAxisPadding(PadMode::Same, 6, 2, 1, 1);
  EXPECT_EQ(p.before, 0);
  EXPECT_EQ(p.after, 1);
  // same, n = 7, k = 3, s = 2: out = 4, total = 3·2 + 3 − 7 = 2 → 1 and 1
  const AxisPadding q = resolveAxisPadding(PadMode::Same, 7, 3, 2, 1);
  EXPECT_EQ(q.before, 1);
  EXPECT_EQ(q.after, 1);
  EXPECT_EQ(effectiveKernel(3, 2), 5); // 2·(3 − 1) + 1
}

TEST(ConvGeometry, ModeNames) {
  EXPECT_EQ(padModeFromName("same"), PadMode::Same);
  EXPECT_EQ(padModeName(PadMode::Full), "full");
  EXPECT_THROW(padModeFromName("circular"), InputError);
}

TEST(ConvGeometry, BadGeometrySaysWhatAndWhere) {
  const auto message = [](auto&& fn) {
    try {
      fn();
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message([] { makeConvGeometry(5, 5, 3, 3, PaddingSpec::valid(), 0, 1, 1, 1); }),
            "stride must be at least 1, got 0");
  EXPECT_EQ(message([] { makeConvGeometry(5, 5, 3, 3, PaddingSpec::valid(), 1, 1, 1, 0); }),
            "dilation must be at least 1, got 0");
  EXPECT_EQ(message([] { makeConvGeometry(3, 3, 5, 5, PaddingSpec::valid(), 1, 1, 1, 1); }),
            "kernel 5×5 (effective 5×5) is larger than the padded input 3×3");
  EXPECT_EQ(
      message([] { makeConvGeometry(5, 5, 3, 3, PaddingSpec::sides(0, -1, 0, 0), 1, 1, 1, 1); }),
      "padding must not be negative");
  EXPECT_EQ(message([] {
              makeConvGeometry(5, 5, 3, 3, PaddingSpec::valid(), -1, 1, 1, 1, "layer 2 (conv2d)");
            }),
            "layer 2 (conv2d): stride must be at least 1, got -1");
  EXPECT_EQ(message([] { makeConvGeometry(0, 5, 3, 3, PaddingSpec::full(), 1, 1, 1, 1); }),
            "input must be at least 1×1, got 0×5");
}

} // namespace
} // namespace gs
