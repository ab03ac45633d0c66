#include "convolution.h"

#include <cmath>
#include <cstdio>

namespace gs {

std::string formatNumber(double v, bool parenthesizeNegative) {
  char buf[64];
  // Round to 4 decimals first so that 0.30000001 (a float 0.3) reads "0.3".
  const double rounded = std::round(v * 1e4) / 1e4;
  if (!std::isfinite(v)) {
    std::snprintf(buf, sizeof buf, "%g", v);
  } else if (rounded == 0.0 && v != 0.0) {
    std::snprintf(buf, sizeof buf, "%.4g", v); // too small for 4 decimals: 1.235e-05
  } else if (std::fabs(rounded) >= 1e15) {
    std::snprintf(buf, sizeof buf, "%.6g", v);
  } else {
    std::snprintf(buf, sizeof buf, "%.4f", rounded == 0.0 ? 0.0 : rounded); // no "-0"
    std::string s = buf;
    while (s.back() == '0')
      s.pop_back();
    if (s.back() == '.')
      s.pop_back();
    std::snprintf(buf, sizeof buf, "%s", s.c_str());
  }
  std::string s = buf;
  if (parenthesizeNegative && s.front() == '-')
    return "(" + s + ")";
  return s;
}

std::string traceEquation(const TraceStep& step) {
  std::string eq;
  for (const TraceTerm& t : step.terms) {
    if (!eq.empty())
      eq += " + ";
    eq += formatNumber(t.w, true) + "×" + formatNumber(t.x, true);
  }
  if (step.bias != 0.0)
    eq += (eq.empty() ? "" : " + ") + formatNumber(step.bias, true);
  const double pre = step.sum + step.bias;
  if (step.activation == Activation::None)
    return eq + " = " + formatNumber(step.value);
  const std::string name = activationName(step.activation);
  return eq + " = " + formatNumber(pre) + ", " + name + "(" + formatNumber(pre) +
         ") = " + formatNumber(step.value);
}

} // namespace gs
