#include "optimizerargs.h"

#include "core/error.h"

#include <cmath>

namespace gs::cli {

std::vector<Option> withOptimizerOptions(std::vector<Option> own) {
  const std::vector<Option> shared = {
      {"lr", "X", "learning rate, > 0 (default: the optimizer's)"},
      {"momentum", "X", "momentum factor (sgd, rmsprop)"},
      {"dampening", "X", "dampening for momentum (sgd)"},
      {"nesterov", "", "Nesterov momentum (sgd)"},
      {"betas", "B1,B2", "moment decay rates (adam, adamw, adamax, nadam)"},
      {"eps", "X", "term added to denominators"},
      {"weight-decay", "X", "L2 penalty (decoupled for adamw)"},
      {"alpha", "X", "smoothing constant (rmsprop)"},
      {"rho", "X", "decay rate (adadelta)"},
      {"amsgrad", "", "AMSGrad variant (adam, adamw)"},
      {"centered", "", "centred RMSprop"},
  };
  own.insert(own.end(), shared.begin(), shared.end());
  return own;
}

double nonNegativeNumber(const Args& args, const std::string& name, double fallback) {
  const double v = args.number(name, fallback);
  if (args.has(name) && !(std::isfinite(v) && v >= 0))
    throw InputError("--" + name + " must be a number ≥ 0, got '" + *args.get(name) + "'");
  return v;
}

OptimizerConfig optimizerConfigFromArgs(const Args& args, OptimizerConfig c) {
  if (args.has("lr")) {
    c.lr = args.number("lr", c.lr);
    if (!(std::isfinite(c.lr) && c.lr > 0))
      throw InputError("--lr must be a number > 0, got '" + *args.get("lr") + "'");
  }
  c.momentum = nonNegativeNumber(args, "momentum", c.momentum);
  c.dampening = nonNegativeNumber(args, "dampening", c.dampening);
  c.weightDecay = nonNegativeNumber(args, "weight-decay", c.weightDecay);
  c.eps = nonNegativeNumber(args, "eps", c.eps);
  c.alpha = nonNegativeNumber(args, "alpha", c.alpha);
  c.rho = nonNegativeNumber(args, "rho", c.rho);
  if (args.has("betas")) {
    const std::vector<double> betas = args.numberList("betas", 2, 2);
    c.beta1 = betas[0];
    c.beta2 = betas[1];
  }
  c.nesterov = c.nesterov || args.has("nesterov");
  c.amsgrad = args.has("amsgrad");
  c.centered = args.has("centered");
  return c;
}

} // namespace gs::cli
