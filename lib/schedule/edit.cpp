#include "schedule/edit.hpp"

#include "hours/case_log.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <set>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::schedule {

std::string add_visit(Plan& plan, PlannedVisit visit) {
  std::set<std::string> taken;
  for (const auto& v : plan.visits) taken.insert(v.id);
  visit.id = hours::new_entry_id(taken);
  plan.visits.push_back(std::move(visit));
  return plan.visits.back().id;
}

const PlannedVisit& find_visit(const Plan& plan, std::string_view id_or_prefix) {
  const std::string wanted = text::to_upper_ascii(id_or_prefix);
  const PlannedVisit* found = nullptr;
  std::vector<std::string> candidates;
  for (const auto& v : plan.visits) {
    if (!v.id.starts_with(wanted)) continue;
    if (v.id == wanted) return v;
    found = &v;
    candidates.push_back(v.id);
  }
  if (candidates.size() == 1) return *found;
  if (candidates.empty())
    throw Error(Exit::usage, fmt::format(fmt::runtime(_("the plan has no visit '{}'")), std::string(id_or_prefix)), _("`pusterum schedule CASE --plan` lists its visits"));
  throw Error(Exit::usage, fmt::format(fmt::runtime(_("'{}' could be {}")), std::string(id_or_prefix), text::join(candidates, " or ")), _("give more of the ID"));
}

void change_visit(Plan& plan, Change change, Date last_day) {
  const PlannedVisit& visit = find_visit(plan, change.visit);
  change.visit = visit.id;
  const Date until = visit.until.value_or(last_day);
  const bool falls_on = change.date >= visit.from && change.date <= until &&
                        !start_days(visit.when, visit.from, change.date, change.date).empty();
  if (!falls_on)
    throw Error(Exit::usage, fmt::format(fmt::runtime(_("visit {} ({}) does not fall on {}")), visit.id, format_pattern(visit.when), change.date.iso()),
                _("give --date as the day the visit is planned to start"));
  plan.changes.push_back(std::move(change));
}

void stop_visit(Plan& plan, const std::string& id, Date from) {
  const PlannedVisit& found = find_visit(plan, id);
  for (auto& v : plan.visits) {
    if (v.id != found.id) continue;
    if (from <= v.from)
      throw Error(Exit::usage, fmt::format(fmt::runtime(_("visit {} starts {}; stopping it from {} would leave nothing")), v.id, v.from.iso(), from.iso()),
                  _("give a --from after its first day"));
    v.until = from - 1;
  }
}

} // namespace pusterum::schedule
