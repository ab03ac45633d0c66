// Per-step cost of the gradients experiment's probes (issue 5): depth 50, width 64, the
// spiral (400 samples, one full batch per step), with the probes (activation statistics,
// update ratios) on and off; and a depth-100 step, the page's worst case.
#include "core/gradients/deepnet.h"

#include <benchmark/benchmark.h>

namespace {

gs::DeepNetConfig config(int depth, int width) {
  gs::DeepNetConfig c;
  c.depth = depth;
  c.width = width;
  c.activation = "relu";
  c.init = "kaiming_normal";
  c.data = "synthetic:spiral";
  c.lr = 1e-3;
  return c;
}

void stepWithProbes(benchmark::State& state, bool probes, int depth, int width) {
  gs::DeepNet net(config(depth, width));
  net.setProbes(probes);
  for (auto _ : state)
    benchmark::DoNotOptimize(net.step());
  state.counters["samples"] = net.samples();
}

void BM_Depth50Width64ProbesOn(benchmark::State& state) {
  stepWithProbes(state, true, 50, 64);
}
void BM_Depth50Width64ProbesOff(benchmark::State& state) {
  stepWithProbes(state, false, 50, 64);
}
void BM_Depth100Width32ProbesOn(benchmark::State& state) {
  stepWithProbes(state, true, 100, 32);
}

} // namespace

BENCHMARK(BM_Depth50Width64ProbesOn)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Depth50Width64ProbesOff)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Depth100Width32ProbesOn)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
