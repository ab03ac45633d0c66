#pragma once
// gradscope-cli commands (DESIGN.md section 4). Each command lives in its own file and
// registers itself with a static GRADSCOPE_COMMAND(...) line.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace gs::cli {

/// One option of a command, written once: it drives both parsing and `--help`.
struct Option {
  std::string name;  ///< without the leading "--"
  std::string value; ///< what the value looks like ("JSON", "N"); empty for a switch
  std::string help;  ///< one line
};

/// "--name value" options and "--flag" switches of one command line.
class Args {
public:
  /// argv after the command name. Options with an empty `value` are switches; the others take
  /// the next word as their value (which may start with '-', as in "--start -1,2"). Throws
  /// InputError on an unknown option, a repeated one or a missing value.
  Args(const std::vector<std::string>& words, const std::vector<Option>& options);

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

/// "a, b or c", for help texts listing the names core accepts.
std::string oneOf(const std::vector<std::string>& names);

/// Parses a whole number or a list "A,B,..." given as text, naming `what` in errors.
std::vector<double> parseNumberList(const std::string& text, const std::string& what);

using CommandFn = int (*)(const std::vector<std::string>& words);

struct Command {
  std::string name;
  std::string summary;
  std::vector<Option> options;
  CommandFn run = nullptr;
};

std::vector<Command>& commands();

/// `gradscope-cli NAME --help`: usage line, summary and every option with its help.
std::string commandHelp(const Command& command);

struct Registrar {
  Registrar(const char* name, const char* summary, std::vector<Option> options, CommandFn run) {
    commands().push_back({name, summary, std::move(options), run});
  }
};

} // namespace gs::cli

#define GRADSCOPE_COMMAND(ident, name, summary, options, fn)                                       \
  static const gs::cli::Registrar ident##Registrar{name, summary, options, fn};
