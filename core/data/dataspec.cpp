#include "dataspec.h"

#include "../error.h"
#include "../jsontensor.h"
#include "datafile.h"
#include "idx.h"
#include "shapes.h"
#include "synthetic.h"

#include <nlohmann/json.hpp>

namespace gs {

namespace {

bool startsWith(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

DataSpec parseDataSpec(const std::string& text) {
  DataSpec spec;
  if (startsWith(text, "synthetic:")) {
    spec.kind = DataSpec::Kind::Synthetic;
    spec.name = text.substr(10);
    bool known = false;
    for (const std::string& n : syntheticNames())
      known = known || n == spec.name;
    if (!known)
      throw InputError("data '" + text +
                       "': unknown synthetic set (known: circle, xor, gaussians, spiral, moons)");
    return spec;
  }
  if (text == "shapes") {
    spec.kind = DataSpec::Kind::Shapes;
    return spec;
  }
  if (text == "fashion-mnist" || startsWith(text, "fashion-mnist:")) {
    spec.kind = DataSpec::Kind::FashionMnist;
    spec.path = text.size() > 14 ? text.substr(14) : defaultFashionMnistFolder();
    return spec;
  }
  if (startsWith(text, "idx:") && text.size() > 4) {
    spec.kind = DataSpec::Kind::Idx;
    spec.path = text.substr(4);
    return spec;
  }
  if (startsWith(text, "@") || endsWith(text, ".json") || startsWith(text, "{")) {
    spec.kind = DataSpec::Kind::Json;
    spec.path = text;
    return spec;
  }
  throw InputError("data '" + text +
                   "': expected synthetic:NAME, shapes, fashion-mnist[:DIR], idx:DIR or "
                   "@FILE.json");
}

std::string dataSpecString(const DataSpec& spec) {
  switch (spec.kind) {
  case DataSpec::Kind::Synthetic:
    return "synthetic:" + spec.name;
  case DataSpec::Kind::Shapes:
    return "shapes";
  case DataSpec::Kind::FashionMnist:
    return spec.path == defaultFashionMnistFolder() ? "fashion-mnist"
                                                    : "fashion-mnist:" + spec.path;
  case DataSpec::Kind::Idx:
    return "idx:" + spec.path;
  case DataSpec::Kind::Json:
    return spec.path;
  }
  return {};
}

LoadedData loadData(const DataSpec& spec, const DataOptions& o) {
  LoadedData out;
  switch (spec.kind) {
  case DataSpec::Kind::Synthetic: {
    SyntheticOptions so;
    so.samples = o.samples > 0 ? o.samples : so.samples;
    so.noise = o.noise >= 0 ? o.noise : so.noise;
    so.classes = o.classes > 0 ? o.classes : so.classes;
    so.seed = o.seed;
    out.train = makeSynthetic(spec.name, so);
    break;
  }
  case DataSpec::Kind::Shapes: {
    ShapesOptions so;
    so.samples = o.samples > 0 ? o.samples : so.samples;
    so.noise = o.noise >= 0 ? o.noise : so.noise;
    so.classes = o.classes > 0 ? o.classes : so.classes;
    so.seed = o.seed;
    out.train = makeShapes(so);
    break;
  }
  case DataSpec::Kind::FashionMnist:
  case DataSpec::Kind::Idx: {
    const bool fashion = spec.kind == DataSpec::Kind::FashionMnist;
    IdxData d = loadIdxFolder(spec.path, fashion ? "fashion-mnist" : "idx",
                              fashion ? fashionMnistClassNames() : std::vector<std::string>{},
                              o.progress, o.cancel);
    out.train = std::move(d.train);
    out.test = std::move(d.test);
    break;
  }
  case DataSpec::Kind::Json: {
    const std::string where = startsWith(spec.path, "@")   ? spec.path.substr(1)
                              : startsWith(spec.path, "{") ? "data"
                                                           : spec.path;
    out.train = datasetFromJson(parseJsonArgument(spec.path, "data"), where);
    break;
  }
  }
  return out;
}

} // namespace gs
