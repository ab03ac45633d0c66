// LeNet-5 (28×28 input, C1 padded by 2) forward + backward at batch 64, one core:
//   C1 conv 6@5×5 pad 2 → act → S2 maxpool 2 → C3 conv 16@5×5 → act → S4 maxpool 2 →
//   flatten → C5 dense 400→120 → act → F6 120→84 → act → output 84→10.
// Run: ./build/tests/layersbench --benchmark_repetitions=5 --benchmark_report_aggregates_only
#include "../core/nn/lenet.h"
#include "core/nn/modelfile.h"

#include <benchmark/benchmark.h>

namespace {

gs::Network lenet(const std::string& activation) {
  gs::Rng rng(1);
  return gs::networkFromJson(gs::test::lenet5Json(activation), rng);
}

gs::Tensor randomTensor(const gs::Shape& shape, gs::Rng& rng) {
  gs::Tensor t(shape);
  for (float& v : t.values())
    v = static_cast<float>(rng.uniform(-1, 1));
  return t;
}

void runStep(benchmark::State& state, const std::string& activation, bool backward) {
  gs::Network net = lenet(activation);
  net.setInputGradientNeeded(false); // training needs only the parameter gradients
  gs::Rng rng(2);
  const gs::Tensor x = randomTensor({64, 1, 28, 28}, rng);
  const gs::Tensor g = randomTensor({64, 10}, rng);
  for (auto _ : state) {
    gs::Tensor y = net.forward(x, true);
    benchmark::DoNotOptimize(y.data());
    if (backward) {
      gs::Tensor dx = net.backward(g);
      benchmark::DoNotOptimize(dx.data());
    }
  }
}

void LeNet5ForwardBackwardRelu(benchmark::State& s) {
  runStep(s, "relu", true);
}
void LeNet5ForwardBackwardTanh(benchmark::State& s) {
  runStep(s, "tanh", true);
}
void LeNet5ForwardRelu(benchmark::State& s) {
  runStep(s, "relu", false);
}

} // namespace

BENCHMARK(LeNet5ForwardBackwardRelu)->Unit(benchmark::kMillisecond);
BENCHMARK(LeNet5ForwardBackwardTanh)->Unit(benchmark::kMillisecond);
BENCHMARK(LeNet5ForwardRelu)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
