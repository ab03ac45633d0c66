#pragma once
// The DATA argument shared by `train --data` and `gradients --data` (DESIGN.md 4.3, 4.5):
//   synthetic:NAME        a built-in 2-D set (circle, xor, gaussians, spiral, moons)
//   shapes                built-in 1×28×28 figures
//   fashion-mnist[:DIR]   Fashion-MNIST (default DIR: Debian's dataset-fashion-mnist)
//   idx:DIR               any MNIST-format folder
//   @FILE.json, FILE.json or literal JSON   {"x": [...], "y": [...]}
#include "dataset.h"

#include <atomic>
#include <cstdint>
#include <string>

namespace gs {

struct DataSpec {
  enum class Kind { Synthetic, Shapes, FashionMnist, Idx, Json };
  Kind kind = Kind::Synthetic;
  std::string name; ///< synthetic set name
  std::string path; ///< folder (FashionMnist, Idx) or file / literal JSON text (Json)
};

/// Parses a DATA string; InputError naming it when it matches no form.
DataSpec parseDataSpec(const std::string& text);
/// The DATA string of a spec (round-trips through parseDataSpec).
std::string dataSpecString(const DataSpec& spec);

/// Options of the generated sets; ignored for files. Negative / zero: the set's default.
struct DataOptions {
  int samples = 0;   ///< default 400 (2-D sets), 6000 (shapes)
  double noise = -1; ///< default 0.1
  int classes = 0;   ///< default 2 (2-D sets), 8 (shapes)
  std::uint64_t seed = 0;
  ProgressFn progress;                       ///< loading progress in [0, 1]
  const std::atomic<bool>* cancel = nullptr; ///< set to true to stop a long load
};

struct LoadedData {
  Dataset train;
  Dataset test; ///< the held-out part when the source has one (Fashion-MNIST's t10k)
};

/// Loads or generates the data of `spec`. InputError for anything the user can fix
/// (missing folder, corrupt file, bad JSON), Cancelled when cancelled.
LoadedData loadData(const DataSpec& spec, const DataOptions& options = {});

} // namespace gs
