#pragma once
// The experiment file: model + data + loss + optimizer + hyperparameters + seed, everything
// needed to replay a training run.
//   {"model": {...section 5...}, "data": "synthetic:spiral",
//    "data_options": {"samples": 400, "noise": 0.1, "classes": 3},
//    "validation": 0.2, "normalize": {"mean": 0.286, "std": 0.353},
//    "loss": "cross_entropy",
//    "optimizer": {"name": "sgd", "lr": 0.1, "momentum": 0.9, "dampening": 0, "nesterov": false,
//                  "weight_decay": 0, "betas": [0.9, 0.999], "eps": 1e-8, "alpha": 0.99,
//                  "rho": 0.9, "amsgrad": false, "centered": false},
//    "batch": 32 | "full", "shuffle": true, "seed": 0, "l1": 0, "clip_norm": 0, "clip_value": 0,
//    "schedule": {"name": "step", "step_size": 10, "gamma": 0.1, "t_max": 1, "eta_min": 0},
//    "patience": 0, "min_delta": 0, "probes": true}
// Every field but "model" and "data" is optional; unknown fields are an error.
#include "../data/dataspec.h"
#include "trainer.h"

#include <nlohmann/json.hpp>
#include <string>

namespace gs {

struct Experiment {
  nlohmann::json model;
  DataSpec data;
  int samples = 0;       ///< generated sets; 0 = default
  double noise = -1;     ///< generated sets; < 0 = default
  int classes = 0;       ///< generated sets; 0 = default
  double validation = 0; ///< fraction held out; 0 uses the source's test part when it has one
  float normalizeMean = 0, normalizeStd = 1; ///< images: (b/255 − mean) / std
  TrainerConfig trainer;
};

/// InputError naming the field ("experiment: optimizer.lr must be a number > 0").
Experiment experimentFromJson(const nlohmann::json& document);
nlohmann::json experimentToJson(const Experiment& experiment);

Experiment readExperimentFile(const std::string& path);
/// Written to a temporary file and renamed over `path`.
void writeExperimentFile(const Experiment& experiment, const std::string& path);

/// Loads the data (progress / cancel as in DataOptions), builds the model from the seed,
/// splits off the validation part and returns a ready Trainer.
Trainer makeTrainer(const Experiment& experiment, const ProgressFn& progress = {},
                    const std::atomic<bool>* cancel = nullptr);

} // namespace gs
