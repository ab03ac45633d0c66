// Nested JSON <-> Tensor: shapes, round trips and error messages that name the position.
#include "core/jsontensor.h"

#include "core/error.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace gs {
namespace {

using nlohmann::json;

std::string errorOf(const json& j, int minRank = 0, int maxRank = 8) {
  try {
    tensorFromJson(j, "input", minRank, maxRank);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(JsonTensor, NestedArraysBecomeTensorsInRowMajorOrder) {
  const Tensor t = tensorFromJson(json::parse("[[[1, 2], [3, 4.5]], [[5, 6], [7, -8]]]"), "x");
  EXPECT_EQ(t.shape(), (Shape{2, 2, 2}));
  EXPECT_EQ(t.toVector(), (std::vector<float>{1, 2, 3, 4.5, 5, 6, 7, -8}));
  const Tensor scalar = tensorFromJson(json(2.5), "bias");
  EXPECT_EQ(scalar.rank(), 0);
  EXPECT_EQ(scalar.toVector(), (std::vector<float>{2.5}));
  // Round trip: tensorToJson gives back the same nesting.
  EXPECT_EQ(tensorToJson(t), json::parse("[[[1, 2], [3, 4.5]], [[5, 6], [7, -8]]]"));
}

TEST(JsonTensor, ErrorsNameThePosition) {
  EXPECT_EQ(errorOf(json::parse("[[1, 2, 3], [4, 5]]")),
            "input[1]: has 2 values, expected 3 like the first one (ragged array)");
  EXPECT_EQ(errorOf(json::parse("[[1, 2], [3, \"a\"]]")),
            "input[1][1]: expected a number, got \"a\"");
  EXPECT_EQ(errorOf(json::parse("[[1, 2], [3, null]]")),
            "input[1][1]: expected a number, got null");
  EXPECT_EQ(errorOf(json::parse("[[1, 2], []]")), "input[1]: empty array");
  EXPECT_EQ(errorOf(json::parse("[[1], 2]")),
            "input[1]: expected an array of 1 value, got a number");
  EXPECT_EQ(errorOf(json::parse("[1, [2]]")), "input[1]: expected a number, got an array");
  EXPECT_EQ(errorOf(json::parse("[1, 1e39]")), "input[1]: 1e+39 is too large for a float32");
  EXPECT_EQ(errorOf(json::parse("[1, 2]"), 2, 3),
            "input: expected 2 to 3 dimensions, got 1 (shape [2])");
  EXPECT_EQ(errorOf(json::parse("[[1, 2]]"), 1, 1),
            "input: expected 1 dimensions, got 2 (shape [1, 2])");
}

TEST(JsonTensor, ArgumentsLiteralOrFromAFile) {
  EXPECT_EQ(parseJsonArgument("[1, 2]", "--input"), json::parse("[1, 2]"));
  const auto dir = std::filesystem::temp_directory_path() / "gradscope-jsontensortest";
  std::filesystem::create_directories(dir);
  const std::string good = (dir / "good.json").string();
  std::ofstream(good) << "[[1, 2], [3, 4]]";
  EXPECT_EQ(parseJsonArgument("@" + good, "--input"), json::parse("[[1, 2], [3, 4]]"));
  EXPECT_EQ(parseJsonArgument(good, "--input"), json::parse("[[1, 2], [3, 4]]")); // *.json path

  const auto errorOfArg = [](const std::string& text) {
    try {
      parseJsonArgument(text, "--kernel");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  // "[[1, 2" ends after 6 bytes: the parser reports the byte where it gave up.
  EXPECT_EQ(errorOfArg("[[1, 2"), "--kernel: malformed JSON at byte 7");
  EXPECT_EQ(errorOfArg("[1, 1e400]"), "--kernel: a number is too large");
  const std::string bad = (dir / "bad.json").string();
  std::ofstream(bad) << "[[1, 2], [3 4]]";
  EXPECT_EQ(errorOfArg("@" + bad), "--kernel: " + bad + ": malformed JSON at byte 13");
  const std::string missing = (dir / "missing.json").string();
  const std::string missingError = std::string("--kernel: cannot open ").append(missing);
  EXPECT_EQ(errorOfArg(std::string("@").append(missing)), missingError);
  std::filesystem::remove_all(dir);
}

} // namespace
} // namespace gs
