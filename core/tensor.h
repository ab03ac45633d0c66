#pragma once
// A float32 tensor in row-major NCHW order (PyTorch's layout), backed by a std::vector.
// Eigen::Map views give the GEMMs their matrices without copying. The storage is aligned to
// Eigen's widest vector (64 bytes with AVX-512): Eigen's vectorised sums start their packets
// where the memory is aligned, so an alignment that depended on malloc would make the last
// bits of a result differ from run to run.
#include <Eigen/Core>
#include <cstddef>
#include <string>
#include <vector>

namespace gs {

using Shape = std::vector<int>;
using MatrixRM = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using MapRM = Eigen::Map<MatrixRM>;
using ConstMapRM = Eigen::Map<const MatrixRM>;
using ArrayMap = Eigen::Map<Eigen::ArrayXf>;
using ConstArrayMap = Eigen::Map<const Eigen::ArrayXf>;
using FloatStorage = std::vector<float, Eigen::aligned_allocator<float>>;

/// "[64, 1, 28, 28]"
std::string shapeString(const Shape& shape);
/// Product of the dimensions (1 for an empty shape).
std::size_t shapeSize(const Shape& shape);

class Tensor {
public:
  Tensor() = default;
  explicit Tensor(Shape shape, float fill = 0.0f);
  Tensor(Shape shape, const std::vector<float>& values);

  const Shape& shape() const { return m_shape; }
  int rank() const { return static_cast<int>(m_shape.size()); }
  int dim(int i) const { return m_shape.at(static_cast<std::size_t>(i)); }
  std::size_t size() const { return m_data.size(); }
  bool empty() const { return m_data.empty(); }

  float* data() { return m_data.data(); }
  const float* data() const { return m_data.data(); }
  FloatStorage& values() { return m_data; }
  const FloatStorage& values() const { return m_data; }
  /// A plain copy of the values (for callers that keep or compare a std::vector).
  std::vector<float> toVector() const { return {m_data.begin(), m_data.end()}; }
  float& operator[](std::size_t i) { return m_data[i]; }
  float operator[](std::size_t i) const { return m_data[i]; }

  /// Element of a rank-4 tensor [N][C][H][W].
  float& at(int n, int c, int h, int w);
  float at(int n, int c, int h, int w) const;

  /// Same data, new shape of equal size; throws std::invalid_argument otherwise.
  void reshape(Shape shape);
  Tensor reshaped(Shape shape) const;
  void fill(float value);

  /// The data viewed as a rows×cols row-major matrix (rows·cols must equal size()).
  MapRM matrix(int rows, int cols);
  ConstMapRM matrix(int rows, int cols) const;
  /// Every value as one Eigen array, for element-wise arithmetic and sums.
  ArrayMap array() { return {data(), static_cast<Eigen::Index>(size())}; }
  ConstArrayMap array() const { return {data(), static_cast<Eigen::Index>(size())}; }

  bool operator==(const Tensor& other) const = default;

private:
  std::size_t offset(int n, int c, int h, int w) const;

  Shape m_shape;
  FloatStorage m_data;
};

} // namespace gs
