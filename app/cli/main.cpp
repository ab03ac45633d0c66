// gradscope-cli: the core, headless, JSON out (DESIGN.md section 4).
// Errors: one line on stderr naming what is wrong, exit code 2, nothing on stdout.
#include "command.h"
#include "core/error.h"

#include <iostream>
#include <nlohmann/json.hpp>

namespace {

void usage(std::ostream& out) {
  out << "usage: gradscope-cli COMMAND [options]\n       gradscope-cli COMMAND "
         "--help\n\ncommands:\n";
  for (const auto& c : gs::cli::commands())
    out << "  " << c.name << std::string(12 - std::min<std::size_t>(c.name.size(), 11), ' ')
        << c.summary << "\n";
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
    usage(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? 2 : 0;
  }
  const std::string name = argv[1];
  const std::vector<std::string> words(argv + 2, argv + argc);
  for (const auto& c : gs::cli::commands()) {
    if (c.name != name)
      continue;
    if (!words.empty() && (words.front() == "--help" || words.front() == "-h")) {
      std::cout << gs::cli::commandHelp(c);
      return 0;
    }
    try {
      return c.run(words);
    } catch (const gs::InputError& e) {
      std::cerr << "gradscope-cli " << name << ": " << e.what() << "\n";
      return 2;
    } catch (const nlohmann::json::exception& e) {
      std::cerr << "gradscope-cli " << name << ": " << e.what() << "\n";
      return 2;
    } catch (const std::exception& e) {
      std::cerr << "gradscope-cli " << name << ": internal error: " << e.what() << "\n";
      return 1;
    }
  }
  std::cerr << "gradscope-cli: unknown command '" << name << "'\n";
  usage(std::cerr);
  return 2;
}
