#pragma once
// What every optimizer of optimizers/ shares: per-parameter state buffers created on first use,
// the step counter, clone() by copy, and the "-1 = default" config already resolved.
// Internal to core/optim: use makeOptimizer() from optimizer.h.
#include <cmath>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/optim/optimizer.h"

namespace gs::optim {

/// One state tensor (e.g. Adam's exp_avg) for every parameter, keyed by parameter index.
template <typename T> class StateBuffer {
public:
  /// Buffer of parameter `index`, created as `size` copies of `initial` on first use.
  std::vector<T>& at(std::size_t index, std::size_t size, T initial = T(0)) {
    if (m_perParam.size() <= index)
      m_perParam.resize(index + 1);
    std::vector<T>& buffer = m_perParam[index];
    if (buffer.size() != size)
      buffer.assign(size, initial);
    return buffer;
  }
  /// True when parameter `index` already has a buffer of `size` elements.
  bool has(std::size_t index, std::size_t size) const {
    return index < m_perParam.size() && m_perParam[index].size() == size && size > 0;
  }
  /// Element `element` of parameter `index`, or NaN when it does not exist (yet).
  double value(std::size_t index, std::size_t element) const {
    if (index >= m_perParam.size() || element >= m_perParam[index].size())
      return std::nan("");
    return static_cast<double>(m_perParam[index][element]);
  }
  bool exists(std::size_t index, std::size_t element) const {
    return index < m_perParam.size() && element < m_perParam[index].size();
  }
  void clear() { m_perParam.clear(); }

private:
  std::vector<std::vector<T>> m_perParam;
};

/// Base of the concrete optimizers. Derived must be copyable and implement
///   void update(params)                   the update rule, after the step counter moved on
///   std::vector<std::string> names()      its state names (without "step")
///   bool values(index, element, double*)  their values, false when there is no state yet
///   void clearState()
/// The step counter, reset(), inspect() and clone() live here.
template <typename T, typename Derived> class OptimizerBase : public Optimizer<T> {
public:
  explicit OptimizerBase(const OptimizerConfig& resolved)
      : m_config(resolved) {
    this->m_lr = resolved.lr;
  }

  std::string name() const override { return m_config.name; }

  void step(const std::vector<ParamSlot<T>>& params) override {
    ++m_step;
    static_cast<Derived*>(this)->update(params);
  }

  void reset() override {
    m_step = 0;
    static_cast<Derived*>(this)->clearState();
  }

  std::vector<std::string> stateNames() const override {
    std::vector<std::string> names = static_cast<const Derived*>(this)->names();
    if (!names.empty())
      names.push_back("step");
    return names;
  }

  bool stateValues(std::size_t index, std::size_t element, double* out) const override {
    if (m_step == 0 || !static_cast<const Derived*>(this)->values(index, element, out))
      return false;
    out[static_cast<const Derived*>(this)->names().size()] = static_cast<double>(m_step);
    return true;
  }

  std::map<std::string, double> inspect(std::size_t index, std::size_t element) const override {
    const std::vector<std::string> names = stateNames();
    std::vector<double> values(names.size());
    if (names.empty() || !stateValues(index, element, values.data()))
      return {};
    std::map<std::string, double> out;
    for (std::size_t i = 0; i < names.size(); ++i)
      out[names[i]] = values[i];
    return out;
  }

  std::unique_ptr<Optimizer<T>> clone() const override {
    return std::make_unique<Derived>(static_cast<const Derived&>(*this));
  }

  /// Number of step() calls since construction or reset().
  long stepCount() const { return m_step; }

protected:
  OptimizerConfig m_config;
  long m_step = 0;
};

// One factory per file of optimizers/; the config is resolved and validated by makeOptimizer.
template <typename T> std::unique_ptr<Optimizer<T>> makeSgd(const OptimizerConfig& config);
template <typename T> std::unique_ptr<Optimizer<T>> makeAdagrad(const OptimizerConfig& config);
template <typename T> std::unique_ptr<Optimizer<T>> makeAdadelta(const OptimizerConfig& config);
template <typename T> std::unique_ptr<Optimizer<T>> makeRmsprop(const OptimizerConfig& config);
template <typename T> std::unique_ptr<Optimizer<T>> makeAdam(const OptimizerConfig& config);
template <typename T> std::unique_ptr<Optimizer<T>> makeAdamw(const OptimizerConfig& config);
template <typename T> std::unique_ptr<Optimizer<T>> makeAdamax(const OptimizerConfig& config);
template <typename T> std::unique_ptr<Optimizer<T>> makeNadam(const OptimizerConfig& config);

} // namespace gs::optim

/// Explicit instantiation of one optimizer factory for float (training) and double (surfaces).
#define GS_INSTANTIATE_OPTIMIZER(factory)                                                          \
  template std::unique_ptr<gs::Optimizer<float>> gs::optim::factory<float>(                        \
      const gs::OptimizerConfig&);                                                                 \
  template std::unique_ptr<gs::Optimizer<double>> gs::optim::factory<double>(                      \
      const gs::OptimizerConfig&);
