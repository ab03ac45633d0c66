#include "command.h"

#include "core/error.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace gs::cli {

std::vector<Command>& commands() {
  static std::vector<Command> all;
  return all;
}

std::string oneOf(const std::vector<std::string>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i)
    text += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  return text;
}

std::string commandHelp(const Command& command) {
  std::string text = "usage: gradscope-cli " + command.name + " [options]\n\n" + command.summary +
                     "\n\noptions:\n";
  std::size_t width = 0;
  for (const Option& o : command.options)
    width = std::max(width, o.name.size() + (o.value.empty() ? 0 : o.value.size() + 1));
  for (const Option& o : command.options) {
    const std::string left = "--" + o.name + (o.value.empty() ? "" : " " + o.value);
    text += "  " + left + std::string(width + 4 - left.size(), ' ') + o.help + "\n";
  }
  return text;
}

Args::Args(const std::vector<std::string>& words, const std::vector<Option>& options) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.rfind("--", 0) != 0)
      throw InputError("unexpected argument '" + w + "'");
    const std::string name = w.substr(2);
    const auto option = std::find_if(options.begin(), options.end(),
                                     [&](const Option& o) { return o.name == name; });
    if (option == options.end())
      throw InputError("unknown option --" + name);
    if (option->value.empty()) {
      m_flags.insert(name);
      continue;
    }
    if (m_values.count(name))
      throw InputError("--" + name + " given twice");
    if (i + 1 >= words.size())
      throw InputError("--" + name + " needs a value");
    m_values[name] = words[++i];
  }
}

bool Args::has(const std::string& name) const {
  return m_flags.count(name) > 0 || m_values.count(name) > 0;
}

std::optional<std::string> Args::get(const std::string& name) const {
  auto it = m_values.find(name);
  if (it == m_values.end())
    return std::nullopt;
  return it->second;
}

std::string Args::get(const std::string& name, const std::string& fallback) const {
  return get(name).value_or(fallback);
}

std::string Args::require(const std::string& name) const {
  auto v = get(name);
  if (!v)
    throw InputError("missing --" + name);
  return *v;
}

namespace {
double parseNumber(const std::string& text, const std::string& what) {
  const char* begin = text.c_str();
  char* end = nullptr;
  const double v = std::strtod(begin, &end);
  if (text.empty() || end != begin + text.size())
    throw InputError(what + ": expected a number, got '" + text + "'");
  return v;
}
} // namespace

double Args::number(const std::string& name, double fallback) const {
  auto v = get(name);
  return v ? parseNumber(*v, "--" + name) : fallback;
}

long Args::integer(const std::string& name, long fallback) const {
  auto v = get(name);
  if (!v)
    return fallback;
  const double d = parseNumber(*v, "--" + name);
  if (!std::isfinite(d) || std::floor(d) != d)
    throw InputError("--" + name + ": expected a whole number, got '" + *v + "'");
  return static_cast<long>(d);
}

std::vector<double> parseNumberList(const std::string& text, const std::string& what) {
  std::vector<double> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = text.find(',', start);
    out.push_back(parseNumber(text.substr(start, comma - start), what));
    if (comma == std::string::npos)
      break;
    start = comma + 1;
  }
  return out;
}

std::vector<double> Args::numberList(const std::string& name, std::size_t minCount,
                                     std::size_t maxCount) const {
  const std::vector<double> v = parseNumberList(require(name), "--" + name);
  if (v.size() < minCount || v.size() > maxCount)
    throw InputError("--" + name + ": expected " + std::to_string(minCount) +
                     (minCount == maxCount ? "" : " to " + std::to_string(maxCount)) +
                     " comma-separated numbers, got " + std::to_string(v.size()));
  return v;
}

} // namespace gs::cli
