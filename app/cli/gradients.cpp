// gradscope-cli gradients (DESIGN.md section 4.5): train the deep experiment network and
// stream, per step, the loss and each weight layer's gradient norm, activation std and
// update-to-weight ratio (layer 1 nearest the input). With --clip-norm / --clip-value each
// line also has "global_norm" and "clipped_norm": the gradient norm before and after clipping.
#include "command.h"
#include "core/error.h"
#include "core/gradients/deepnet.h"

#include <iostream>
#include <limits>
#include <nlohmann/json.hpp>

namespace {

using gs::InputError;

/// A whole number in [lo, hi] (checked wider than int so that 1e12 is an error, not a wrap).
int boundedInteger(const gs::cli::Args& args, const std::string& name, long lo, long hi) {
  const long value = args.integer(name, std::numeric_limits<long>::min());
  if (value == std::numeric_limits<long>::min())
    throw InputError("missing --" + name);
  if (value < lo || value > hi)
    throw InputError("--" + name + ": must be " + std::to_string(lo) + ".." + std::to_string(hi) +
                     ", got " + std::to_string(value));
  return static_cast<int>(value);
}

const std::vector<gs::cli::Option> kGradientsOptions = {
    {"depth", "L", "weight layers: input -> W, L-2 hidden W -> W, W -> classes"},
    {"width", "W", "neurons per hidden layer"},
    {"activation", "NAME", "sigmoid, tanh, relu, leaky_relu or elu"},
    {"init", "NAME", "an initialiser name, normal:STD or uniform:A"},
    {"batchnorm", "", "BatchNorm before each activation"},
    {"residual", "", "identity shortcut around every W -> W block"},
    {"clip-norm", "X", "clip the global gradient norm to X"},
    {"clip-value", "X", "clip every gradient element to [-X, X]"},
    {"l2", "X", "L2 penalty (weight decay)"},
    {"optimizer", "NAME", "optimizer (default sgd)"},
    {"lr", "X", "learning rate (default 0.01)"},
    {"data", "DATA", "as train --data, e.g. synthetic:spiral or shapes"},
    {"steps", "N", "number of steps"},
    {"seed", "S", "seed (default 0)"},
};

int runGradients(const std::vector<std::string>& words) {
  const gs::cli::Args args(words, kGradientsOptions);
  gs::DeepNetConfig config;
  config.depth = boundedInteger(args, "depth", 1, gs::kMaxDepth);
  config.width = boundedInteger(args, "width", 1, gs::kMaxWidth);
  config.activation = args.require("activation");
  config.init = args.require("init");
  config.batchNorm = args.has("batchnorm");
  config.residual = args.has("residual");
  if (args.has("clip-norm") && args.has("clip-value"))
    throw InputError("give --clip-norm or --clip-value, not both");
  if (args.has("clip-norm")) {
    config.clip = "norm";
    config.clipThreshold = args.number("clip-norm", 0);
  } else if (args.has("clip-value")) {
    config.clip = "value";
    config.clipThreshold = args.number("clip-value", 0);
  }
  config.l2 = args.number("l2", 0);
  config.optimizer = args.get("optimizer", "sgd");
  config.lr = args.number("lr", 0.01);
  config.data = args.require("data");
  const int steps = boundedInteger(args, "steps", 1, 1'000'000);
  const long seed = args.integer("seed", 0);
  if (seed < 0)
    throw InputError("--seed: must be ≥ 0, got " + std::to_string(seed));
  config.seed = static_cast<std::uint64_t>(seed);

  gs::DeepNet net(config);
  for (int k = 0; k < steps; ++k) {
    const gs::GradientStep s = net.step();
    nlohmann::json line = {{"step", s.step},
                           {"loss", s.loss},
                           {"grad_norm", s.gradNorm},
                           {"act_std", s.actStd},
                           {"update_ratio", s.updateRatio}};
    // With clipping, also the global gradient norm (all parameters) before and after it.
    if (config.clip != "off") {
      line["global_norm"] = s.globalNorm;
      line["clipped_norm"] = s.clippedNorm;
    }
    std::cout << line.dump() << '\n';
    // After a NaN or inf every later step would be NaN too.
    if (s.nonFiniteLayer >= 0)
      break;
  }
  std::cout.flush();
  return 0;
}

} // namespace

GRADSCOPE_COMMAND(gradients, "gradients",
                  "vanishing / exploding gradients: per-layer norms of a deep network, per step",
                  kGradientsOptions, runGradients)
