#include "hours/entry_rules.hpp"

#include "grant/arithmetic.hpp"
#include "hours/ledger.hpp"

#include <fmt/format.h>

namespace pusterum::hours {

void check_entry(const Entry& e, const EntryContext& x, rules::Findings& f) {
  const Case& c = x.c;
  if (c.status != CaseStatus::active)
    f.add("case-not-active", "case", fmt::format("case {} is {}; hours are logged on active cases", c.id, name_of(c.status)),
          "resume or reopen it first (`pusterum case resume|reopen`)");
  if (!x.staff)
    f.add("unknown-staff", "staff", fmt::format("no staff member '{}'", e.staff), "`pusterum staff list` shows who there is");

  const Date day = e.start.local.date;
  const Date end = grant::end_of(c.grant);
  if (day < c.grant.start || day > end)
    f.add("outside-grant", "start", fmt::format("{} is outside the grant period {} to {}", day.iso(), c.grant.start.iso(), end.iso()),
          "log it on the case whose grant covers the day, or amend the grant");
  const int grace = x.provider.contract.log_grace_minutes;
  if (e.end.instant() > x.now + grace * 60)
    f.add("future-entry", "end", fmt::format("the entry ends {}, which is in the future", e.end.iso()),
          "log what was delivered once it has happened");

  const auto terms = grant::state_on(c.grant, std::clamp(day, c.grant.start, std::max(c.grant.start, end))).terms;
  if (e.km && *e.km > 0 && !terms.driving)
    f.add("km-not-granted", "km", fmt::format("{} km given, but driving is not part of this grant", *e.km),
          "leave out --km; driving counts only when the grant includes it");
  if (e.km && terms.driving && terms.km_cap_per_month && x.km_this_month + *e.km > *terms.km_cap_per_month)
    f.add("km-cap", "km", fmt::format("{} km this month would pass the grant's cap of {} km", x.km_this_month + *e.km,
                                      *terms.km_cap_per_month),
          "check the km, or ask the caseworker to raise the cap");
  if (e.kind == Kind::overnight && !terms.overnight)
    f.add("overnight-not-granted", "kind", "an overnight stay, but the grant does not include overnight stays",
          "log it as a visit, or amend the grant with --overnight");
  if (e.kind == Kind::visit && e.hours() < x.provider.contract.minimum_visit_hours)
    f.add("short-visit", "end", fmt::format("the visit lasts {} h, less than the contract's minimum of {} h",
                                            e.hours().to_decimal(2), x.provider.contract.minimum_visit_hours.to_decimal(2)),
          "check the times; pusterum.yaml sets whether this warns or refuses");
  if (e.kind != Kind::cancelled) {
    if (const auto other = first_overlap(e, x.staff_entries)) {
      size_t at = 0;
      while (at < x.staff_entries.size() && x.staff_entries[at].id != other->id) ++at;
      const std::string where = at < x.staff_cases.size() ? x.staff_cases[at] : c.id;
      f.add("staff-overlap", "start",
            fmt::format("{} is already logged from {} to {} on case {} (entry {})", e.staff, other->start.iso(),
                        other->end.iso(), where, other->id),
            "one person cannot be in two places: fix the times, or void the other entry");
    }
  }
}

} // namespace pusterum::hours
