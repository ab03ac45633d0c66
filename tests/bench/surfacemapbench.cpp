// The core part of drawing a surface on the Optimizers page: f on a 400 × 400 grid, its value
// range, 12 contour levels and their segments. Target (issue 6): under 50 ms in all, so that
// zooming and switching surfaces feel immediate.
#include "core/optim/contour.h"
#include "core/optim/expression.h"
#include "core/optim/surface.h"

#include <benchmark/benchmark.h>

namespace {

constexpr std::size_t kGrid = 400;
constexpr int kLevels = 12;

void mapAndContours(benchmark::State& state, const gs::Surface& surface) {
  std::size_t segments = 0;
  for (auto _ : state) {
    const gs::SurfaceMap map = gs::surfaceMap(surface, surface.view, kGrid, kLevels);
    segments = 0;
    for (const auto& level : map.contours)
      segments += level.size();
    benchmark::DoNotOptimize(segments);
  }
  state.counters["segments"] = static_cast<double>(segments);
}

void BM_SurfaceMap(benchmark::State& state, const char* name) {
  mapAndContours(state, gs::makeSurface(name));
}
BENCHMARK_CAPTURE(BM_SurfaceMap, rosenbrock, "rosenbrock")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SurfaceMap, beale, "beale")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SurfaceMap, himmelblau, "himmelblau")->Unit(benchmark::kMillisecond);

// A typed expression goes through the postfix interpreter for every grid point.
void BM_ExpressionMap(benchmark::State& state) {
  const gs::Expression e = gs::Expression::parse("sin(x)*cos(y) + 0.1*(x^2 + y^2)");
  mapAndContours(state, gs::expressionSurface(e, gs::ViewRect{-4, 4, -4, 4}, {3, 3}));
}
BENCHMARK(BM_ExpressionMap)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
