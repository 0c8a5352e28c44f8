#pragma once
// The one exception type that travels up to main(). Lower layers return
// values (Diagnostics, std::optional); whatever cannot be handled there
// becomes an Error with the exit code the user sees.
#include <stdexcept>
#include <string>

namespace pusterum {

// Exit codes are the same for every command (the table in pusterum(1) and
// the README's "Exit status"). They say what to fix: a value or an ID that
// is wrong is the command line's when a flag gave it, a file's when a file did.
enum class Exit : int {
  ok = 0,
  findings = 1,     // check found problems; a rule refused the change
  usage = 2,        // the command line: unknown option, bad value, unknown or ambiguous ID
  invalid = 3,      // a file (input or tree): malformed, breaks the schema, names an unknown ID
  environment = 4,  // no provider tree, PUSTERUM_ROOT/TODAY, I/O failure, lock or permission trouble
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
