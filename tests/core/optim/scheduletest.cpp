// Learning-rate schedules against torch.optim.lr_scheduler (torch 1.13, /usr/bin/python3):
// SGD with lr 0.5, param_groups[0]['lr'] read before each of 12 epochs' scheduler.step().
#include <gtest/gtest.h>

#include "core/error.h"
#include "core/optim/schedule.h"

namespace {

void expectSchedule(const gs::LrSchedule& s, const std::vector<double>& torchValues) {
  for (std::size_t e = 0; e < torchValues.size(); ++e)
    EXPECT_NEAR(gs::learningRateAt(s, 0.5, static_cast<long>(e)), torchValues[e], 1e-15)
        << s.name << " epoch " << e;
}

TEST(Schedule, StepMatchesStepLR) {
  // StepLR(step_size=3, gamma=0.5): 0.5·0.5^⌊e/3⌋
  gs::LrSchedule s{"step", 3, 0.5, 1, 0};
  expectSchedule(s, {0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.125, 0.125, 0.125, 0.0625, 0.0625, 0.0625});
}

TEST(Schedule, ExponentialMatchesExponentialLR) {
  // ExponentialLR(gamma=0.9): 0.5·0.9^e
  gs::LrSchedule s{"exponential", 1, 0.9, 1, 0};
  expectSchedule(s, {0.5, 0.45000000000000001, 0.40500000000000003, 0.36450000000000005,
                     0.32805000000000006, 0.29524500000000009, 0.26572050000000008,
                     0.23914845000000007, 0.21523360500000008, 0.19371024450000007,
                     0.17433922005000008, 0.15690529804500009});
}

TEST(Schedule, CosineMatchesCosineAnnealingLR) {
  // CosineAnnealingLR(T_max=5, eta_min=0.01): 0.01 + 0.49·(1 + cos(π·e/5))/2, periodic past T_max
  // (torch steps it recursively; the closed form agrees to rounding).
  gs::LrSchedule s{"cosine", 1, 0.1, 5, 0.01};
  expectSchedule(s, {0.5, 0.45320916362186214, 0.33070916362186215, 0.17929083637813789,
                     0.0567908363781379, 0.01, 0.056790836378137872, 0.17929083637813795,
                     0.33070916362186226, 0.45320916362186237, 0.50000000000000022,
                     0.45320916362186248});
}

TEST(Schedule, ConstantAndBadSchedules) {
  EXPECT_EQ(gs::learningRateAt(gs::LrSchedule{}, 0.3, 100), 0.3);
  EXPECT_THROW(gs::validateSchedule({"warmup", 1, 0.1, 1, 0}), gs::InputError);
  EXPECT_THROW(gs::validateSchedule({"step", 0, 0.1, 1, 0}), gs::InputError);
  EXPECT_THROW(gs::validateSchedule({"exponential", 1, 0, 1, 0}), gs::InputError);
  EXPECT_THROW(gs::validateSchedule({"cosine", 1, 0.1, 0, 0}), gs::InputError);
  EXPECT_NO_THROW(gs::validateSchedule({"cosine", 1, 0.1, 10, 0.001}));
}

} // namespace
