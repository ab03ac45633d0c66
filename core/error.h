#pragma once
// Errors the user can cause and fix: bad input, a shape that does not fit, a corrupt file.
// The message says what and where; the CLI prints it on stderr and exits 2, the GUI shows it
// inline.
#include <stdexcept>
#include <string>

namespace gs {

class InputError : public std::runtime_error {
public:
  explicit InputError(const std::string& message)
      : std::runtime_error(message) {}
};

} // namespace gs
