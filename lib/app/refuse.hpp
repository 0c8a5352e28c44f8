#pragma once
// How a use-case refuses a change that breaks a blocking rule.
#include "util/diagnostics.hpp"

namespace pusterum::app {

// Throws Refused with the exit code and message store::throw_problems gives
// `problems`, carrying its warnings, so they are printed before the error.
[[noreturn]] void refuse(const Diagnostics& problems);

} // namespace pusterum::app
