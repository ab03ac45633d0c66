// The Convolution Lab's speed targets (issue 2): a layer-sized forward pass through convolve()
// (im2col + GEMM) and the image mode's filter, which must be ready in < 16 ms median.
// Run: ./convbench --benchmark_repetitions=10 --benchmark_report_aggregates_only=true
#include "core/conv/convolution.h"
#include "core/conv/filterimage.h"
#include "core/rng.h"

#include <benchmark/benchmark.h>

namespace {

gs::Tensor randomTensor(gs::Shape shape, std::uint64_t seed) {
  gs::Rng rng(seed);
  gs::Tensor t(std::move(shape));
  for (float& v : t.values())
    v = static_cast<float>(rng.uniform(-1, 1));
  return t;
}

// 3×256×256 input, 16 kernels 3×3, same, stride 1: 16·256·256·27 = 28.3 M multiply-adds.
void BM_ConvolveRgb256x16k3Same(benchmark::State& state) {
  const gs::Tensor x = randomTensor({3, 256, 256}, 1);
  const gs::Tensor k = randomTensor({16, 3, 3, 3}, 2);
  const std::vector<float> bias(16, 0.1f);
  gs::ConvSpec spec;
  spec.padding = gs::PaddingSpec::same();
  for (auto _ : state) {
    gs::ConvResult r = gs::convolve(x, k, bias, spec, false);
    benchmark::DoNotOptimize(r.output.data());
  }
  state.counters["MAC/s"] =
      benchmark::Counter(16.0 * 256 * 256 * 27, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ConvolveRgb256x16k3Same)->Unit(benchmark::kMillisecond);

// Image mode: one 512×512 grey plane, a 7×7 kernel, same — the fast path the page calls.
void BM_FilterImage512k7(benchmark::State& state) {
  const gs::Tensor image = randomTensor({512, 512}, 3);
  const gs::Tensor k = randomTensor({7, 7}, 4);
  for (auto _ : state) {
    gs::Tensor out = gs::filterImage(image, k, false);
    benchmark::DoNotOptimize(out.data());
  }
}
BENCHMARK(BM_FilterImage512k7)->Unit(benchmark::kMillisecond);

// The same image through the general path, for comparison (what the fast path saves).
void BM_ConvolveImage512k7Same(benchmark::State& state) {
  const gs::Tensor image = randomTensor({512, 512}, 3);
  const gs::Tensor k = randomTensor({7, 7}, 4);
  gs::ConvSpec spec;
  spec.padding = gs::PaddingSpec::same();
  for (auto _ : state) {
    gs::ConvResult r = gs::convolve(image, k, {}, spec, false);
    benchmark::DoNotOptimize(r.output.data());
  }
}
BENCHMARK(BM_ConvolveImage512k7Same)->Unit(benchmark::kMillisecond);

// A Lab-sized problem with the full trace (16×16 input, 3 channels, 4 kernels 3×3, same).
void BM_ConvolveLabTrace(benchmark::State& state) {
  const gs::Tensor x = randomTensor({3, 16, 16}, 5);
  const gs::Tensor k = randomTensor({4, 3, 3, 3}, 6);
  gs::ConvSpec spec;
  spec.padding = gs::PaddingSpec::same();
  for (auto _ : state) {
    gs::ConvResult r = gs::convolve(x, k, {}, spec, true);
    benchmark::DoNotOptimize(r.trace.data());
  }
}
BENCHMARK(BM_ConvolveLabTrace)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
