#include "scenarios.h"

namespace gs::ui {

DeepNetConfig GradientScenario::apply(const DeepNetConfig& base) const {
  DeepNetConfig c = base;
  c.activation = activation;
  c.init = init;
  c.batchNorm = batchNorm;
  c.residual = residual;
  c.clip = clip;
  c.clipThreshold = clipThreshold;
  c.l2 = l2;
  return c;
}

std::vector<GradientScenario> GradientScenarios::all() {
  std::vector<GradientScenario> list;
  const auto add = [&list](const char* id, QString title, QString explanation,
                           const char* activation, const char* init) -> GradientScenario& {
    GradientScenario s;
    s.id = id;
    s.title = std::move(title);
    s.explanation = std::move(explanation);
    s.activation = activation;
    s.init = init;
    list.push_back(s);
    return list.back();
  };
  add("deep_sigmoid", tr("Deep sigmoid (vanishing)"),
      tr("Sigmoid with Xavier initialisation. σ' is at most 0.25, so every layer multiplies "
         "the gradient by a factor below 1 and the layers near the input barely learn."),
      "sigmoid", "xavier_normal");
  add("too_large", tr("Too-large init (exploding)"),
      tr("tanh with weights drawn from N(0, 3²). The factors w·σ'(z) exceed 1 and the "
         "gradient grows layer after layer toward the input."),
      "tanh", "too_large");
  add("relu_kaiming", tr("ReLU + Kaiming (remedy)"),
      tr("ReLU's derivative is 1 where a unit is active, and Kaiming initialisation keeps the "
         "signal's variance from layer to layer: the gradient keeps its size."),
      "relu", "kaiming_normal");
  add("batchnorm", tr("BatchNorm (remedy)"),
      tr("The deep sigmoid net with BatchNorm before each activation: pre-activations are "
         "normalised, so they stay where σ' is large."),
      "sigmoid", "xavier_normal")
      .batchNorm = true;
  add("residual", tr("Residual shortcuts (remedy)"),
      tr("The deep sigmoid net with y = x + block(x): each link's factor becomes 1 + w·σ'(z), "
         "and the gradient reaches the input through the shortcuts."),
      "sigmoid", "xavier_normal")
      .residual = true;
  GradientScenario& clip =
      add("clipping", tr("Clipping on the exploding case"),
          tr("The too-large init with the global gradient norm clipped to 1: the ratio between "
             "layers stays, but no update can be larger than the threshold."),
          "tanh", "too_large");
  clip.clip = "norm";
  clip.clipThreshold = 1.0;
  add("l2", tr("L2 on the exploding case"),
      tr("The too-large init with weight decay λ = 1: every step shrinks the weights by "
         "lr·λ (1 % at lr 0.01). It acts slowly: the first steps still explode, and it limits "
         "how large the weights can grow afterwards."),
      "tanh", "too_large")
      .l2 = 1.0;
  add("tanh_xavier", tr("tanh + Xavier"),
      tr("tanh is steeper than sigmoid (tanh'(0) = 1) and Xavier keeps the variance: the "
         "gradient stays about the same size at every depth."),
      "tanh", "xavier_normal");
  return list;
}

const GradientScenario* GradientScenarios::find(const std::vector<GradientScenario>& list,
                                                const QString& id) {
  for (const GradientScenario& s : list)
    if (s.id == id)
      return &s;
  return nullptr;
}

} // namespace gs::ui
