#pragma once
// Optimizers with torch.optim's update rules and defaults (DESIGN.md section 2).
// One implementation serves training (float) and the loss-surface race (double).
// State (velocity, squared-gradient averages, moments) is keyed by parameter index:
// step() must always be given the same parameters in the same order.
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace gs {

/// One parameter array and its gradient, both `size` long.
template <typename T> struct ParamSlot {
  T* value = nullptr;
  const T* grad = nullptr;
  std::size_t size = 0;
};

/// Hyperparameters of every optimizer; a field an optimizer does not use is ignored.
/// A negative value means "torch.optim's default for this optimizer" (e.g. lr 1.0 for
/// adadelta, 1e-3 for adam, 1e-2 for adagrad and rmsprop, 2e-3 for adamax and nadam).
struct OptimizerConfig {
  std::string name = "sgd"; ///< sgd adagrad adadelta rmsprop adam adamw adamax nadam
  double lr = -1;
  double momentum = 0;     ///< sgd, rmsprop
  double dampening = 0;    ///< sgd
  bool nesterov = false;   ///< sgd
  double weightDecay = -1; ///< default 0, except adamw 1e-2
  double beta1 = 0.9, beta2 = 0.999;
  double eps = -1;     ///< default 1e-8; adagrad 1e-10; adadelta 1e-6
  double alpha = 0.99; ///< rmsprop smoothing
  double rho = 0.9;    ///< adadelta
  bool amsgrad = false;
  bool centered = false;       ///< rmsprop
  double lrDecay = 0;          ///< adagrad
  double momentumDecay = 4e-3; ///< nadam
};

template <typename T> class Optimizer {
public:
  virtual ~Optimizer() = default;
  virtual std::string name() const = 0;
  /// One update of every parameter from its gradient.
  virtual void step(const std::vector<ParamSlot<T>>& params) = 0;
  /// Forget all state (moments, step count), as a freshly built optimizer.
  virtual void reset() = 0;
  /// Internal state of parameter `index`, element `element`, by name ("velocity",
  /// "square_avg", "exp_avg", "exp_avg_hat", ...), for the hover readout. Empty before step 1.
  virtual std::map<std::string, double> inspect(std::size_t index, std::size_t element) const = 0;
  /// The keys inspect() reports once there is state, in a fixed order (depends on the config,
  /// not on the step). With stateValues() this records the state every step without building
  /// maps (the optimizer race does so for 10 × 1000 steps).
  virtual std::vector<std::string> stateNames() const = 0;
  /// Writes the values of stateNames() for parameter `index`, element `element` into `out`
  /// (stateNames().size() long). Returns false, writing nothing, when there is no state yet.
  virtual bool stateValues(std::size_t index, std::size_t element, double* out) const = 0;
  /// Copy of the whole optimizer including its state (for snapshots and rewinding).
  virtual std::unique_ptr<Optimizer<T>> clone() const = 0;

  double learningRate() const { return m_lr; }
  void setLearningRate(double lr) { m_lr = lr; }

protected:
  double m_lr = 0;
};

/// Builds an optimizer from a config with the defaults resolved. Throws InputError for an
/// unknown name, lr <= 0 or NaN, or a hyperparameter out of its range, naming it.
template <typename T> std::unique_ptr<Optimizer<T>> makeOptimizer(const OptimizerConfig& config);

/// The config with every "-1 = default" field replaced by torch.optim's default for its name.
OptimizerConfig resolveDefaults(OptimizerConfig config);

/// Names accepted by makeOptimizer, in the course's order.
std::vector<std::string> optimizerNames();

/// The course's ten names: sgd, momentum, nesterov, adagrad, adadelta, rmsprop, adam, adamw,
/// adamax, nadam ("momentum" and "nesterov" are sgd with momentum 0.9, the latter Nesterov's).
std::vector<std::string> courseOptimizerNames();

/// The config (defaults resolved) for one of courseOptimizerNames(); InputError otherwise.
OptimizerConfig presetConfig(const std::string& courseName);

} // namespace gs
