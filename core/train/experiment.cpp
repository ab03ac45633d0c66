#include "experiment.h"

#include "../error.h"
#include "../jsontensor.h"
#include "../nn/modelfile.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>

namespace gs {

namespace {

using nlohmann::json;

void rejectUnknown(const json& object, const std::set<std::string>& known,
                   const std::string& where) {
  if (!object.is_object())
    throw InputError(where + ": expected an object");
  for (const auto& [key, value] : object.items())
    if (!known.count(key))
      throw InputError(where + ": unknown field '" + key + "'");
}

double number(const json& object, const std::string& key, double fallback,
              const std::string& where) {
  if (!object.contains(key))
    return fallback;
  if (!object[key].is_number())
    throw InputError(where + "." + key + ": expected a number");
  return object[key].get<double>();
}

bool flag(const json& object, const std::string& key, bool fallback, const std::string& where) {
  if (!object.contains(key))
    return fallback;
  if (!object[key].is_boolean())
    throw InputError(where + "." + key + ": expected true or false");
  return object[key].get<bool>();
}

std::string text(const json& object, const std::string& key, const std::string& fallback,
                 const std::string& where) {
  if (!object.contains(key))
    return fallback;
  if (!object[key].is_string())
    throw InputError(where + "." + key + ": expected a string");
  return object[key].get<std::string>();
}

OptimizerConfig optimizerFromJson(const json& o) {
  const std::string w = "experiment: optimizer";
  rejectUnknown(o,
                {"name", "lr", "momentum", "dampening", "nesterov", "weight_decay", "betas", "eps",
                 "alpha", "rho", "amsgrad", "centered"},
                w);
  OptimizerConfig c;
  c.name = text(o, "name", c.name, w);
  c.lr = number(o, "lr", c.lr, w);
  c.momentum = number(o, "momentum", c.momentum, w);
  c.dampening = number(o, "dampening", c.dampening, w);
  c.nesterov = flag(o, "nesterov", c.nesterov, w);
  c.weightDecay = number(o, "weight_decay", c.weightDecay, w);
  if (o.contains("betas")) {
    if (!o["betas"].is_array() || o["betas"].size() != 2 || !o["betas"][0].is_number() ||
        !o["betas"][1].is_number())
      throw InputError(w + ".betas: expected [beta1, beta2]");
    c.beta1 = o["betas"][0].get<double>();
    c.beta2 = o["betas"][1].get<double>();
  }
  c.eps = number(o, "eps", c.eps, w);
  c.alpha = number(o, "alpha", c.alpha, w);
  c.rho = number(o, "rho", c.rho, w);
  c.amsgrad = flag(o, "amsgrad", c.amsgrad, w);
  c.centered = flag(o, "centered", c.centered, w);
  return c;
}

} // namespace

Experiment experimentFromJson(const json& d) {
  const std::string w = "experiment";
  rejectUnknown(d,
                {"model", "data", "data_options", "validation", "normalize", "loss", "optimizer",
                 "batch", "shuffle", "seed", "l1", "clip_norm", "clip_value", "schedule",
                 "patience", "min_delta", "probes"},
                w);
  if (!d.contains("model") || !d.contains("data"))
    throw InputError(w + ": needs \"model\" and \"data\"");
  Experiment e;
  e.model = d["model"];
  e.data = parseDataSpec(text(d, "data", "", w));
  if (d.contains("data_options")) {
    const json& o = d["data_options"];
    rejectUnknown(o, {"samples", "noise", "classes"}, w + ": data_options");
    e.samples = static_cast<int>(number(o, "samples", 0, w + ".data_options"));
    e.noise = number(o, "noise", -1, w + ".data_options");
    e.classes = static_cast<int>(number(o, "classes", 0, w + ".data_options"));
  }
  e.validation = number(d, "validation", 0, w);
  if (!(e.validation >= 0 && e.validation < 1))
    throw InputError(w + ".validation: must lie in [0, 1)");
  if (d.contains("normalize")) {
    rejectUnknown(d["normalize"], {"mean", "std"}, w + ": normalize");
    e.normalizeMean = static_cast<float>(number(d["normalize"], "mean", 0, w + ".normalize"));
    e.normalizeStd = static_cast<float>(number(d["normalize"], "std", 1, w + ".normalize"));
  }
  TrainerConfig& t = e.trainer;
  t.loss = text(d, "loss", t.loss, w);
  if (d.contains("optimizer"))
    t.optimizer = optimizerFromJson(d["optimizer"]);
  if (d.contains("batch")) {
    if (d["batch"] == "full")
      t.batchSize = 0;
    else if (d["batch"].is_number_integer() && d["batch"].get<long>() >= 1)
      t.batchSize = d["batch"].get<long>();
    else
      throw InputError(w + ".batch: expected a whole number ≥ 1 or \"full\"");
  }
  t.shuffle = flag(d, "shuffle", t.shuffle, w);
  if (d.contains("seed") && !d["seed"].is_number_unsigned())
    throw InputError(w + ".seed: expected a whole number ≥ 0");
  t.seed = d.value("seed", std::uint64_t{0});
  t.l1 = number(d, "l1", 0, w);
  t.clipNorm = number(d, "clip_norm", 0, w);
  t.clipValue = number(d, "clip_value", 0, w);
  if (d.contains("schedule")) {
    const json& s = d["schedule"];
    rejectUnknown(s, {"name", "step_size", "gamma", "t_max", "eta_min"}, w + ": schedule");
    t.schedule.name = text(s, "name", t.schedule.name, w + ".schedule");
    t.schedule.stepSize = static_cast<long>(number(s, "step_size", 1, w + ".schedule"));
    t.schedule.gamma = number(s, "gamma", 0.1, w + ".schedule");
    t.schedule.tMax = static_cast<long>(number(s, "t_max", 1, w + ".schedule"));
    t.schedule.etaMin = number(s, "eta_min", 0, w + ".schedule");
  }
  t.patience = static_cast<int>(number(d, "patience", 0, w));
  t.minDelta = number(d, "min_delta", 0, w);
  t.probes = flag(d, "probes", true, w);
  return e;
}

json experimentToJson(const Experiment& e) {
  const TrainerConfig& t = e.trainer;
  const OptimizerConfig& o = t.optimizer;
  json j;
  j["model"] = e.model;
  j["data"] = dataSpecString(e.data);
  j["data_options"] = {{"samples", e.samples}, {"noise", e.noise}, {"classes", e.classes}};
  j["validation"] = e.validation;
  j["normalize"] = {{"mean", e.normalizeMean}, {"std", e.normalizeStd}};
  j["loss"] = t.loss;
  j["optimizer"] = {{"name", o.name},
                    {"lr", o.lr},
                    {"momentum", o.momentum},
                    {"dampening", o.dampening},
                    {"nesterov", o.nesterov},
                    {"weight_decay", o.weightDecay},
                    {"betas", {o.beta1, o.beta2}},
                    {"eps", o.eps},
                    {"alpha", o.alpha},
                    {"rho", o.rho},
                    {"amsgrad", o.amsgrad},
                    {"centered", o.centered}};
  j["batch"] = t.batchSize == 0 ? json("full") : json(t.batchSize);
  j["shuffle"] = t.shuffle;
  j["seed"] = t.seed;
  j["l1"] = t.l1;
  j["clip_norm"] = t.clipNorm;
  j["clip_value"] = t.clipValue;
  j["schedule"] = {{"name", t.schedule.name},
                   {"step_size", t.schedule.stepSize},
                   {"gamma", t.schedule.gamma},
                   {"t_max", t.schedule.tMax},
                   {"eta_min", t.schedule.etaMin}};
  j["patience"] = t.patience;
  j["min_delta"] = t.minDelta;
  j["probes"] = t.probes;
  return j;
}

Experiment readExperimentFile(const std::string& path) {
  try {
    return experimentFromJson(readJsonFile(path));
  } catch (const InputError& e) {
    const std::string m = e.what();
    throw InputError(m.rfind(path, 0) == 0 ? m : path + ": " + m);
  }
}

void writeExperimentFile(const Experiment& experiment, const std::string& path) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp);
    out << experimentToJson(experiment).dump(1) << "\n";
    if (!out)
      throw InputError(path + ": cannot write");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec)
    throw InputError(path + ": cannot write (" + ec.message() + ")");
}

Trainer makeTrainer(const Experiment& e, const ProgressFn& progress,
                    const std::atomic<bool>* cancel) {
  DataOptions o;
  o.samples = e.samples;
  o.noise = e.noise;
  o.classes = e.classes;
  o.seed = e.trainer.seed;
  o.progress = progress;
  o.cancel = cancel;
  LoadedData data = loadData(e.data, o);
  Dataset train = data.train, validation = data.test;
  if (e.validation > 0)
    std::tie(train, validation) = data.train.split(e.validation, e.trainer.seed);
  if (train.isImage()) {
    train.setNormalization(e.normalizeMean, e.normalizeStd);
    if (!validation.empty())
      validation.setNormalization(e.normalizeMean, e.normalizeStd);
  }
  Rng rng(e.trainer.seed);
  Network network;
  try {
    network = networkFromJson(e.model, rng);
  } catch (const InputError& err) {
    throw InputError(std::string("experiment: model: ") + err.what());
  }
  return Trainer(std::move(network), std::move(train), std::move(validation), e.trainer);
}

} // namespace gs
