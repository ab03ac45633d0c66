#pragma once
// LeNet-5 for 28×28 inputs (C1 padded by 2), as the tests build it:
// C1 conv 6@5×5 → act → S2 maxpool 2 → C3 conv 16@5×5 → act → S4 maxpool 2 → flatten →
// C5 dense 120 → act → F6 dense 84 → act → output dense 10.
#include <nlohmann/json.hpp>
#include <string>

namespace gs::test {

inline nlohmann::json lenet5Json(const std::string& activation) {
  const nlohmann::json act = {{"type", activation}};
  return {{"input", {1, 28, 28}},
          {"layers",
           {{{"type", "conv2d"}, {"out_channels", 6}, {"kernel", 5}, {"padding", 2}},
            act,
            {{"type", "maxpool2d"}, {"kernel", 2}},
            {{"type", "conv2d"}, {"out_channels", 16}, {"kernel", 5}},
            act,
            {{"type", "maxpool2d"}, {"kernel", 2}},
            {{"type", "flatten"}},
            {{"type", "dense"}, {"out", 120}},
            act,
            {{"type", "dense"}, {"out", 84}},
            act,
            {{"type", "dense"}, {"out", 10}}}}};
}

} // namespace gs::test
