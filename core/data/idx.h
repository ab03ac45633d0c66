#pragma once
// The IDX format of MNIST and Fashion-MNIST (http://yann.lecun.com/exdb/mnist/): a big-endian
// header (two zero bytes, a type byte, the number of dimensions, then each dimension as a
// 32-bit integer) followed by the data. Files may be raw or gzip-compressed (zlib reads both).
// Only unsigned-byte data (type 0x08), the type of every MNIST-format image and label file.
#include "dataset.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace gs {

struct IdxArray {
  std::vector<int> dims;
  std::vector<std::uint8_t> data;
};

/// Reads one IDX file. Progress goes from 0 to 1 over the file; `cancel` is polled between
/// chunks (throws Cancelled). InputError naming the file for a missing file, a wrong magic
/// number, an unsupported type or data shorter than the header promises.
IdxArray readIdx(const std::string& path, const ProgressFn& progress = {},
                 const std::atomic<bool>* cancel = nullptr);

/// Writes an unsigned-byte IDX file (raw, or gzip when the name ends in ".gz"); for tests.
void writeIdx(const std::string& path, const IdxArray& array);

/// The training and test parts of an MNIST-format folder.
struct IdxData {
  Dataset train;
  Dataset test; ///< empty when the folder has no test files
};

/// Loads train-images-idx3-ubyte / train-labels-idx1-ubyte (and t10k-... when present;
/// each optionally .gz) from `folder`. InputError for a missing folder, a folder without IDX
/// files, a count mismatch between images and labels, or a bad file (naming it).
/// `classNames` name the classes (default: "0", "1", ...).
IdxData loadIdxFolder(const std::string& folder, const std::string& name,
                      const std::vector<std::string>& classNames = {},
                      const ProgressFn& progress = {}, const std::atomic<bool>* cancel = nullptr);

/// Debian's dataset-fashion-mnist location.
std::string defaultFashionMnistFolder();
/// T-shirt/top, Trouser, Pullover, Dress, Coat, Sandal, Shirt, Sneaker, Bag, Ankle boot.
std::vector<std::string> fashionMnistClassNames();

} // namespace gs
