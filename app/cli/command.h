#pragma once
// gradscope-cli commands (DESIGN.md section 4). Each command lives in its own file and
// registers itself with a static GRADSCOPE_COMMAND(...) line.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace gs::cli {

/// "--name value" options and "--flag" switches of one command line.
class Args {
public:
  /// argv after the command name. `flags` are the options that take no value; anything else
  /// starting with "--" takes the next word as its value (which may start with '-', as in
  /// "--start -1,2"). Throws InputError on an unknown option, a repeated one or a missing value.
  Args(const std::vector<std::string>& words, const std::set<std::string>& valueOptions,
       const std::set<std::string>& flags);

  bool has(const std::string& name) const;
  std::optional<std::string> get(const std::string& name) const;
  std::string get(const std::string& name, const std::string& fallback) const;
  /// The value, or InputError "missing --name".
  std::string require(const std::string& name) const;
  /// A number; InputError "--lr: expected a number, got 'abc'".
  double number(const std::string& name, double fallback) const;
  /// A whole number; InputError when it is not one.
  long integer(const std::string& name, long fallback) const;
  /// "3" or "2,3" -> {a, b} (a single value repeated); InputError otherwise.
  std::vector<double> numberList(const std::string& name, std::size_t minCount,
                                 std::size_t maxCount) const;

private:
  std::map<std::string, std::string> m_values;
  std::set<std::string> m_flags;
};

/// Parses a whole number or a list "A,B,..." given as text, naming `what` in errors.
std::vector<double> parseNumberList(const std::string& text, const std::string& what);

using CommandFn = int (*)(const std::vector<std::string>& words);

struct Command {
  std::string name;
  std::string summary;
  CommandFn run = nullptr;
};

std::vector<Command>& commands();

struct Registrar {
  Registrar(const char* name, const char* summary, CommandFn run) {
    commands().push_back({name, summary, run});
  }
};

} // namespace gs::cli

#define GRADSCOPE_COMMAND(ident, name, summary, fn)                                                \
  static const gs::cli::Registrar ident##Registrar{name, summary, fn};
