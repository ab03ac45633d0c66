#pragma once
// Runs the gradscope-cli binary built by this tree and captures what it prints.
#include <string>
#include <vector>

namespace gs::test {

struct CliResult {
  int exitCode = -1;
  std::string out; ///< stdout
  std::string err; ///< stderr
};

/// Runs gradscope-cli with `args` (no shell: each string is one argument).
CliResult runCli(const std::vector<std::string>& args);

/// Writes `text` to a fresh file in the temporary folder and returns its path.
std::string writeTempFile(const std::string& name, const std::string& text);

} // namespace gs::test
