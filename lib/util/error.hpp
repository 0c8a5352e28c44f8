#pragma once
// The one exception type that travels up to main(). Lower layers return
// values (Diagnostics, std::optional); whatever cannot be handled there
// becomes an Error with the exit code the user sees.
#include <stdexcept>
#include <string>

namespace pusterum {

// Exit codes are the same for every command (documented in pusterum(1)).
enum class Exit : int {
  ok = 0,
  findings = 1,     // check found problems; a rule refused the change
  usage = 2,        // the command line is wrong (unknown option, unknown ID)
  invalid = 3,      // a file or input is malformed or breaks the schema
  environment = 4,  // no provider tree, I/O failure, lock or permission trouble
};

class Error : public std::runtime_error {
public:
  Error(Exit code, const std::string& message, std::string hint = {})
    : std::runtime_error(message), code_(code), hint_(std::move(hint)) {}
  Exit code() const { return code_; }
  const std::string& hint() const { return hint_; }

private:
  Exit code_;
  std::string hint_;
};

} // namespace pusterum
