#pragma once
// From a plan to the concrete visits of a date range: a pure function of the
// plan, the case (its grant and fixed staff) and the time zone.
#include "model/case.hpp"
#include "schedule/plan.hpp"

#include <string>
#include <vector>

namespace pusterum::schedule {

// Why a visit's local time could not be read as one instant.
enum class TimeIssue { none, nonexistent, ambiguous };

struct Visit {
  std::string plan_id;
  Date occurrence;        // the day the plan puts it on: with plan_id, the visit's stable name
  hours::Kind kind = hours::Kind::visit;
  std::string staff;      // who is planned to come (a cover's substitute when covered)
  bool cancelled = false;
  std::optional<hours::CancelledBy> cancelled_by;
  bool moved = false;
  bool covered = false;
  std::string reason;     // of the latest change
  std::string note;
  Moment start;
  Moment end;
  TimeIssue start_issue = TimeIssue::none; // the start was read as the nearest real time
  TimeIssue end_issue = TimeIssue::none;

  std::string name() const { return plan_id + "@" + occurrence.iso(); } // "K3M9A@2026-03-03"
  Rational hours() const { return Rational((end.instant() - start.instant()) / 60, 60); }
};

// A single-date pattern's start and end as instants, or Error(usage)
// saying that a time does not exist or happens twice and how to write it:
// the pattern is one typed on the command line (WHEN, --to).
void require_real_times(const Pattern& once, const Zone& zone);

// Visits (cancelled ones included, marked) whose time touches the days
// `first` to `last`, in start order. Recurring visits without an `until`
// run to the end of the grant.
std::vector<Visit> expand(const Plan& plan, const Case& c, const Zone& zone, Date first, Date last);

} // namespace pusterum::schedule
