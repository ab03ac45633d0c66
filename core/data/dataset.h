#pragma once
// A data set: samples with class labels or target vectors. Images stay as bytes (0..255) and
// become floats only for the batch asked for, so all of Fashion-MNIST fits in ~55 MB.
// A Dataset is a cheap view (shared storage + the positions it covers): splits, subsets and
// copies for snapshots share the samples.
#include "../rng.h"
#include "../tensor.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace gs {

/// Thrown when a long load is cancelled through its std::atomic<bool>.
class Cancelled : public std::runtime_error {
public:
  Cancelled()
      : std::runtime_error("cancelled") {}
};

/// Called with the fraction done, in [0, 1].
using ProgressFn = std::function<void(double)>;

/// The samples themselves. Exactly one of `features` / `bytes` holds them.
struct DataStorage {
  std::string name;                ///< "spiral", "fashion-mnist train", "data.json", ...
  Shape sampleShape;               ///< [2], [1, 28, 28], ...
  std::size_t count = 0;           ///< number of samples
  std::vector<float> features;     ///< count × sample size, as given
  std::vector<std::uint8_t> bytes; ///< count × sample size, pixels 0..255
  std::vector<int> labels;         ///< class of each sample (empty: no classes)
  int classes = 0;                 ///< number of classes when labelled
  std::vector<std::string> classNames;
  std::vector<float> targets; ///< count × targetWidth target vectors (empty: none)
  int targetWidth = 0;
};

/// A batch ready for the network.
struct Batch {
  Tensor x;                ///< [B, ...sampleShape]
  std::vector<int> labels; ///< [B] when the data has classes
  Tensor targets;          ///< [B, targetWidth] when the data has target vectors
};

class Dataset {
public:
  Dataset() = default;
  /// A view of every sample of `storage`.
  explicit Dataset(std::shared_ptr<const DataStorage> storage);

  const std::string& name() const;
  std::size_t size() const { return m_positions.size(); }
  bool empty() const { return m_positions.empty(); }
  const Shape& sampleShape() const;
  bool isImage() const { return m_storage && !m_storage->bytes.empty(); }

  bool hasLabels() const { return m_storage && !m_storage->labels.empty(); }
  int classes() const { return m_storage ? m_storage->classes : 0; }
  const std::vector<std::string>& classNames() const;
  /// Label of sample i of this view.
  int label(std::size_t i) const;
  bool hasTargets() const { return m_storage && !m_storage->targets.empty(); }
  int targetWidth() const { return m_storage ? m_storage->targetWidth : 0; }

  /// Bytes become floats as (b / 255 - mean) / std; default mean 0, std 1 (values in [0, 1]).
  /// Feature data is never changed.
  void setNormalization(float mean, float std);
  float normalizationMean() const { return m_mean; }
  float normalizationStd() const { return m_std; }

  /// The samples at `indices` (positions in this view), in that order.
  Batch batch(const std::size_t* indices, std::size_t count) const;
  Batch batch(const std::vector<std::size_t>& indices) const;
  /// Samples [begin, end) of this view.
  Batch slice(std::size_t begin, std::size_t end) const;
  /// One sample as a tensor of sampleShape (normalised as batches are).
  Tensor sample(std::size_t i) const;

  /// Samples per class (size classes()); empty without labels.
  std::vector<std::size_t> classCounts() const;

  /// The samples at `indices` of this view, as a view.
  Dataset subset(const std::vector<std::size_t>& indices) const;
  /// Validation = round(fraction · size) samples drawn with `seed`; both parts keep the
  /// data order. fraction in [0, 1).
  std::pair<Dataset, Dataset> split(double validationFraction, std::uint64_t seed) const;

private:
  std::shared_ptr<const DataStorage> m_storage;
  std::vector<std::uint32_t> m_positions; ///< indices into the storage
  float m_mean = 0.0f;
  float m_std = 1.0f;
};

/// A random permutation of 0..n-1 (Fisher-Yates drawing from `rng`).
std::vector<std::size_t> shuffledIndices(std::size_t n, Rng& rng);

} // namespace gs
