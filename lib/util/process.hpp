#pragma once
// Running another program (the user's git) with an argument vector, never
// through a shell, and capturing what it prints.
#include <string>
#include <vector>

namespace pusterum::process {

struct Result {
  bool started = false; // false: the program was not found or could not be run (`error` says why)
  int status = -1;      // its exit status; 128 + N when killed by signal N
  std::string out;      // standard output
  std::string err;      // standard error
  std::string error;    // why it could not be started
  bool ok() const { return started && status == 0; }
};

// The OS user running pusterum (getpwuid, else $USER, else "uid-N"): the
// first of them that the text policy stores and that holds no CPR number.
std::string user_name();
// The choice itself, from the account's name and $USER (either may be null).
std::string choose_user_name(const char* account, const char* env_user, unsigned uid);

// Runs argv[0] found on PATH (posix_spawnp) with standard input from /dev/null.
Result run(const std::vector<std::string>& argv);

} // namespace pusterum::process
