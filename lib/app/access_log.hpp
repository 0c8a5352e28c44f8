#pragma once
// The access log of a run (store/access.hpp): one line per case the run read
// or changed, whatever the outcome, since a refused change still looked at
// the data. Appended before the first byte of output (a reader cut short by
// a closed pipe still leaves its line) and at the end for what was read after.
#include "app/session.hpp"

#include <optional>
#include <set>
#include <string>

namespace pusterum::app {

// `command` as the log names it: "schedule add". Logs the cases accessed
// that are not in `logged` yet and adds them to it. Returns why the log
// could not be written: a warning, since the command has done its work.
std::optional<std::string> log_accesses(const Session& session, const std::string& command, std::set<std::string>& logged);

} // namespace pusterum::app
