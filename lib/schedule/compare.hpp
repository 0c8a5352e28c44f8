#pragma once
// What was delivered against what was planned: logging as planned, and the
// differences a coordinator wants to see when they are not the same.
#include "hours/entry.hpp"
#include "schedule/expand.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pusterum::schedule {

// The planned visits (not cancelled) that start on `day`.
std::vector<Visit> planned_on(const std::vector<Visit>& visits, Date day);

// An entry that says "delivered as planned".
hours::Entry as_delivered(const Visit& planned);

// Whether the person's effective entries already hold this visit (same start, end and staff).
bool already_logged(const Visit& planned, const std::vector<hours::Entry>& logged);

// How `logged` differs from the plan of its day, in words; nullopt when it
// is as planned, or when nothing was planned that day.
std::optional<std::string> difference_from_plan(const hours::Entry& logged, const std::vector<Visit>& planned_that_day);

} // namespace pusterum::schedule
