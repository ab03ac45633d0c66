// The `shapes` image set: determinism, balance, pixel ranges, and figures that are what
// their class says.
#include "core/data/shapes.h"
#include "core/error.h"

#include <gtest/gtest.h>

TEST(Shapes, DeterministicBalancedImages) {
  gs::ShapesOptions o;
  o.samples = 800;
  o.seed = 3;
  gs::Dataset a = gs::makeShapes(o);
  gs::Dataset b = gs::makeShapes(o);
  EXPECT_EQ(a.sampleShape(), (gs::Shape{1, 28, 28}));
  EXPECT_TRUE(a.isImage());
  EXPECT_EQ(a.classes(), 8);
  EXPECT_EQ(a.classNames()[4], "circle");
  EXPECT_EQ(a.slice(0, 800).x, b.slice(0, 800).x);
  EXPECT_EQ(a.classCounts(), std::vector<std::size_t>(8, 100));
  o.seed = 4;
  EXPECT_NE(gs::makeShapes(o).slice(0, 10).x, a.slice(0, 10).x);
  // Bytes / 255: every pixel in [0, 1].
  const gs::Batch all = a.slice(0, 800);
  for (float v : all.x.values())
    ASSERT_TRUE(v >= 0.0f && v <= 1.0f);
}

TEST(Shapes, FiguresHaveTheirShape) {
  gs::ShapesOptions o;
  o.samples = 80;
  o.noise = 0;
  o.classes = 6;
  gs::Dataset d = gs::makeShapes(o);
  for (std::size_t i = 0; i < d.size(); ++i) {
    const gs::Tensor img = d.sample(i);
    int rowsLit = 0, colsLit = 0;
    for (int r = 0; r < 28; ++r) {
      bool lit = false;
      for (int c = 0; c < 28; ++c)
        lit = lit || img[r * 28 + c] > 0.5f;
      rowsLit += lit;
    }
    for (int c = 0; c < 28; ++c) {
      bool lit = false;
      for (int r = 0; r < 28; ++r)
        lit = lit || img[r * 28 + c] > 0.5f;
      colsLit += lit;
    }
    // A horizontal line (stroke ≤ 3 px) spans at most 4 rows but at least 8 columns
    // (length 2·size ≥ 8); a vertical line the other way round; other figures span both.
    if (d.label(i) == 0) {
      EXPECT_LE(rowsLit, 4);
      EXPECT_GE(colsLit, 8);
    } else if (d.label(i) == 1) {
      EXPECT_LE(colsLit, 4);
      EXPECT_GE(rowsLit, 8);
    } else {
      EXPECT_GE(rowsLit, 8) << "class " << d.label(i);
      EXPECT_GE(colsLit, 8) << "class " << d.label(i);
    }
  }
}

TEST(Shapes, RejectsBadOptions) {
  gs::ShapesOptions o;
  o.classes = 9;
  EXPECT_THROW(gs::makeShapes(o), gs::InputError);
  o.classes = 6;
  o.noise = -1;
  EXPECT_THROW(gs::makeShapes(o), gs::InputError);
}
