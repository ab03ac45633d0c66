// One LeNet-5 training step (batch 64, 1×28×28, SGD momentum 0.9), probes on and off, and the
// generation of the `shapes` data set. Compare with tests/reference/lenet_step_torch.py
// (PyTorch, same model and batch, 1 and 2 threads).
//   ./build/tests/trainbench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "core/data/shapes.h"
#include "core/nn/modelfile.h"
#include "core/train/presets.h"
#include "core/train/trainer.h"

#include <benchmark/benchmark.h>

namespace {

gs::Trainer lenetTrainer(bool probes) {
  gs::ShapesOptions so;
  so.samples = 640;
  so.classes = 8;
  gs::Rng rng(1);
  gs::TrainerConfig c;
  c.loss = "cross_entropy";
  c.optimizer.name = "sgd";
  c.optimizer.lr = 0.01;
  c.optimizer.momentum = 0.9;
  c.batchSize = 64;
  c.probes = probes;
  return gs::Trainer(gs::networkFromJson(gs::presetModel("lenet5", {}), rng), gs::makeShapes(so),
                     {}, c);
}

void lenetStep(benchmark::State& state) {
  gs::Trainer t = lenetTrainer(state.range(0) != 0);
  t.step(); // warm-up: buffers allocated
  for (auto _ : state) {
    const gs::StepRecord r = t.step();
    benchmark::DoNotOptimize(r.loss);
  }
}
BENCHMARK(lenetStep)
    ->Arg(0)
    ->Arg(1)
    ->ArgName("probes")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void shapes6000(benchmark::State& state) {
  for (auto _ : state) {
    gs::Dataset d = gs::makeShapes({});
    benchmark::DoNotOptimize(d.size());
  }
}
BENCHMARK(shapes6000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
