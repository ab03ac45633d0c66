// The built-in 2-D sets: determinism, balance, ranges and the geometry that defines each.
#include "core/data/synthetic.h"
#include "core/error.h"

#include <gtest/gtest.h>

#include <cmath>

using gs::makeSynthetic;
using gs::SyntheticOptions;

TEST(Synthetic, SameSeedSameData) {
  for (const std::string& name : gs::syntheticNames()) {
    SyntheticOptions o;
    o.seed = 7;
    const gs::Batch a = makeSynthetic(name, o).slice(0, 400);
    const gs::Batch b = makeSynthetic(name, o).slice(0, 400);
    EXPECT_EQ(a.x, b.x) << name;
    EXPECT_EQ(a.labels, b.labels) << name;
    o.seed = 8;
    EXPECT_NE(makeSynthetic(name, o).slice(0, 400).x, a.x) << name;
  }
}

TEST(Synthetic, BalancedInterleavedAndInRange) {
  for (const std::string& name : gs::syntheticNames()) {
    SyntheticOptions o;
    o.samples = 301;
    o.classes = (name == "xor" || name == "moons") ? 2 : 3;
    gs::Dataset d = makeSynthetic(name, o);
    ASSERT_EQ(d.size(), 301u);
    EXPECT_EQ(d.sampleShape(), gs::Shape{2});
    // Sample i has class i mod k: 301 = 3·100 + 1 -> counts 101, 100, 100.
    const std::vector<std::size_t> counts = d.classCounts();
    if (o.classes == 3)
      EXPECT_EQ(counts, (std::vector<std::size_t>{101, 100, 100})) << name;
    else
      EXPECT_EQ(counts, (std::vector<std::size_t>{151, 150})) << name;
    EXPECT_EQ(d.label(4), 4 % o.classes);
    // Every generator keeps its points within radius 1.2 before noise (moons: |x| ≤ 1.5);
    // noise 0.1 adds at most ~0.5 at 5 sigma.
    const gs::Batch b = d.slice(0, d.size());
    for (float v : b.x.values())
      EXPECT_LT(std::abs(v), 2.0f) << name;
  }
}

TEST(Synthetic, GeometryWithoutNoise) {
  SyntheticOptions o;
  o.noise = 0;
  o.samples = 200;
  // circle, 2 classes: class 0 within radius 0.4, class 1 in [0.5, 0.9].
  gs::Batch c = makeSynthetic("circle", o).slice(0, 200);
  for (int i = 0; i < 200; ++i) {
    const double r = std::hypot(c.x[2 * i], c.x[2 * i + 1]);
    if (c.labels[i] == 0)
      EXPECT_LE(r, 0.4 + 1e-6);
    else
      EXPECT_TRUE(r >= 0.5 - 1e-6 && r <= 0.9 + 1e-6) << r;
  }
  // xor: class 0 exactly where x·y > 0.
  gs::Batch x = makeSynthetic("xor", o).slice(0, 200);
  for (int i = 0; i < 200; ++i)
    EXPECT_EQ(x.x[2 * i] * x.x[2 * i + 1] > 0, x.labels[i] == 0);
  // moons: the outer moon (class 0) lies on the unit circle around (-0.5, -0.25).
  gs::Batch m = makeSynthetic("moons", o).slice(0, 200);
  for (int i = 0; i < 200; i += 2)
    EXPECT_NEAR(std::hypot(m.x[2 * i] + 0.5, m.x[2 * i + 1] + 0.25), 1.0, 1e-5);
  // spiral: radius equals the arm parameter u in [0, 1).
  gs::Batch s = makeSynthetic("spiral", o).slice(0, 200);
  for (int i = 0; i < 200; ++i)
    EXPECT_LT(std::hypot(s.x[2 * i], s.x[2 * i + 1]), 1.0);
}

TEST(Synthetic, RejectsBadOptions) {
  SyntheticOptions o;
  o.classes = 3;
  EXPECT_THROW(makeSynthetic("xor", o), gs::InputError);
  EXPECT_THROW(makeSynthetic("moons", o), gs::InputError);
  o.classes = 1;
  EXPECT_THROW(makeSynthetic("spiral", o), gs::InputError);
  EXPECT_THROW(makeSynthetic("donut", SyntheticOptions{}), gs::InputError);
  o = {};
  o.samples = 0;
  EXPECT_THROW(makeSynthetic("circle", o), gs::InputError);
}
