// gradscope-cli pool (DESIGN.md section 4.2): max or average pooling, optionally every window.
#include "command.h"
#include "core/conv/pooling.h"
#include "core/error.h"
#include "core/jsontensor.h"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>
#include <tuple>

namespace {

using gs::InputError;
using nlohmann::json;

/// "K" or "KH,KW" as two whole numbers.
std::pair<int, int> pairOption(const gs::cli::Args& args, const std::string& name) {
  const std::vector<double> v = args.numberList(name, 1, 2);
  for (double d : v)
    if (std::floor(d) != d || std::fabs(d) > 1e6)
      throw InputError("--" + name + ": expected whole numbers, got '" + *args.get(name) + "'");
  return {static_cast<int>(v.front()), static_cast<int>(v.back())};
}

json stepJson(const gs::PoolStep& s, gs::PoolKind kind) {
  json window = json::array();
  json terms = json::array();
  for (const gs::TraceTerm& t : s.terms) {
    window.push_back({t.row, t.col});
    terms.push_back(t.x);
  }
  json j = {
      {"out", {s.channel, s.i, s.j}}, {"window", window}, {"terms", terms}, {"value", s.value}};
  if (kind == gs::PoolKind::Max)
    j["argmax"] = {s.argmaxRow, s.argmaxCol};
  return j;
}

const std::vector<gs::cli::Option> kPoolOptions = {
    {"input", "JSON", "2-D [H][W] or 3-D [C][H][W]; literal, @file.json or file.json"},
    {"kind", "max|avg", "max or average pooling"},
    {"kernel", "K|KH,KW", "window size"},
    {"stride", "S|SH,SW", "stride (default: the kernel size)"},
    {"padding", "P", "zero padding on every side (default 0)"},
    {"trace", "", "add every window (with the argmax for max) as \"steps\""},
};

int runPool(const std::vector<std::string>& words) {
  const gs::cli::Args args(words, kPoolOptions);
  const gs::Tensor input =
      gs::tensorFromJson(gs::parseJsonArgument(args.require("input"), "--input"), "--input", 2, 3);
  gs::PoolSpec spec;
  spec.kind = gs::poolKindFromName(args.require("kind"));
  std::tie(spec.kernelH, spec.kernelW) = pairOption(args, "kernel");
  if (args.has("stride")) {
    std::tie(spec.strideH, spec.strideW) = pairOption(args, "stride");
    // 0 means "same as the kernel" inside PoolSpec; on the command line it is an error.
    if (spec.strideH < 1 || spec.strideW < 1)
      throw InputError("--stride must be at least 1, got " +
                       std::to_string(std::min(spec.strideH, spec.strideW)));
  }
  const long padding = args.integer("padding", 0);
  if (padding < 0 || padding > 1000000)
    throw InputError("--padding must be a whole number ≥ 0, got " + std::to_string(padding));
  spec.padding = static_cast<int>(padding);

  const bool trace = args.has("trace");
  const gs::PoolResult r = gs::pool(input, spec, trace);
  json out = {{"shape", r.output.shape()}, {"output", gs::tensorToJson(r.output)}};
  if (trace) {
    json steps = json::array();
    for (const gs::PoolStep& s : r.trace)
      steps.push_back(stepJson(s, spec.kind));
    out["steps"] = std::move(steps);
  }
  std::cout << out.dump() << "\n";
  return 0;
}

} // namespace

GRADSCOPE_COMMAND(pool, "pool", "max or average pooling (kernel, stride, padding, trace)",
                  kPoolOptions, runPool)
