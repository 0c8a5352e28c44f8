#pragma once
// Changes to a plan as the commands make them. Each returns the changed plan
// or throws Error(usage|invalid) saying what to write instead; nothing here
// touches the disk.
#include "schedule/plan.hpp"

#include <string>

namespace pusterum::schedule {

// Adds the visit with a fresh ID and returns that ID.
std::string add_visit(Plan& plan, PlannedVisit visit);

// The planned visit by ID or unique prefix; throws Error(usage) otherwise.
const PlannedVisit& find_visit(const Plan& plan, std::string_view id_or_prefix);

// Appends a change to one date of a visit. The date must be one the visit
// falls on (before any earlier moves).
void change_visit(Plan& plan, Change change, Date last_day);

// No occurrences of the visit from `from` on: sets its until to the day before.
void stop_visit(Plan& plan, const std::string& id, Date from);

} // namespace pusterum::schedule
