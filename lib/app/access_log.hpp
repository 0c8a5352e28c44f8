#pragma once
// The access log of a run (store/access.hpp): one line per case the run read
// or changed, appended once at the end, whatever the outcome, since a
// refused change still looked at the data.
#include "app/session.hpp"

#include <optional>
#include <string>

namespace pusterum::app {

// `command` as the log names it: "schedule add". Returns why the log could
// not be written: a warning, since the command has already done its work.
std::optional<std::string> log_accesses(const Session& session, const std::string& command);

} // namespace pusterum::app
