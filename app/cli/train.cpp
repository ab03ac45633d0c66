// gradscope-cli train (DESIGN.md 4.3): trains a model file on a data set and streams one JSON
// object per step, {"step":k,"loss":L,"accuracy":A}, then {"done":true,"steps":K,"seconds":T}.
// A run that diverges (NaN / Inf) prints its message on stderr and exits 1.
#include "command.h"
#include "core/data/dataspec.h"
#include "core/error.h"
#include "core/jsontensor.h"
#include "core/nn/loss.h"
#include "core/nn/modelfile.h"
#include "core/train/trainer.h"
#include "optimizerargs.h"

#include <chrono>
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>

namespace {

long batchSize(const gs::cli::Args& args) {
  const std::string text = args.require("batch");
  if (text == "full")
    return 0;
  const long b = args.integer("batch", 0);
  if (b < 1)
    throw gs::InputError("--batch must be a whole number ≥ 1 or 'full', got '" + text + "'");
  return b;
}

const std::vector<gs::cli::Option> kTrainOptions = gs::cli::withOptimizerOptions({
    {"model", "@FILE.json", "model file (DESIGN.md 5); weights optional"},
    {"data", "DATA", "@FILE.json, synthetic:NAME, shapes, fashion-mnist[:DIR] or idx:DIR"},
    {"loss", "NAME", gs::cli::oneOf(gs::lossNames())},
    {"optimizer", "NAME", gs::cli::oneOf(gs::optimizerNames())},
    {"batch", "N|full", "mini-batch size, or the whole data set"},
    {"steps", "N", "number of steps"},
    {"epochs", "N", "number of epochs (instead of, or as well as, --steps)"},
    {"no-shuffle", "", "consecutive mini-batches in data order"},
    {"seed", "S", "seed for initial weights and shuffling (default 0)"},
    {"save", "OUT.json", "write the trained model with its weights"},
});

int runTrain(const std::vector<std::string>& words) {
  const gs::cli::Args args(words, kTrainOptions);
  const long seed = args.integer("seed", 0);
  if (seed < 0)
    throw gs::InputError("--seed must be ≥ 0, got " + std::to_string(seed));
  if (!args.has("steps") && !args.has("epochs"))
    throw gs::InputError("missing --steps (or --epochs)");
  const long steps = args.integer("steps", -1);
  const long epochs = args.integer("epochs", -1);
  if (args.has("steps") && steps < 0)
    throw gs::InputError("--steps must be ≥ 0, got " + std::to_string(steps));
  if (args.has("epochs") && epochs < 0)
    throw gs::InputError("--epochs must be ≥ 0, got " + std::to_string(epochs));

  gs::TrainerConfig config;
  config.loss = args.require("loss");
  gs::OptimizerConfig optimizer;
  optimizer.name = args.require("optimizer");
  config.optimizer = gs::cli::optimizerConfigFromArgs(args, optimizer);
  config.batchSize = batchSize(args);
  config.shuffle = !args.has("no-shuffle");
  config.seed = static_cast<std::uint64_t>(seed);
  config.probes = false;

  gs::Rng rng(config.seed);
  gs::Network network;
  try {
    network = gs::networkFromJson(gs::parseJsonArgument(args.require("model"), "model"), rng);
  } catch (const gs::InputError& e) {
    throw gs::InputError(std::string("--model: ") + e.what());
  }
  gs::DataOptions dataOptions;
  dataOptions.seed = config.seed;
  gs::LoadedData data = gs::loadData(gs::parseDataSpec(args.require("data")), dataOptions);
  gs::Trainer trainer(std::move(network), std::move(data.train), gs::Dataset(), config);

  const auto start = std::chrono::steady_clock::now();
  long done = 0;
  while ((steps < 0 || done < steps) && (epochs < 0 || trainer.epochCount() < epochs)) {
    const gs::StepRecord r = trainer.step();
    if (!r.ok) {
      std::cout.flush();
      std::cerr << "gradscope-cli train: " << r.message << "\n";
      return 1;
    }
    ++done;
    nlohmann::ordered_json line{{"step", r.step}, {"loss", r.loss}};
    if (r.accuracy)
      line["accuracy"] = *r.accuracy;
    std::cout << line.dump() << "\n";
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (auto out = args.get("save"))
    gs::saveModelFile(trainer.network(), *out);
  std::cout << nlohmann::ordered_json{{"done", true}, {"steps", done}, {"seconds", seconds}}.dump()
            << "\n";
  return 0;
}

} // namespace

GRADSCOPE_COMMAND(train, "train", "train a model file on a data set, one JSON line per step (4.3)",
                  kTrainOptions, runTrain)
