// The page's numbers against the training engine's own layers: gs::Dense and gs::Sigmoid
// (float32, torch semantics) run on Mazur's 2-2-2 net must give every a, ∂C/∂W, ∂C/∂b and the
// back-propagated (Wˡ⁺¹)ᵀδˡ⁺¹ that the Backprop page shows (to float precision).
#include "core/backprop/smallnet.h"
#include "core/nn/layers/dense.h"
#include "core/nn/layers/sigmoid.h"

#include <gtest/gtest.h>

using namespace gs;
using namespace gs::backprop;

TEST(EngineMatch, MazurPhasesEqualDenseAndSigmoidLayers) {
  const SmallNet net = SmallNet::mazurPreset();
  const Iteration it = net.run();
  Dense d1(2), d2(2);
  Sigmoid s1, s2;
  d1.build({2});
  d2.build({2});
  for (int l = 1; l <= 2; ++l) {
    Dense& d = l == 1 ? d1 : d2;
    std::vector<Param*> p = d.params();
    ASSERT_EQ(p.size(), 2u);
    for (int i = 0; i < 2; ++i) {
      for (int j = 0; j < 2; ++j)
        p[0]->value[static_cast<std::size_t>(i * 2 + j)] = static_cast<float>(it.before[l].w(i, j));
      p[1]->value[static_cast<std::size_t>(i)] = static_cast<float>(it.before[l].b(i));
    }
  }
  const Tensor x({1, 2}, {0.05f, 0.10f});
  const Tensor z1 = d1.forward(x, true), a1 = s1.forward(z1, true);
  const Tensor z2 = d2.forward(a1, true), a2 = s2.forward(z2, true);
  for (int i = 0; i < 2; ++i) {
    EXPECT_NEAR(z1[i], it.z[1](i), 1e-6);
    EXPECT_NEAR(a1[i], it.a[1](i), 1e-6);
    EXPECT_NEAR(z2[i], it.z[2](i), 1e-6);
    EXPECT_NEAR(a2[i], it.a[2](i), 1e-6);
  }
  // ∇ₐC = (2/n)(a − y), the gradient torch's MSELoss (mean) gives
  Tensor grad({1, 2});
  for (int i = 0; i < 2; ++i)
    grad[i] = static_cast<float>(it.dCda(i));
  const Tensor dz2 = s2.backward(grad);
  const Tensor da1 = d2.backward(dz2);
  const Tensor dz1 = s1.backward(da1);
  d1.backward(dz1);
  for (int i = 0; i < 2; ++i) {
    EXPECT_NEAR(dz2[i], it.delta[2](i), 1e-6); // δ²
    EXPECT_NEAR(dz1[i], it.delta[1](i), 1e-7); // δ¹
    EXPECT_NEAR(d2.params()[1]->grad[i], it.gradB[2](i), 1e-6);
    EXPECT_NEAR(d1.params()[1]->grad[i], it.gradB[1](i), 1e-7);
    for (int j = 0; j < 2; ++j) {
      EXPECT_NEAR(d2.params()[0]->grad[static_cast<std::size_t>(i * 2 + j)], it.gradW[2](i, j),
                  1e-6);
      EXPECT_NEAR(d1.params()[0]->grad[static_cast<std::size_t>(i * 2 + j)], it.gradW[1](i, j),
                  1e-7);
    }
  }
}
