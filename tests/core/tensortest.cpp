// Tensor: shape bookkeeping, NCHW indexing, reshapes and the Eigen matrix views.
#include "core/tensor.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace gs {
namespace {

TEST(Tensor, ShapeSizeAndText) {
  EXPECT_EQ(shapeSize({64, 1, 28, 28}), 50176u); // 64·28·28
  EXPECT_EQ(shapeSize({}), 1u);                  // a scalar holds one value
  EXPECT_EQ(shapeString({64, 1, 28, 28}), "[64, 1, 28, 28]");
  EXPECT_THROW(shapeSize({2, -1}), std::invalid_argument);
  const Tensor t({2, 3}, 1.5f);
  EXPECT_EQ(t.size(), 6u);
  EXPECT_EQ(t.rank(), 2);
  EXPECT_EQ(t.dim(1), 3);
  EXPECT_EQ(t[5], 1.5f);
  EXPECT_THROW(Tensor({2, 2}, std::vector<float>{1, 2, 3}), std::invalid_argument);
}

TEST(Tensor, AtIndexesNchwRowMajor) {
  // [2][3][4][5]: offset of (1, 2, 3, 4) = ((1·3 + 2)·4 + 3)·5 + 4 = 119, the last cell
  Tensor t({2, 3, 4, 5});
  t.at(1, 2, 3, 4) = 7.0f;
  EXPECT_EQ(t[119], 7.0f);
  t.at(0, 1, 0, 2) = 3.0f; // (1·4 + 0)·5 + 2 = 22
  EXPECT_EQ(t[22], 3.0f);
}

TEST(Tensor, ReshapeKeepsDataAndChecksSize) {
  Tensor t({2, 3}, std::vector<float>{1, 2, 3, 4, 5, 6});
  const Tensor r = t.reshaped({3, 2});
  EXPECT_EQ(r.shape(), (Shape{3, 2}));
  EXPECT_EQ(r.values(), t.values());
  EXPECT_THROW(t.reshape({4, 2}), std::invalid_argument);
  t.fill(2.0f);
  EXPECT_EQ(t.toVector(), std::vector<float>(6, 2.0f));
}

TEST(Tensor, MatrixViewSharesStorage) {
  Tensor t({2, 3}, std::vector<float>{1, 2, 3, 4, 5, 6});
  auto m = t.matrix(2, 3);
  EXPECT_EQ(m(1, 0), 4.0f); // row-major: row 1 starts at element 3
  m(0, 2) = 9.0f;
  EXPECT_EQ(t[2], 9.0f);
  // [[1, 2, 9], [4, 5, 6]] · [1, 1, 1]ᵀ = [12, 15]
  const Eigen::VectorXf s = t.matrix(2, 3) * Eigen::VectorXf::Ones(3);
  EXPECT_EQ(s(0), 12.0f);
  EXPECT_EQ(s(1), 15.0f);
  EXPECT_THROW(t.matrix(4, 2), std::invalid_argument);
}

TEST(Tensor, EqualityComparesShapeAndValues) {
  EXPECT_EQ(Tensor({2, 2}, 1.0f), Tensor({2, 2}, 1.0f));
  EXPECT_NE(Tensor({2, 2}, 1.0f), Tensor({4}, 1.0f));
  EXPECT_NE(Tensor({2, 2}, 1.0f), Tensor({2, 2}, 2.0f));
}

} // namespace
} // namespace gs
