#include "match/record.hpp"

#include "util/error.hpp"

#include <fmt/format.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::match {

void check_can_staff(const Case& c, Date day, bool reassign) {
  if (c.status == CaseStatus::closed)
    throw Error(Exit::findings, fmt::format(fmt::runtime(_("case {} is closed")), c.id), _("reopen it first with `pusterum case reopen`"));
  if (!c.fixed_staff.empty() && !reassign)
    throw Error(Exit::findings, fmt::format(fmt::runtime(_("case {} already has fixed staff: {}")), c.id, c.fixed_staff),
                _("give --reassign to replace them"));
  const Date last = c.status_history.empty() ? day : c.status_history.back().date;
  if (day < last)
    throw Error(Exit::usage, fmt::format(fmt::runtime(_("--date {} is before the case's last status change ({})")), day.iso(), last.iso()),
                _("the history runs forward in time"));
  if (!c.staffing_history.empty() && day < c.staffing_history.back().date)
    throw Error(Exit::usage,
                fmt::format(fmt::runtime(_("--date {} is before the case's last staffing ({})")), day.iso(), c.staffing_history.back().date.iso()),
                _("the history runs forward in time"));
}

void record_staffing(Case& c, const Staffing& staffing, Date day) {
  c.fixed_staff = staffing.fixed;
  c.substitutes = staffing.substitutes;
  c.staffing_history.push_back({day, staffing.fixed, staffing.substitutes, staffing.forced, staffing.overrode});
  if (c.status == CaseStatus::referred || c.status == CaseStatus::matching) {
    c.status = CaseStatus::active;
    c.status_history.push_back({day, CaseStatus::active, {}});
  }
}

} // namespace pusterum::match
