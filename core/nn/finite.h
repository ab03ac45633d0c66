#pragma once
// NaN / Inf detection for the trainer: which layer and which quantity went bad
// ("gradient of layer 3 (dense) weight is inf").
#include "network.h"

#include <optional>
#include <string>

namespace gs {

/// "nan" or "inf" for the first non-finite value of `t`, nothing when all are finite.
std::optional<std::string> nonFiniteKind(const Tensor& t);

/// The first non-finite quantity of the network, searched layer by layer: its last
/// activation ("activation of layer 2 (relu) is nan"), its parameters ("layer 3 (dense)
/// weight is inf") and their gradients ("gradient of layer 3 (dense) bias is nan").
std::optional<std::string> findNonFinite(const Network& network);

} // namespace gs
