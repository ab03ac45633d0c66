// gradscope-cli optimize (DESIGN.md 4.4): one optimizer's trajectory on a loss surface,
// {"trajectory":[[x,y,f],...]} in float64, the start point first. When f or the gradient
// becomes NaN or Inf the trajectory stops and "diverged":"diverged at step k" is added.
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>

#include "command.h"
#include "core/error.h"
#include "core/optim/optimizer.h"
#include "core/optim/surface.h"
#include "optimizerargs.h"

namespace {

const std::vector<gs::cli::Option> kOptimizeOptions = gs::cli::withOptimizerOptions({
    {"surface", "NAME", gs::cli::oneOf(gs::surfaceNames())},
    {"optimizer", "NAME", gs::cli::oneOf(gs::courseOptimizerNames())},
    {"start", "X,Y", "start point"},
    {"steps", "N", "number of steps (default 100)"},
    {"noise", "SIGMA", "Gaussian noise added to each gradient (default 0)"},
    {"seed", "S", "seed of the noise (default 0)"},
});

int runOptimize(const std::vector<std::string>& words) {
  const gs::cli::Args args(words, kOptimizeOptions);
  const gs::Surface surface = gs::makeSurface(args.require("surface"));
  const gs::OptimizerConfig config =
      gs::cli::optimizerConfigFromArgs(args, gs::presetConfig(args.require("optimizer")));
  const std::vector<double> start = args.numberList("start", 2, 2);
  if (!std::isfinite(start[0]) || !std::isfinite(start[1]))
    throw gs::InputError("--start: expected two finite numbers X,Y, got '" + args.require("start") +
                         "'");
  const long steps = args.integer("steps", 100);
  if (steps < 0)
    throw gs::InputError("--steps must be >= 0, got " + std::to_string(steps));
  const double noise = gs::cli::nonNegativeNumber(args, "noise", 0);
  const long seed = args.integer("seed", 0);

  const gs::Trajectory t = gs::runTrajectory(surface, config, {start[0], start[1]}, steps, noise,
                                             static_cast<std::uint64_t>(seed), false);
  nlohmann::json points = nlohmann::json::array();
  for (const gs::TrajectoryPoint& p : t.points)
    points.push_back({p.x, p.y, p.f});
  nlohmann::json out{{"trajectory", std::move(points)}};
  if (t.divergedAt)
    out["diverged"] = t.message;
  std::cout << out.dump() << "\n";
  return 0;
}

} // namespace

GRADSCOPE_COMMAND(optimize, "optimize", "an optimizer's trajectory on a loss surface (4.4)",
                  kOptimizeOptions, runOptimize)
