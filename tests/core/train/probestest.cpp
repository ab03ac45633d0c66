// Activation probes: mean, std and dead fraction against a plain double-precision count, on a
// hand-made output and on every layer of LeNet-5 during training, where the trainer takes them
// while the forward pass runs (Network::OutputObserver).
#include "core/train/probes.h"
#include "core/data/shapes.h"
#include "core/nn/modelfile.h"
#include "core/train/presets.h"
#include "core/train/trainer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace gs {
namespace {

struct Exact {
  double mean = 0, std = 0, zeros = 0;
};

Exact exactStats(const Tensor& t) {
  Exact e;
  double sumSq = 0;
  for (float v : t.values()) {
    e.mean += v;
    sumSq += static_cast<double>(v) * v;
    e.zeros += v == 0.0f ? 1 : 0;
  }
  const auto n = static_cast<double>(t.size());
  e.mean /= n;
  e.std = std::sqrt(sumSq / n - e.mean * e.mean);
  e.zeros /= n;
  return e;
}

int histogramTotal(const LayerProbe& p) {
  return std::accumulate(p.histogram.begin(), p.histogram.end(), 0);
}

TEST(Probes, SmallOutputsUseEveryValue) {
  // 1000 ReLU outputs: 0, 0.003, 0.006, ... with every third one zeroed
  Tensor t({10, 100});
  for (std::size_t i = 0; i < t.size(); ++i)
    t[i] = i % 3 == 0 ? 0.0f : 0.003f * static_cast<float>(i);
  LayerProbe p;
  p.type = "relu";
  probeActivation(t, p);
  const Exact e = exactStats(t);
  EXPECT_NEAR(p.mean, e.mean, 1e-6 * e.mean);
  EXPECT_NEAR(p.std, e.std, 1e-5 * e.std);
  EXPECT_DOUBLE_EQ(*p.dead, 334.0 / 1000.0); // i = 0, 3, ..., 999
  EXPECT_EQ(histogramTotal(p), 1000);
}

TEST(Probes, HugeValuesAreSummedInDouble) {
  // squares of 1e20 overflow a float sum; the probe must still give mean 1e20 and std 0
  const Tensor t({4, 3}, 1e20f);
  LayerProbe p;
  p.type = "dense";
  probeActivation(t, p);
  EXPECT_NEAR(p.mean, 1e20, 1e14);
  EXPECT_TRUE(std::isfinite(p.std));
  EXPECT_LT(p.std, 1e17);
}

TEST(Probes, EveryLayerOfLeNetDuringTraining) {
  ShapesOptions so;
  so.samples = 256;
  Rng rng(5);
  TrainerConfig c;
  c.loss = "cross_entropy";
  c.optimizer.name = "sgd";
  c.optimizer.lr = 0.05;
  c.batchSize = 64;
  c.probes = true;
  Trainer trainer(networkFromJson(presetModel("lenet5", {}), rng), makeShapes(so), {}, c);
  StepRecord r;
  for (int k = 0; k < 5; ++k)
    r = trainer.step();
  ASSERT_TRUE(r.ok) << r.message;
  const std::vector<Tensor>& outputs = trainer.network().activations();
  ASSERT_EQ(outputs.size(), r.probes.size());
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const LayerProbe& p = r.probes[i];
    EXPECT_EQ(p.index, static_cast<int>(i));
    EXPECT_EQ(p.type, trainer.network().layer(i).type());
    const Exact e = exactStats(outputs[i]);
    // float sums over chunks of 2 048 values: far closer than a plot can show
    EXPECT_NEAR(p.mean, e.mean, 1e-5 * (std::abs(e.mean) + e.std))
        << "layer " << i << " " << p.type;
    EXPECT_NEAR(p.std, e.std, 1e-4 * e.std) << "layer " << i;
    if (p.type == "relu") {
      EXPECT_NEAR(*p.dead, e.zeros, 1e-12) << "layer " << i;
    }
    EXPECT_GT(histogramTotal(p), 0);
    EXPECT_LE(histogramTotal(p), 2 * static_cast<int>(kProbeHistogramSamples));
  }
}

} // namespace
} // namespace gs
