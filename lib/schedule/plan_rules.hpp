#pragma once
// What a plan is checked against: the grant (period, days and hours,
// overnight stays, minimum visit, hours per budget period), the staff
// (absences, availability, double bookings across cases) and the working-time
// rules. Each finding names its rule, the visit and by how much.
#include "model/provider.hpp"
#include "model/staff.hpp"
#include "schedule/expand.hpp"
#include "store/fields.hpp"
#include "util/diagnostics.hpp"

#include <map>
#include <string>
#include <vector>

namespace pusterum::schedule {

struct CasePlan {
  const Case* c = nullptr;
  const Plan* plan = nullptr;
  std::string file;                          // the plan file, as shown to people
  const store::Positions* positions = nullptr;
  std::vector<Visit> visits;                 // expanded over the checked days (and whole budget periods)
};

struct PlanCheck {
  const Provider& provider;
  const Zone& zone;
  const std::map<std::string, Staff, std::less<>>& staff;
  Date first; // the days checked
  Date last;
  Date today; // for the wording of findings only: "expired" or "expires"
};

// The days to expand so that every budget period and working-time window
// that first..last touches is whole.
std::pair<Date, Date> days_to_expand(const Case& c, Date first, Date last);

void check_plans(const std::vector<CasePlan>& plans, const PlanCheck& check, Diagnostics& out);

} // namespace pusterum::schedule
