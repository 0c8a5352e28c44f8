#pragma once
// The use-cases of `pusterum schedule` that change a plan: add a visit,
// cancel, move or cover one date, stop a recurring visit. Each reads the
// plan under the change's lock, checks what the edit brings in over the
// weeks it touches (the plan rules with the eligibility rule, across every
// case's plan) and writes the plan only when nothing new blocks.
#include "app/session.hpp"
#include "schedule/plan.hpp"
#include "util/diagnostics.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pusterum::app {

struct PlanEdited {
  Case c;
  schedule::Plan plan;  // as written
  Diagnostics warnings; // what the edit brings in that only warns
};

// `visit.from` unset: a single date's own day, else today or the grant's
// start, whichever is later.
struct NewVisit {
  std::string case_id;
  schedule::PlannedVisit visit;
  bool from_given = false;
};

PlanEdited add_visit(const Session& session, NewVisit request);

// Cancel, move or cover one date; the cover's staff as given (any unique prefix).
PlanEdited change_date(const Session& session, const std::string& case_id, schedule::Change edit);

PlanEdited stop_visit(const Session& session, const std::string& case_id, const std::string& visit, Date from);

// `schedule check`: every plan against the plan rules over first..last.
// With `cases` (any unique prefixes) only the findings about those cases'
// plans are kept; the other plans still count for double bookings and rest.
struct PlansChecked {
  size_t plans = 0;     // how many plans were read
  Diagnostics problems; // unreadable files and the findings
};
PlansChecked check_plans(const Session& session, const std::vector<std::string>& cases, Date first, Date last);

} // namespace pusterum::app
