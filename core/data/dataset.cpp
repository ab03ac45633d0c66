#include "dataset.h"

#include "../error.h"

#include <algorithm>
#include <cmath>

namespace gs {

namespace {
const std::string kEmptyName;
const Shape kEmptyShape;
const std::vector<std::string> kNoNames;
} // namespace

Dataset::Dataset(std::shared_ptr<const DataStorage> storage)
    : m_storage(std::move(storage)) {
  m_positions.resize(m_storage->count);
  for (std::size_t i = 0; i < m_positions.size(); ++i)
    m_positions[i] = static_cast<std::uint32_t>(i);
}

const std::string& Dataset::name() const {
  return m_storage ? m_storage->name : kEmptyName;
}

const Shape& Dataset::sampleShape() const {
  return m_storage ? m_storage->sampleShape : kEmptyShape;
}

const std::vector<std::string>& Dataset::classNames() const {
  return m_storage ? m_storage->classNames : kNoNames;
}

int Dataset::label(std::size_t i) const {
  return m_storage->labels[m_positions.at(i)];
}

void Dataset::setNormalization(float mean, float std) {
  if (!std::isfinite(mean) || !std::isfinite(std) || std <= 0)
    throw InputError("normalisation: std must be a positive number and mean finite");
  m_mean = mean;
  m_std = std;
}

Batch Dataset::batch(const std::size_t* indices, std::size_t count) const {
  const std::size_t sampleSize = shapeSize(sampleShape());
  Shape shape{static_cast<int>(count)};
  shape.insert(shape.end(), sampleShape().begin(), sampleShape().end());
  Batch b;
  b.x = Tensor(shape);
  float* out = b.x.data();
  // x = (b / 255 - mean) / std = b · scale + shift
  const float scale = 1.0f / (255.0f * m_std);
  const float shift = -m_mean / m_std;
  for (std::size_t k = 0; k < count; ++k) {
    const std::size_t at = static_cast<std::size_t>(m_positions.at(indices[k])) * sampleSize;
    if (isImage()) {
      const std::uint8_t* in = m_storage->bytes.data() + at;
      for (std::size_t j = 0; j < sampleSize; ++j)
        out[j] = static_cast<float>(in[j]) * scale + shift;
    } else {
      std::copy_n(m_storage->features.data() + at, sampleSize, out);
    }
    out += sampleSize;
  }
  if (hasLabels()) {
    b.labels.resize(count);
    for (std::size_t k = 0; k < count; ++k)
      b.labels[k] = m_storage->labels[m_positions[indices[k]]];
  }
  if (hasTargets()) {
    const std::size_t w = static_cast<std::size_t>(targetWidth());
    b.targets = Tensor({static_cast<int>(count), targetWidth()});
    for (std::size_t k = 0; k < count; ++k)
      std::copy_n(m_storage->targets.data() + m_positions[indices[k]] * w, w,
                  b.targets.data() + k * w);
  }
  return b;
}

Batch Dataset::batch(const std::vector<std::size_t>& indices) const {
  return batch(indices.data(), indices.size());
}

Batch Dataset::slice(std::size_t begin, std::size_t end) const {
  std::vector<std::size_t> indices(end - begin);
  for (std::size_t i = begin; i < end; ++i)
    indices[i - begin] = i;
  return batch(indices);
}

Tensor Dataset::sample(std::size_t i) const {
  Tensor x = batch(&i, 1).x;
  x.reshape(sampleShape());
  return x;
}

std::vector<std::size_t> Dataset::classCounts() const {
  std::vector<std::size_t> counts(static_cast<std::size_t>(std::max(classes(), 0)), 0);
  if (!hasLabels())
    return {};
  for (std::uint32_t p : m_positions)
    ++counts[static_cast<std::size_t>(m_storage->labels[p])];
  return counts;
}

Dataset Dataset::subset(const std::vector<std::size_t>& indices) const {
  Dataset d = *this;
  d.m_positions.resize(indices.size());
  for (std::size_t k = 0; k < indices.size(); ++k)
    d.m_positions[k] = m_positions.at(indices[k]);
  return d;
}

std::pair<Dataset, Dataset> Dataset::split(double validationFraction, std::uint64_t seed) const {
  if (!(validationFraction >= 0 && validationFraction < 1))
    throw InputError("validation fraction must lie in [0, 1), got " +
                     std::to_string(validationFraction));
  const std::size_t n = size();
  const auto nValidation =
      static_cast<std::size_t>(std::llround(validationFraction * static_cast<double>(n)));
  Rng rng(seed);
  std::vector<std::size_t> order = shuffledIndices(n, rng);
  std::vector<std::size_t> validation(order.begin(), order.begin() + nValidation);
  std::vector<std::size_t> train(order.begin() + nValidation, order.end());
  std::sort(validation.begin(), validation.end());
  std::sort(train.begin(), train.end());
  return {subset(train), subset(validation)};
}

std::vector<std::size_t> shuffledIndices(std::size_t n, Rng& rng) {
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i)
    order[i] = i;
  for (std::size_t i = n; i > 1; --i)
    std::swap(order[i - 1], order[rng.below(i)]);
  return order;
}

} // namespace gs
