#include "core/nn/init.h"
#include "core/error.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace gs;

namespace {

struct Stats {
  double mean = 0, std = 0, lo = 1e300, hi = -1e300;
};

Stats statsOf(const Tensor& t) {
  Stats s;
  for (float v : t.values()) {
    s.mean += v;
    s.lo = std::min<double>(s.lo, v);
    s.hi = std::max<double>(s.hi, v);
  }
  s.mean /= static_cast<double>(t.size());
  for (float v : t.values())
    s.std += (v - s.mean) * (v - s.mean);
  s.std = std::sqrt(s.std / static_cast<double>(t.size()));
  return s;
}

// A conv weight [64][32][3][3]: fan_in = 32·9 = 288, fan_out = 64·9 = 576; 18 432 draws, so
// the sample std is within ~1 % of the true one (tolerance 3 %).
const Shape kConv = {64, 32, 3, 3};

Stats draw(const std::string& json) {
  Tensor t(kConv);
  Rng rng(42);
  initTensor(t, initSpecFromJson(nlohmann::json::parse(json), "init"), computeFans(kConv), rng);
  return statsOf(t);
}

} // namespace

TEST(Init, FansFollowPyTorch) {
  const Fans conv = computeFans(kConv);
  EXPECT_EQ(conv.in, 288);
  EXPECT_EQ(conv.out, 576);
  const Fans dense = computeFans({120, 400});
  EXPECT_EQ(dense.in, 400);
  EXPECT_EQ(dense.out, 120);
  EXPECT_THROW(computeFans({10}), InputError);
}

TEST(Init, ZerosAndConstant) {
  EXPECT_EQ(draw("\"zeros\"").hi, 0.0);
  const Stats c = draw(R"({"name":"constant","value":0.3})");
  EXPECT_FLOAT_EQ(static_cast<float>(c.lo), 0.3f);
  EXPECT_FLOAT_EQ(static_cast<float>(c.hi), 0.3f);
}

TEST(Init, UniformBoundsAndMoments) {
  // U(a, b): mean (a + b)/2, std (b − a)/√12
  const Stats s = draw(R"({"name":"uniform","a":-2,"b":4})");
  EXPECT_GE(s.lo, -2.0);
  EXPECT_LT(s.hi, 4.0);
  EXPECT_NEAR(s.mean, 1.0, 0.05);
  EXPECT_NEAR(s.std, 6.0 / std::sqrt(12.0), 0.03 * 6.0 / std::sqrt(12.0));
}

TEST(Init, NormalMoments) {
  const Stats s = draw(R"({"name":"normal","mean":1,"std":3})");
  EXPECT_NEAR(s.mean, 1.0, 0.1);
  EXPECT_NEAR(s.std, 3.0, 0.09);
}

TEST(Init, XavierFormulas) {
  // uniform bound gain·√(6/(288+576)) = √(1/144) = 1/12; normal std gain·√(2/864) = 1/√432
  const Stats u = draw(R"({"name":"xavier_uniform","gain":2})");
  EXPECT_LE(u.hi, 2.0 / 12 + 1e-7);
  EXPECT_GE(u.lo, -2.0 / 12 - 1e-7);
  EXPECT_NEAR(u.std, 2.0 / 12 / std::sqrt(3.0), 0.03 * 2.0 / 12 / std::sqrt(3.0));
  const Stats n = draw("\"xavier_normal\"");
  EXPECT_NEAR(n.std, 1 / std::sqrt(432.0), 0.03 / std::sqrt(432.0));
}

TEST(Init, KaimingFormulas) {
  // relu gain √2: uniform bound √2·√(3/288) = √(6/288); normal std √2/√288 = 1/12
  const Stats u = draw("\"kaiming_uniform\"");
  const double bound = std::sqrt(6.0 / 288);
  EXPECT_LE(u.hi, bound + 1e-7);
  EXPECT_GE(u.lo, -bound - 1e-7);
  EXPECT_GT(u.hi, 0.99 * bound);
  EXPECT_NEAR(u.std, bound / std::sqrt(3.0), 0.03 * bound / std::sqrt(3.0));
  const Stats n = draw("\"kaiming_normal\"");
  EXPECT_NEAR(n.std, 1.0 / 12, 0.03 / 12);
  // fan_out mode and a leaky slope a = 1: gain 1, std 1/√576 = 1/24
  const Stats o = draw(R"({"name":"kaiming_normal","mode":"fan_out","a":1})");
  EXPECT_NEAR(o.std, 1.0 / 24, 0.03 / 24);
}

TEST(Init, LecunNormal) {
  // std = 1/√fan_in = 1/√288
  EXPECT_NEAR(draw("\"lecun_normal\"").std, 1 / std::sqrt(288.0), 0.03 / std::sqrt(288.0));
}

TEST(Init, PyTorchDefaultBound) {
  // kaiming_uniform(a = √5) = U(−1/√fan_in, 1/√fan_in) = U(−1/√288, 1/√288)
  Tensor t(kConv);
  Rng rng(1);
  initDefault(t, computeFans(kConv), rng);
  const Stats s = statsOf(t);
  const double bound = 1 / std::sqrt(288.0);
  EXPECT_LE(s.hi, bound);
  EXPECT_GE(s.lo, -bound);
  EXPECT_GT(s.hi, 0.99 * bound);
  EXPECT_NEAR(s.std, bound / std::sqrt(3.0), 0.03 * bound / std::sqrt(3.0));
}

TEST(Init, SameSeedSameDraws) {
  Tensor a(kConv), b(kConv);
  Rng r1(9), r2(9);
  const InitSpec spec = initSpecFromJson("xavier_normal", "init");
  initTensor(a, spec, computeFans(kConv), r1);
  initTensor(b, spec, computeFans(kConv), r2);
  EXPECT_EQ(a, b);
}

TEST(Init, JsonErrorsAndRoundTrip) {
  EXPECT_THROW(initSpecFromJson("gauss", "init"), InputError);
  try {
    initSpecFromJson(nlohmann::json::parse(R"({"name":"normal","sd":3})"), "init");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "init: unknown field 'sd' for normal");
  }
  EXPECT_THROW(initSpecFromJson(nlohmann::json::parse(R"({"name":"normal","std":-1})"), "init"),
               InputError);
  EXPECT_THROW(initSpecFromJson(nlohmann::json::parse(R"({"std":1})"), "init"), InputError);
  const InitSpec spec =
      initSpecFromJson(nlohmann::json::parse(R"({"name":"normal","std":3})"), "init");
  EXPECT_EQ(spec.std, 3);
  EXPECT_EQ(initSpecFromJson(initSpecToJson(spec), "init"), spec);
  EXPECT_EQ(initSpecToJson(initSpecFromJson("zeros", "init")), "zeros");
}
