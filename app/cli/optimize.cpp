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

namespace {

// A hyperparameter given on the command line, checked against its range here: in
// OptimizerConfig a negative value means "default", so a negative input must not reach it.
double nonNegative(const gs::cli::Args& args, const std::string& name, double fallback) {
  const double v = args.number(name, fallback);
  if (args.has(name) && !(std::isfinite(v) && v >= 0))
    throw gs::InputError("--" + name + " must be a number >= 0, got '" + *args.get(name) + "'");
  return v;
}

gs::OptimizerConfig optimizerConfig(const gs::cli::Args& args) {
  gs::OptimizerConfig c = gs::presetConfig(args.require("optimizer"));
  if (args.has("lr")) {
    c.lr = args.number("lr", c.lr);
    if (!(std::isfinite(c.lr) && c.lr > 0))
      throw gs::InputError("--lr must be a number > 0, got '" + *args.get("lr") + "'");
  }
  c.momentum = nonNegative(args, "momentum", c.momentum);
  c.dampening = nonNegative(args, "dampening", c.dampening);
  c.weightDecay = nonNegative(args, "weight-decay", c.weightDecay);
  c.eps = nonNegative(args, "eps", c.eps);
  c.alpha = nonNegative(args, "alpha", c.alpha);
  c.rho = nonNegative(args, "rho", c.rho);
  if (args.has("betas")) {
    const std::vector<double> betas = args.numberList("betas", 2, 2);
    c.beta1 = betas[0];
    c.beta2 = betas[1];
  }
  c.nesterov = c.nesterov || args.has("nesterov");
  c.amsgrad = args.has("amsgrad");
  c.centered = args.has("centered");
  return c;
}

int runOptimize(const std::vector<std::string>& words) {
  const gs::cli::Args args(words,
                           {"surface", "optimizer", "lr", "momentum", "dampening", "betas", "eps",
                            "weight-decay", "alpha", "rho", "start", "steps", "noise", "seed"},
                           {"nesterov", "amsgrad", "centered"});
  const gs::Surface surface = gs::makeSurface(args.require("surface"));
  const gs::OptimizerConfig config = optimizerConfig(args);
  const std::vector<double> start = args.numberList("start", 2, 2);
  if (!std::isfinite(start[0]) || !std::isfinite(start[1]))
    throw gs::InputError("--start: expected two finite numbers X,Y, got '" + args.require("start") +
                         "'");
  const long steps = args.integer("steps", 100);
  if (steps < 0)
    throw gs::InputError("--steps must be >= 0, got " + std::to_string(steps));
  const double noise = nonNegative(args, "noise", 0);
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
                  runOptimize)
