// Optimizer race speed (issue 6): all ten optimizers × 1000 steps on Rosenbrock must take far
// less than one 30 fps frame (33 ms); the 400 × 400 value grid of a surface's colour map is
// part of the "< 50 ms with contours" budget.
#include <benchmark/benchmark.h>

#include "core/optim/surface.h"

namespace {

// The course's ten optimizers with defaults, the sgd family at lr 1e-3 so that none diverges
// early on Rosenbrock from (−1.2, 1) (a diverged trajectory stops and would flatter the time).
std::vector<gs::OptimizerConfig> racers() {
  std::vector<gs::OptimizerConfig> out;
  for (const std::string& name : gs::courseOptimizerNames()) {
    gs::OptimizerConfig c = gs::presetConfig(name);
    if (c.name == "sgd")
      c.lr = 1e-3;
    out.push_back(c);
  }
  return out;
}

void raceAll(benchmark::State& state) {
  const bool recordState = state.range(0) != 0;
  const gs::Surface s = gs::makeSurface("rosenbrock");
  const auto configs = racers();
  std::size_t points = 0;
  for (auto _ : state) {
    points = 0;
    for (const gs::OptimizerConfig& c : configs) {
      const gs::Trajectory t = gs::runTrajectory(s, c, s.start, 1000, 0, 0, recordState);
      points += t.points.size();
      benchmark::DoNotOptimize(t.points.back().f);
    }
  }
  state.counters["points"] = static_cast<double>(points); // 10 × 1001 when none diverged
}
BENCHMARK(raceAll)->Arg(1)->Arg(0)->ArgName("recordState")->Unit(benchmark::kMillisecond);

void rosenbrockGrid400(benchmark::State& state) {
  const gs::Surface s = gs::makeSurface("rosenbrock");
  for (auto _ : state) {
    const auto grid = gs::evaluateGrid(s, s.view, 400, 400);
    benchmark::DoNotOptimize(grid.data());
  }
}
BENCHMARK(rosenbrockGrid400)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
