#include "hours/entry_rules.hpp"

#include "grant/arithmetic.hpp"
#include "hours/ledger.hpp"
#include "rules/eligibility.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::hours {

namespace {

// A visit on an allowed day and inside one allowed window (same-day visits).
bool fits_terms(const Entry& e, const GrantTerms& terms) {
  const Weekday day = e.start.local.date.weekday();
  if (!terms.days.empty() && std::find(terms.days.begin(), terms.days.end(), day) == terms.days.end()) return false;
  if (terms.windows.empty()) return true;
  if (e.end.local.date != e.start.local.date) return false;
  return std::any_of(terms.windows.begin(), terms.windows.end(), [&](const TimeWindow& w) {
    return w.start <= e.start.local.minute && e.end.local.minute <= w.end;
  });
}

std::string render_terms(const GrantTerms& t) {
  std::vector<std::string> days, windows;
  for (Weekday d : t.days) days.emplace_back(weekday_name(d));
  for (const auto& w : t.windows) windows.push_back(format_clock(w.start) + "-" + format_clock(w.end));
  return (days.empty() ? std::string("any day") : fmt::format("{}", fmt::join(days, ", "))) +
         (windows.empty() ? "" : fmt::format(" {}", fmt::join(windows, ", ")));
}

// A stay holds a night when it spans the night's midnight: 22:00-02:30 does,
// 06:00-22:00 (one hour of the night, before 07:00) does not. A night window
// that does not hold midnight must be held whole.
bool holds_a_night(const Entry& e, const DailyWindow& night) {
  const bool wraps = night.end <= night.start;
  for (Date day = e.start.local.date; day <= e.start.local.date + 1; day = day + 1) {
    if (night.contains(0) && e.start.local < LocalTime{day, 0} && LocalTime{day, 0} < e.end.local) return true;
    const LocalTime begins{day - 1, night.start}, ends{wraps ? day : day - 1, night.end};
    if (e.start.local <= begins && ends <= e.end.local) return true;
  }
  return false;
}

} // namespace

void check_overnight(const Entry& e, const Provider& provider, rules::Findings& f) {
  if (e.kind != Kind::overnight || holds_a_night(e, provider.billing.night)) return;
  const DailyWindow& night = provider.billing.night;
  f.add(rule::overnight_night, "start",
        fmt::format(fmt::runtime(_("an overnight stay from {} to {} does not span a night ({}-{})")), e.start.iso(), e.end.iso(),
                    format_clock(night.start), format_clock(night.end)),
        _("log it as a visit, or give the times of the whole stay"));
}

rules::Placement placement_of(const Entry& e, Date today) {
  const auto [first, last] = rules::days_with_child(e.start, e.end);
  return {.first = first,
          .last = last,
          .overnight = e.kind == Kind::overnight,
          .driving = e.km && *e.km > 0,
          .staffing = false,
          .today = today};
}

void check_against_grant(const Entry& e, const Case& c, const Provider& provider, rules::Findings& f) {
  const Date day = e.start.local.date;
  const Date end = grant::end_of(c.grant);
  if (day < c.grant.start || day > end)
    f.add(rule::outside_grant, "start", fmt::format(fmt::runtime(_("{} is outside the grant period {} to {}")), day.iso(), c.grant.start.iso(), end.iso()),
          _("put it on the case whose grant covers the day, or amend the grant"));
  const auto terms = grant::state_on(c.grant, std::clamp(day, c.grant.start, std::max(c.grant.start, end))).terms;
  if (e.kind == Kind::visit && !fits_terms(e, terms))
    f.add(rule::outside_grant_terms, "start",
          fmt::format(fmt::runtime(_("the grant allows {}, not {} {}-{}")), render_terms(terms), weekday_name(e.start.local.date.weekday()),
                      format_clock(e.start.local.minute), format_clock(e.end.local.minute)),
          _("check the times, or ask the caseworker about the grant's days and hours"));
  if (e.kind == Kind::overnight && !terms.overnight)
    f.add(rule::overnight_not_granted, "kind", _("an overnight stay, but the grant does not include overnight stays"),
          _("make it a visit, or amend the grant with --overnight"));
  check_overnight(e, provider, f);
  if (e.kind == Kind::visit && e.hours() < provider.contract.minimum_visit_hours)
    f.add(rule::short_visit, "end", fmt::format(fmt::runtime(_("the visit lasts {} h, less than the contract's minimum of {} h")),
                                            e.hours().to_decimal(2), provider.contract.minimum_visit_hours.to_decimal(2)),
          _("check the times; pusterum.yaml sets whether this warns or refuses"));
}

void check_entry(const Entry& e, const EntryContext& x, rules::Findings& f) {
  const Case& c = x.c;
  if (const CaseStatus then = status_on(c, e.start.local.date); then != CaseStatus::active)
    f.add(rule::case_not_active, "case",
          fmt::format(fmt::runtime(_("case {} was {} on {}; hours are logged for days the case was active")), c.id, name_of(then),
                      e.start.local.date.iso()),
          c.status == CaseStatus::active ? "check the date" : "resume or reopen it first (`pusterum case resume|reopen`)");
  if (!x.staff)
    f.add(rule::unknown_staff, "staff", fmt::format(fmt::runtime(_("no staff member '{}'")), e.staff), _("`pusterum staff list` shows who there is"));
  else if (e.kind != Kind::cancelled)
    rules::check_eligibility(*x.staff, c, x.provider, placement_of(e, Zone(x.provider.time_zone).moment_at(x.now).local.date), f, "staff");

  check_against_grant(e, c, x.provider, f);
  const Date day = e.start.local.date;
  const Date end = grant::end_of(c.grant);
  const int grace = x.provider.contract.log_grace_minutes;
  if (e.end.instant() > x.now + grace * 60)
    f.add(rule::future_entry, "end", fmt::format(fmt::runtime(_("the entry ends {}, which is in the future")), e.end.iso()),
          _("log what was delivered once it has happened"));

  const auto terms = grant::state_on(c.grant, std::clamp(day, c.grant.start, std::max(c.grant.start, end))).terms;
  if (e.km && *e.km > 0 && !terms.driving)
    f.add(rule::km_not_granted, "km", fmt::format(fmt::runtime(_("{} km given, but driving is not part of this grant")), *e.km),
          _("leave out --km; driving counts only when the grant includes it"));
  if (e.km && terms.driving && terms.km_cap_per_month && x.km_this_month + *e.km > *terms.km_cap_per_month)
    f.add(rule::km_cap, "km", fmt::format(fmt::runtime(_("{} km this month would pass the grant's cap of {} km")), x.km_this_month + *e.km,
                                      *terms.km_cap_per_month),
          _("check the km, or ask the caseworker to raise the cap"));
  if (e.kind != Kind::cancelled) {
    if (const auto other = first_overlap(e, x.staff_entries)) {
      size_t at = 0;
      while (at < x.staff_entries.size() && x.staff_entries[at].id != other->id) ++at;
      const std::string where = at < x.staff_cases.size() ? x.staff_cases[at] : c.id;
      f.add(rule::staff_overlap, "start",
            fmt::format(fmt::runtime(_("{} is already logged from {} to {} on case {} (entry {})")), e.staff, other->start.iso(),
                        other->end.iso(), where, other->id),
            _("one person cannot be in two places: fix the times, or void the other entry"));
    }
  }
}

} // namespace pusterum::hours
