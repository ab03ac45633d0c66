// gradscope-cli conv (DESIGN.md section 4.1): one convolution, its cost and optionally every
// worked step.
#include "command.h"
#include "core/conv/convolution.h"
#include "core/error.h"
#include "core/jsontensor.h"

#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>
#include <tuple>

namespace {

using gs::InputError;
using nlohmann::json;

/// "S" or "SH,SW" as two whole numbers; `fallback` when the option is absent.
std::pair<int, int> pairOption(const gs::cli::Args& args, const std::string& name, int fallback) {
  if (!args.has(name))
    return {fallback, fallback};
  const std::vector<double> v = args.numberList(name, 1, 2);
  for (double d : v)
    if (std::floor(d) != d || std::fabs(d) > 1e6)
      throw InputError("--" + name + ": expected whole numbers, got '" + *args.get(name) + "'");
  return {static_cast<int>(v.front()), static_cast<int>(v.back())};
}

/// "P" (all sides) or "T,B,L,R".
gs::PaddingSpec paddingOption(const gs::cli::Args& args) {
  const std::vector<double> v = args.numberList("padding", 1, 4);
  if (v.size() != 1 && v.size() != 4)
    throw InputError("--padding: expected P or T,B,L,R, got " + std::to_string(v.size()) +
                     " values");
  for (double d : v)
    if (std::floor(d) != d || d < 0 || d > 1e6)
      throw InputError("--padding: expected whole numbers ≥ 0, got '" + *args.get("padding") + "'");
  if (v.size() == 1)
    return gs::PaddingSpec::uniform(static_cast<int>(v[0]));
  return gs::PaddingSpec::sides(static_cast<int>(v[0]), static_cast<int>(v[1]),
                                static_cast<int>(v[2]), static_cast<int>(v[3]));
}

/// A number (the same bias for every kernel) or [N].
std::vector<float> biasOption(const gs::cli::Args& args, int kernels) {
  if (!args.has("bias"))
    return {};
  const gs::Tensor b =
      gs::tensorFromJson(gs::parseJsonArgument(*args.get("bias"), "--bias"), "--bias", 0, 1);
  if (b.rank() == 0)
    return std::vector<float>(static_cast<std::size_t>(kernels), b[0]);
  return b.toVector();
}

json stepJson(const gs::TraceStep& s, int kh, int kw) {
  json window = json::array();
  // The window's cells once (row-major); terms repeat them per input channel, channel first.
  for (int t = 0; t < kh * kw; ++t)
    window.push_back(
        {s.terms[static_cast<std::size_t>(t)].row, s.terms[static_cast<std::size_t>(t)].col});
  json terms = json::array();
  for (const gs::TraceTerm& t : s.terms)
    terms.push_back({t.x, t.w});
  json j = {{"out", {s.out, s.i, s.j}},
            {"window", window},
            {"terms", terms},
            {"sum", s.sum},
            {"bias", s.bias},
            {"value", s.value},
            {"equation", gs::traceEquation(s)}};
  if (s.channelSums.size() > 1)
    j["channel_sums"] = s.channelSums;
  return j;
}

const std::vector<gs::cli::Option> kConvOptions = {
    {"input", "JSON", "2-D [H][W] or 3-D [C][H][W]; literal, @file.json or file.json"},
    {"kernel", "JSON", "2-D [kh][kw], 3-D [C][kh][kw] or 4-D [N][C][kh][kw]"},
    {"mode", "valid|same|full", "padding mode (default valid)"},
    {"padding", "P|T,B,L,R", "explicit zero padding (instead of --mode)"},
    {"stride", "S|SH,SW", "stride (default 1)"},
    {"dilation", "D|DH,DW", "dilation (default 1)"},
    {"flip", "", "flip the kernel: mathematical convolution"},
    {"bias", "JSON", "a number or one per kernel [N]"},
    {"activation", "none|relu|sigmoid|tanh", "applied after the bias (default none)"},
    {"trace", "", "add every window's multiply-add as \"steps\""},
};

int runConv(const std::vector<std::string>& words) {
  const gs::cli::Args args(words, kConvOptions);
  const gs::Tensor input =
      gs::tensorFromJson(gs::parseJsonArgument(args.require("input"), "--input"), "--input", 2, 3);
  const gs::Tensor kernel = gs::tensorFromJson(
      gs::parseJsonArgument(args.require("kernel"), "--kernel"), "--kernel", 2, 4);

  gs::ConvSpec spec;
  if (args.has("mode") && args.has("padding"))
    throw InputError("give either --mode or --padding, not both");
  if (args.has("padding"))
    spec.padding = paddingOption(args);
  else
    spec.padding.mode = gs::padModeFromName(args.get("mode", "valid"));
  std::tie(spec.strideH, spec.strideW) = pairOption(args, "stride", 1);
  std::tie(spec.dilationH, spec.dilationW) = pairOption(args, "dilation", 1);
  spec.flip = args.has("flip");
  spec.activation = gs::activationFromName(args.get("activation", "none"));
  const int kernels = kernel.rank() == 4 ? kernel.dim(0) : 1;
  const std::vector<float> bias = biasOption(args, kernels);

  const bool trace = args.has("trace");
  const gs::ConvResult r = gs::convolve(input, kernel, bias, spec, trace);
  const gs::ConvGeometry& g = r.geometry;
  json out = {{"shape", r.output.shape()},
              {"output", gs::tensorToJson(r.output)},
              {"padding", {g.pad.top, g.pad.bottom, g.pad.left, g.pad.right}},
              {"params", r.cost.params},
              {"macs", r.cost.macs},
              {"flops", r.cost.flops}};
  if (trace) {
    json steps = json::array();
    for (const gs::TraceStep& s : r.trace)
      steps.push_back(stepJson(s, g.kH, g.kW));
    out["steps"] = std::move(steps);
  }
  std::cout << out.dump() << "\n";
  return 0;
}

} // namespace

GRADSCOPE_COMMAND(conv, "conv", "convolve an input with kernels (modes, stride, trace)",
                  kConvOptions, runConv)
