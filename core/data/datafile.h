#pragma once
// Data as JSON (DESIGN.md section 4.3): {"x": [...samples...], "y": [...]}. Each x entry is
// one sample (a number list [F], or nested [C][H][W]); each y entry a class index or a
// target vector (or a single number).
#include "dataset.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace gs {

/// `where` names the source in messages ("data.json"). Every y is kept as a target vector;
/// when every y is a whole number ≥ 0 they are also the class labels. InputError for a
/// missing field, ragged samples, a non-number or a count mismatch between x and y.
Dataset datasetFromJson(const nlohmann::json& document, const std::string& where);

/// The inverse, from a labelled or targeted dataset (labels preferred).
nlohmann::json datasetToJson(const Dataset& dataset);

} // namespace gs
