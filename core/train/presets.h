#pragma once
// Preset models of the course, as model-file JSON (DESIGN.md section 5) that
// networkFromJson() builds. Weights are left out: they are drawn from the experiment's seed.
#include "../tensor.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace gs {

struct PresetOptions {
  Shape input{1, 28, 28}; ///< sample shape
  int classes = 10;
  int width = 64;                  ///< hidden units (mlp, deep_mlp, residual_mlp)
  int depth = 8;                   ///< weight layers (deep_mlp) or residual blocks (residual_mlp)
  std::string activation = "relu"; ///< hidden activation
};

/// logistic_regression: [flatten], dense(classes).
/// mlp: [flatten], dense(width), act, dense(width), act, dense(classes).
/// lenet5: for [1, 28, 28]: C1 conv 6@5×5 padding 2, act, S2 pool 2, C3 conv 16@5×5, act,
///   S4 pool 2, C5 conv 120@5×5, act, flatten, F6 dense 84, act, dense(classes);
///   61,706 parameters for 10 classes (max pooling, as most modern re-implementations).
/// vgg_small: two stacks of [conv 3×3 same, act, conv 3×3 same, act, maxpool 2] with 16 and
///   32 channels, flatten, dense 64, act, dense(classes).
/// deep_mlp: depth weight layers: input → width, depth−2 × (width → width), width → classes,
///   act after each but the last.
/// residual_mlp: dense(width), act, depth × residual[dense(width), act, dense(width)], act
///   after each block, dense(classes).
/// InputError for an unknown name or options that do not fit (lenet5 needs [1, 28, 28]).
nlohmann::json presetModel(const std::string& name, const PresetOptions& options = {});

std::vector<std::string> presetNames();

} // namespace gs
