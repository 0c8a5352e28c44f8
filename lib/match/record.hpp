#pragma once
// Recording a match in the case: fixed staff, substitutes, a dated entry in
// the staffing history, and a case that was waiting becomes active.
#include "model/case.hpp"

#include <string>
#include <vector>

namespace pusterum::match {

struct Staffing {
  std::string fixed;
  std::vector<std::string> substitutes;
  std::string forced;                // the reason given with --force, when it overrode match rules
  std::vector<std::string> overrode; // the names of those rules
};

// Throws Error when the case cannot take a staffing on `day`: it is closed
// (exit 1), it already has fixed staff and `reassign` is false (exit 1), or
// the day comes before its last status or staffing change (exit 2).
void check_can_staff(const Case& c, Date day, bool reassign);

// Records the staffing from `day`. A referred or matching case becomes
// active that day; an active or paused case keeps its status.
void record_staffing(Case& c, const Staffing& staffing, Date day);

} // namespace pusterum::match
