// makeOptimizer: resolves torch.optim's defaults, checks every hyperparameter (torch.optim's
// own checks, plus lr > 0), and builds the optimizer of optimizers/.
#include "core/optim/optimizer.h"

#include <cmath>
#include <sstream>

#include "core/error.h"
#include "core/optim/optimizers/optimizerbase.h"

namespace gs {
namespace {

std::string number(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

// Throws InputError "<optimizer>: <what> must be <rule>, got <value>" unless `ok`.
void require(bool ok, const OptimizerConfig& c, const std::string& what, const std::string& rule,
             double value) {
  if (!ok)
    throw InputError(c.name + ": " + what + " must be " + rule + ", got " + number(value));
}

bool isFinite(double v) {
  return std::isfinite(v);
}

void validate(const OptimizerConfig& c) {
  require(isFinite(c.lr) && c.lr > 0, c, "learning rate (lr)", "a number > 0", c.lr);
  require(isFinite(c.weightDecay) && c.weightDecay >= 0, c, "weight decay", "a number >= 0",
          c.weightDecay);
  if (c.name == "sgd") {
    require(isFinite(c.momentum) && c.momentum >= 0, c, "momentum", "a number >= 0", c.momentum);
    require(isFinite(c.dampening), c, "dampening", "a number", c.dampening);
    if (c.nesterov && (c.momentum <= 0 || c.dampening != 0))
      throw InputError(c.name + ": nesterov needs momentum > 0 and dampening 0, got momentum " +
                       number(c.momentum) + " and dampening " + number(c.dampening));
    return;
  }
  require(isFinite(c.eps) && c.eps >= 0, c, "eps", "a number >= 0", c.eps);
  if (c.name == "adagrad") {
    require(isFinite(c.lrDecay) && c.lrDecay >= 0, c, "lr decay", "a number >= 0", c.lrDecay);
  } else if (c.name == "adadelta") {
    require(isFinite(c.rho) && c.rho >= 0 && c.rho <= 1, c, "rho", "in [0, 1]", c.rho);
  } else if (c.name == "rmsprop") {
    require(isFinite(c.alpha) && c.alpha >= 0, c, "alpha", "a number >= 0", c.alpha);
    require(isFinite(c.momentum) && c.momentum >= 0, c, "momentum", "a number >= 0", c.momentum);
  } else {
    require(isFinite(c.beta1) && c.beta1 >= 0 && c.beta1 < 1, c, "beta1", "in [0, 1)", c.beta1);
    require(isFinite(c.beta2) && c.beta2 >= 0 && c.beta2 < 1, c, "beta2", "in [0, 1)", c.beta2);
    if (c.name == "nadam")
      require(isFinite(c.momentumDecay) && c.momentumDecay >= 0, c, "momentum decay",
              "a number >= 0", c.momentumDecay);
  }
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names)
    out += (out.empty() ? "" : ", ") + n;
  return out;
}

} // namespace

std::vector<std::string> optimizerNames() {
  return {"sgd", "adagrad", "adadelta", "rmsprop", "adam", "adamw", "adamax", "nadam"};
}

std::vector<std::string> courseOptimizerNames() {
  return {"sgd",     "momentum", "nesterov", "adagrad", "adadelta",
          "rmsprop", "adam",     "adamw",    "adamax",  "nadam"};
}

OptimizerConfig resolveDefaults(OptimizerConfig c) {
  const std::string& n = c.name;
  if (!(c.lr >= 0) && !std::isnan(c.lr)) {
    // torch.optim's defaults; torch.optim.SGD has none: the course's 0.01 is used.
    if (n == "sgd")
      c.lr = 0.01;
    else if (n == "adadelta")
      c.lr = 1.0;
    else if (n == "adagrad" || n == "rmsprop")
      c.lr = 1e-2;
    else if (n == "adamax" || n == "nadam")
      c.lr = 2e-3;
    else
      c.lr = 1e-3;
  }
  if (!(c.weightDecay >= 0) && !std::isnan(c.weightDecay))
    c.weightDecay = n == "adamw" ? 1e-2 : 0;
  if (!(c.eps >= 0) && !std::isnan(c.eps))
    c.eps = n == "adagrad" ? 1e-10 : n == "adadelta" ? 1e-6 : 1e-8;
  return c;
}

OptimizerConfig presetConfig(const std::string& courseName) {
  OptimizerConfig c;
  c.name = courseName;
  if (courseName == "momentum" || courseName == "nesterov") {
    // The course's momentum methods: SGD with μ = 0.9 (and Nesterov's look-ahead), lr 0.01.
    c.name = "sgd";
    c.momentum = 0.9;
    c.nesterov = courseName == "nesterov";
  } else if (courseName != "sgd" && courseName != "adagrad" && courseName != "adadelta" &&
             courseName != "rmsprop" && courseName != "adam" && courseName != "adamw" &&
             courseName != "adamax" && courseName != "nadam") {
    throw InputError("unknown optimizer '" + courseName +
                     "' (known: " + joined(courseOptimizerNames()) + ")");
  }
  return resolveDefaults(c);
}

template <typename T> std::unique_ptr<Optimizer<T>> makeOptimizer(const OptimizerConfig& config) {
  const OptimizerConfig c = resolveDefaults(config);
  const std::string& n = c.name;
  if (n != "sgd" && n != "adagrad" && n != "adadelta" && n != "rmsprop" && n != "adam" &&
      n != "adamw" && n != "adamax" && n != "nadam")
    throw InputError("unknown optimizer '" + n + "' (known: " + joined(optimizerNames()) + ")");
  validate(c);
  if (n == "sgd")
    return optim::makeSgd<T>(c);
  if (n == "adagrad")
    return optim::makeAdagrad<T>(c);
  if (n == "adadelta")
    return optim::makeAdadelta<T>(c);
  if (n == "rmsprop")
    return optim::makeRmsprop<T>(c);
  if (n == "adam")
    return optim::makeAdam<T>(c);
  if (n == "adamw")
    return optim::makeAdamw<T>(c);
  if (n == "adamax")
    return optim::makeAdamax<T>(c);
  return optim::makeNadam<T>(c);
}

template std::unique_ptr<Optimizer<float>> makeOptimizer<float>(const OptimizerConfig&);
template std::unique_ptr<Optimizer<double>> makeOptimizer<double>(const OptimizerConfig&);

} // namespace gs
