#pragma once
// The rules a new hours entry must meet before it is written.
#include "hours/entry.hpp"
#include "model/case.hpp"
#include "model/provider.hpp"
#include "model/staff.hpp"
#include "rules/eligibility.hpp"
#include "rulebook/findings.hpp"

#include <vector>

namespace pusterum::hours {

struct EntryContext {
  const Case& c;
  const Provider& provider;
  const Staff* staff;                    // nullptr: no such staff member
  Instant now;
  std::vector<Entry> staff_entries;      // the person's effective entries around the time, in every case
  std::vector<std::string> staff_cases;  // the case of each of those entries
  int km_this_month = 0;                 // km already logged on the case in the entry's month
};

// The rules of the grant and the contract that a delivered entry and a
// planned visit share: inside the grant period, on its days and hours,
// overnight only when granted, at least the minimum visit.
void check_against_grant(const Entry& entry, const Case& c, const Provider& provider, rules::Findings& findings);

// An overnight stay is billed by the night (a block, or the night's awake
// hours), so it spans a night of the provider's billing.night (its midnight): not
// 06:00-22:00 billed as a night for its hour before 07:00. For new entries,
// planned stays and (by `check`) the log as it is.
void check_overnight(const Entry& entry, const Provider& provider, rules::Findings& findings);

// Where and when the entry puts its staff member with the child, for the
// eligibility rule (rules/eligibility.hpp).
rules::Placement placement_of(const Entry& entry, Date today);

void check_entry(const Entry& entry, const EntryContext& context, rules::Findings& findings);

} // namespace pusterum::hours
