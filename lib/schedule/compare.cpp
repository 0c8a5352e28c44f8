#include "schedule/compare.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::schedule {

namespace {

bool same_time(const Visit& v, const hours::Entry& e) {
  return v.start.instant() == e.start.instant() && v.end.instant() == e.end.instant();
}

std::string span(const Moment& start, const Moment& end) {
  const std::string end_day = end.local.date == start.local.date ? "" : end.local.date.iso() + " ";
  return fmt::format("{}-{}{}", format_clock(start.local.minute), end_day, format_clock(end.local.minute));
}

} // namespace

std::vector<Visit> planned_on(const std::vector<Visit>& visits, Date day) {
  std::vector<Visit> out;
  for (const auto& v : visits)
    if (!v.cancelled && v.start.local.date == day) out.push_back(v);
  return out;
}

hours::Entry as_delivered(const Visit& planned) {
  hours::Entry e;
  e.kind = planned.kind;
  e.staff = planned.staff;
  e.start = planned.start;
  e.end = planned.end;
  e.note = planned.note;
  return e;
}

bool already_logged(const Visit& planned, const std::vector<hours::Entry>& logged) {
  return std::any_of(logged.begin(), logged.end(), [&](const hours::Entry& e) { return e.staff == planned.staff && same_time(planned, e); });
}

std::optional<std::string> difference_from_plan(const hours::Entry& logged, const std::vector<Visit>& planned_that_day) {
  if (planned_that_day.empty() || !logged.uses_grant()) return std::nullopt;
  for (const auto& v : planned_that_day)
    if (same_time(v, logged) && v.staff == logged.staff && v.kind == logged.kind) return std::nullopt;
  // The planned visit it is most likely the delivery of: the one whose time overlaps it most, else the first.
  const Visit* nearest = &planned_that_day.front();
  Instant best = 0;
  for (const auto& v : planned_that_day) {
    const Instant overlap = std::min(v.end.instant(), logged.end.instant()) - std::max(v.start.instant(), logged.start.instant());
    if (overlap > best) {
      best = overlap;
      nearest = &v;
    }
  }
  const Rational delta = logged.hours() - nearest->hours();
  return fmt::format(fmt::runtime(_("planned {} {} by {} ({}), logged {} {} by {}{}")), name_of(nearest->kind), span(nearest->start, nearest->end),
                     nearest->staff, nearest->name(), name_of(logged.kind), span(logged.start, logged.end), logged.staff,
                     delta == Rational(0) ? "" : fmt::format(": {}{} h", delta > Rational(0) ? "+" : "", delta.to_decimal(2)));
}

} // namespace pusterum::schedule
