// IDX files: good raw and gzipped files, every kind of corrupt file, folders, Fashion-MNIST.
#include "core/data/idx.h"
#include "core/data/dataspec.h"
#include "core/error.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {

fs::path freshDir(const std::string& name) {
  const fs::path d = fs::temp_directory_path() / ("gradscope-idxtest-" + name);
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

// 3 images of 2×2 with pixel values 10·i + j, labels 2, 0, 1.
gs::IdxArray images() {
  return {{3, 2, 2}, {0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 255}};
}
gs::IdxArray labels() {
  return {{3}, {2, 0, 1}};
}

std::string message(const std::function<void()>& f) {
  try {
    f();
  } catch (const gs::InputError& e) {
    return e.what();
  }
  return "no error";
}

void writeBytes(const fs::path& p, const std::vector<unsigned char>& bytes) {
  std::ofstream(p, std::ios::binary)
      .write(reinterpret_cast<const char*>(bytes.data()),
             static_cast<std::streamsize>(bytes.size()));
}

} // namespace

TEST(Idx, ReadsRawAndGzipFiles) {
  const fs::path d = freshDir("good");
  for (const std::string ext : {"", ".gz"}) {
    const std::string p = (d / ("a-idx3-ubyte" + ext)).string();
    gs::writeIdx(p, images());
    const gs::IdxArray a = gs::readIdx(p);
    EXPECT_EQ(a.dims, (std::vector<int>{3, 2, 2}));
    EXPECT_EQ(a.data, images().data);
  }
  // The raw file is exactly header (4 + 3·4 bytes) + data: no compression slipped in.
  EXPECT_EQ(fs::file_size(d / "a-idx3-ubyte"), 16u + 12u);
}

TEST(Idx, CorruptFilesNameTheFileAndTheFault) {
  const fs::path d = freshDir("corrupt");
  const fs::path magic = d / "magic";
  writeBytes(magic, {0x1F, 0x00, 0x08, 0x01, 0, 0, 0, 1, 7});
  EXPECT_EQ(message([&] { gs::readIdx(magic.string()); }),
            magic.string() + ": not an IDX file (magic number 0x1F000801)");
  const fs::path type = d / "type";
  writeBytes(type, {0, 0, 0x0D, 0x01, 0, 0, 0, 1, 0, 0, 0, 0});
  EXPECT_NE(message([&] { gs::readIdx(type.string()); }).find("type 0x0D"), std::string::npos);
  // Header promises 3·2·2 = 12 bytes; only 5 follow.
  const fs::path shortData = d / "short";
  writeBytes(shortData, {0, 0, 8, 3, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 2, 1, 2, 3, 4, 5});
  EXPECT_EQ(message([&] { gs::readIdx(shortData.string()); }),
            shortData.string() + ": data is short: the header promises 12 bytes, the file holds 5");
  const fs::path header = d / "header";
  writeBytes(header, {0, 0, 8, 3, 0, 0});
  EXPECT_NE(message([&] { gs::readIdx(header.string()); }).find("header ends inside dimension 0"),
            std::string::npos);
  EXPECT_EQ(message([&] { gs::readIdx((d / "absent").string()); }),
            (d / "absent").string() + ": no such file");
}

TEST(Idx, FolderWithTrainAndTestParts) {
  const fs::path d = freshDir("folder");
  gs::writeIdx((d / "train-images-idx3-ubyte.gz").string(), images());
  gs::writeIdx((d / "train-labels-idx1-ubyte.gz").string(), labels());
  gs::writeIdx((d / "t10k-images-idx3-ubyte").string(), images());
  gs::writeIdx((d / "t10k-labels-idx1-ubyte").string(), labels());
  std::vector<double> progress;
  const gs::IdxData data =
      gs::loadIdxFolder(d.string(), "tiny", {}, [&](double f) { progress.push_back(f); });
  ASSERT_EQ(data.train.size(), 3u);
  ASSERT_EQ(data.test.size(), 3u);
  EXPECT_EQ(data.train.sampleShape(), (gs::Shape{1, 2, 2}));
  EXPECT_EQ(data.train.classes(), 3);
  EXPECT_EQ(data.train.label(0), 2);
  // Pixels become b / 255 per batch; 255 -> 1.
  const gs::Batch b = data.train.slice(2, 3);
  EXPECT_FLOAT_EQ(b.x[0], 20.0f / 255.0f);
  EXPECT_FLOAT_EQ(b.x[3], 1.0f);
  EXPECT_EQ(b.labels, std::vector<int>{1});
  ASSERT_FALSE(progress.empty());
  EXPECT_DOUBLE_EQ(progress.back(), 1.0);
  for (std::size_t i = 1; i < progress.size(); ++i)
    EXPECT_GE(progress[i], progress[i - 1]);
  // Normalisation (b/255 - mean) / std.
  gs::Dataset n = data.train;
  n.setNormalization(0.5f, 0.25f);
  EXPECT_FLOAT_EQ(n.slice(2, 3).x[3], 2.0f);
}

TEST(Idx, FolderErrors) {
  EXPECT_EQ(message([] { gs::loadIdxFolder("/nonexistent/gradscope", "x"); }),
            "data folder '/nonexistent/gradscope' does not exist");
  const fs::path empty = freshDir("empty");
  EXPECT_NE(message([&] { gs::loadIdxFolder(empty.string(), "x"); }).find("holds no IDX files"),
            std::string::npos);
  const fs::path d = freshDir("mismatch");
  gs::writeIdx((d / "train-images-idx3-ubyte").string(), images());
  gs::writeIdx((d / "train-labels-idx1-ubyte").string(), {{2}, {0, 1}});
  EXPECT_EQ(message([&] { gs::loadIdxFolder(d.string(), "x"); }),
            (d / "train-images-idx3-ubyte").string() + " holds 3 images but " +
                (d / "train-labels-idx1-ubyte").string() + " holds 2 labels");
}

TEST(Idx, CancelStopsTheLoad) {
  const fs::path d = freshDir("cancel");
  gs::writeIdx((d / "train-images-idx3-ubyte").string(), images());
  gs::writeIdx((d / "train-labels-idx1-ubyte").string(), labels());
  std::atomic<bool> cancel{true};
  EXPECT_THROW(gs::loadIdxFolder(d.string(), "x", {}, {}, &cancel), gs::Cancelled);
}

TEST(Idx, FashionMnistFromDebian) {
  if (!fs::exists(gs::defaultFashionMnistFolder() + "/t10k-labels-idx1-ubyte.gz"))
    GTEST_SKIP() << "dataset-fashion-mnist is not installed";
  // Only the 10 000 test labels are read here, to stay fast: 1000 of each class (the data
  // set's documented balance).
  const gs::IdxArray l =
      gs::readIdx(gs::defaultFashionMnistFolder() + "/t10k-labels-idx1-ubyte.gz");
  ASSERT_EQ(l.dims, std::vector<int>{10000});
  std::vector<int> counts(10, 0);
  for (auto v : l.data)
    ++counts.at(v);
  EXPECT_EQ(counts, std::vector<int>(10, 1000));
  EXPECT_EQ(gs::fashionMnistClassNames().at(9), "Ankle boot");
  EXPECT_EQ(gs::parseDataSpec("fashion-mnist").path, gs::defaultFashionMnistFolder());
}
