#pragma once
// What the log says once corrections are applied: the effective entries,
// the hours used against the grant, and overlaps of one person's time.
#include "grant/arithmetic.hpp"
#include "hours/entry.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pusterum::hours {

// Entries with every void and correction applied: a voided entry is gone, a
// corrected one is replaced by its correction. Voids themselves are not
// included. The order of the log is kept.
std::vector<Entry> effective(std::vector<Entry> log);

// Hours of visits, overnight stays and meetings that start on a day of `span`.
Rational used_hours(const std::vector<Entry>& effective_entries, grant::Span span);

struct Usage {
  grant::Span span;
  Rational granted;
  Rational used;
  Rational left() const { return granted - used; }
};

struct GrantStatus {
  Usage budget_period;     // the week, month, quarter or year the day falls in
  Usage whole_grant;
  std::string period_name; // "week", "month", "quarter", "year" or "grant": what budget_period is
  // The budget period's hours used up (100 %) or nearly (80 %): a coordinator
  // is told after logging. Its share used, in whole per cent, else nullopt.
  std::optional<Rational> used_up() const;
  std::optional<Rational> nearly_used_up() const;
};

GrantStatus grant_status(const Grant& grant, const std::vector<Entry>& effective_entries, Date day);

// The first entry of `others` by the same person whose time overlaps
// `entry`'s, if any. Cancelled visits take no time.
std::optional<Entry> first_overlap(const Entry& entry, const std::vector<Entry>& others);

struct Overlap {
  std::string first_case;
  Entry first;
  std::string second_case;
  Entry second;
};

// A case ID and that case's effective entries.
using CaseEntries = std::pair<std::string, std::vector<Entry>>;

// Every pair of one person's effective entries, across cases, whose times
// overlap: what a union merge of two clones can bring in.
std::vector<Overlap> overlaps(const std::vector<CaseEntries>& cases);

} // namespace pusterum::hours
