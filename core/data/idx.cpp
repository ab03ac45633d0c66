#include "idx.h"

#include "../error.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <zlib.h>

namespace gs {

namespace {

namespace fs = std::filesystem;

struct GzFile {
  gzFile f = nullptr;
  ~GzFile() {
    if (f)
      gzclose(f);
  }
};

std::size_t readAll(gzFile f, std::uint8_t* out, std::size_t n, const std::string& path,
                    const ProgressFn& progress, const std::atomic<bool>* cancel) {
  constexpr std::size_t kChunk = 1 << 20;
  std::size_t done = 0;
  while (done < n) {
    if (cancel && cancel->load())
      throw Cancelled();
    const auto want = static_cast<unsigned>(std::min(kChunk, n - done));
    const int got = gzread(f, out + done, want);
    if (got < 0)
      throw InputError(path + ": corrupt compressed data");
    if (got == 0)
      break;
    done += static_cast<std::size_t>(got);
    if (progress)
      progress(static_cast<double>(done) / static_cast<double>(n));
  }
  return done;
}

} // namespace

IdxArray readIdx(const std::string& path, const ProgressFn& progress,
                 const std::atomic<bool>* cancel) {
  if (!fs::is_regular_file(path))
    throw InputError(path + ": no such file");
  GzFile file;
  file.f = gzopen(path.c_str(), "rb");
  if (!file.f)
    throw InputError(path + ": cannot open");
  std::uint8_t magic[4] = {};
  if (readAll(file.f, magic, 4, path, {}, cancel) != 4)
    throw InputError(path + ": too short for an IDX header");
  if (magic[0] != 0 || magic[1] != 0 || magic[3] < 1 || magic[3] > 4) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%02X%02X%02X%02X", magic[0], magic[1], magic[2], magic[3]);
    throw InputError(path + ": not an IDX file (magic number " + hex + ")");
  }
  if (magic[2] != 0x08) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", magic[2]);
    throw InputError(path + ": IDX data type " + hex +
                     " is not supported (only unsigned bytes, 0x08)");
  }
  IdxArray a;
  std::size_t total = 1;
  for (int d = 0; d < magic[3]; ++d) {
    std::uint8_t b[4];
    if (readAll(file.f, b, 4, path, {}, cancel) != 4)
      throw InputError(path + ": header ends inside dimension " + std::to_string(d));
    const std::uint32_t v = (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) |
                            (std::uint32_t{b[2]} << 8) | b[3];
    if (v == 0 || v > (1u << 30))
      throw InputError(path + ": dimension " + std::to_string(d) + " is " + std::to_string(v));
    a.dims.push_back(static_cast<int>(v));
    total *= v;
  }
  if (total > (std::size_t{1} << 32))
    throw InputError(path + ": header promises " + std::to_string(total) + " bytes");
  a.data.resize(total);
  const std::size_t got = readAll(file.f, a.data.data(), total, path, progress, cancel);
  if (got != total)
    throw InputError(path + ": data is short: the header promises " + std::to_string(total) +
                     " bytes, the file holds " + std::to_string(got));
  return a;
}

void writeIdx(const std::string& path, const IdxArray& a) {
  std::vector<std::uint8_t> bytes{0, 0, 0x08, static_cast<std::uint8_t>(a.dims.size())};
  for (int d : a.dims)
    for (int shift = 24; shift >= 0; shift -= 8)
      bytes.push_back(static_cast<std::uint8_t>((static_cast<std::uint32_t>(d) >> shift) & 0xFF));
  bytes.insert(bytes.end(), a.data.begin(), a.data.end());
  const bool gz = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  GzFile file;
  file.f = gzopen(path.c_str(), gz ? "wb" : "wbT");
  if (!file.f || gzwrite(file.f, bytes.data(), static_cast<unsigned>(bytes.size())) !=
                     static_cast<int>(bytes.size()))
    throw InputError(path + ": cannot write");
}

namespace {

// The file of `part` ("train" or "test") holding `what` ("images" / "labels", stored as
// idx3 / idx1), raw or gzipped, under the usual names: train-images-idx3-ubyte,
// train-images.idx3-ubyte, t10k-... or test-... for the test part. Empty when absent.
std::string findPart(const fs::path& folder, const std::string& part, const std::string& what) {
  const std::string idx = what == "images" ? "idx3" : "idx1";
  const std::vector<std::string> prefixes = part == "train"
                                                ? std::vector<std::string>{"train"}
                                                : std::vector<std::string>{"t10k", "test"};
  for (const std::string& prefix : prefixes)
    for (const char* sep : {"-", "."})
      for (const char* ext : {"", ".gz"}) {
        const fs::path p = folder / (prefix + "-" + what + sep + idx + "-ubyte" + ext);
        if (fs::is_regular_file(p))
          return p.string();
      }
  return {};
}

Dataset makePart(const std::string& imagesPath, const std::string& labelsPath,
                 const std::string& name, const std::vector<std::string>& classNames,
                 const ProgressFn& progress, double from, double to,
                 const std::atomic<bool>* cancel) {
  const double mid = from + (to - from) * 0.98;
  ProgressFn imagesProgress, labelsProgress;
  if (progress) {
    imagesProgress = [&](double f) { progress(from + (mid - from) * f); };
    labelsProgress = [&](double f) { progress(mid + (to - mid) * f); };
  }
  IdxArray images = readIdx(imagesPath, imagesProgress, cancel);
  IdxArray labels = readIdx(labelsPath, labelsProgress, cancel);
  if (images.dims.size() != 3)
    throw InputError(imagesPath + ": expected images [count, rows, cols], got " +
                     std::to_string(images.dims.size()) + " dimensions");
  if (labels.dims.size() != 1)
    throw InputError(labelsPath + ": expected labels [count], got " +
                     std::to_string(labels.dims.size()) + " dimensions");
  if (images.dims[0] != labels.dims[0])
    throw InputError(imagesPath + " holds " + std::to_string(images.dims[0]) + " images but " +
                     labelsPath + " holds " + std::to_string(labels.dims[0]) + " labels");
  auto storage = std::make_shared<DataStorage>();
  storage->name = name;
  storage->sampleShape = {1, images.dims[1], images.dims[2]};
  storage->count = static_cast<std::size_t>(images.dims[0]);
  storage->bytes = std::move(images.data);
  storage->labels.assign(labels.data.begin(), labels.data.end());
  const int maxLabel = *std::max_element(storage->labels.begin(), storage->labels.end());
  storage->classes = std::max(maxLabel + 1, static_cast<int>(classNames.size()));
  storage->classNames = classNames;
  for (int c = static_cast<int>(classNames.size()); c < storage->classes; ++c)
    storage->classNames.push_back(std::to_string(c));
  return Dataset(std::move(storage));
}

} // namespace

IdxData loadIdxFolder(const std::string& folder, const std::string& name,
                      const std::vector<std::string>& classNames, const ProgressFn& progress,
                      const std::atomic<bool>* cancel) {
  if (!fs::is_directory(folder))
    throw InputError("data folder '" + folder + "' does not exist");
  const std::string trainImages = findPart(folder, "train", "images");
  const std::string trainLabels = findPart(folder, "train", "labels");
  if (trainImages.empty() || trainLabels.empty())
    throw InputError("data folder '" + folder +
                     "' holds no IDX files (expected train-images-idx3-ubyte[.gz] and "
                     "train-labels-idx1-ubyte[.gz])");
  const std::string testImages = findPart(folder, "test", "images");
  const std::string testLabels = findPart(folder, "test", "labels");
  const bool hasTest = !testImages.empty() && !testLabels.empty();
  // Progress shares: the training part is 6/7 of Fashion-MNIST's 70 000 images.
  const double trainShare = hasTest ? 6.0 / 7.0 : 1.0;
  IdxData out;
  out.train = makePart(trainImages, trainLabels, name + " train", classNames, progress, 0.0,
                       trainShare, cancel);
  if (hasTest)
    out.test = makePart(testImages, testLabels, name + " test", classNames, progress, trainShare,
                        1.0, cancel);
  if (progress)
    progress(1.0);
  return out;
}

std::string defaultFashionMnistFolder() {
  return "/usr/share/datasets/fashion-mnist";
}

std::vector<std::string> fashionMnistClassNames() {
  return {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
          "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
}

} // namespace gs
