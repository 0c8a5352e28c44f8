#pragma once
// The Danish working-time rules (arbejdstidsreglerne) checked on one person's
// planned work across all cases. Pure: no files, no configuration reading.
//
// Semantics, all durations in real elapsed time (a DST night is 23 or 25 h):
//
// Work. Periods with start == end are ignored; end < start is refused
// (Error, invalid). Overlapping or touching periods are merged into one
// *stretch* of work: two cases back to back are one stretch. Since 1 July
// 2024 sleeping at the workplace is working time, so an overnight stay is one
// stretch from arrival to departure. Everything not covered by a period is
// rest, also before the first and after the last period passed in.
//
// Daily rest (11 h, "11 sammenhængende timers hvil inden for hver 24 timer").
// The 24 hours are counted from the start of work, as Arbejdstilsynet counts
// them: for each stretch, the window is the 24 h from its start. The longest
// rest inside that window must be >= daily_rest_hours; the rest after the
// window's last work counts up to the window's end. Windows starting later
// inside the same stretch never have less rest, so this is the same as
// checking a window at the start of every visit. One breach per stretch:
// `from` is the stretch's start, `to` the later of start + 24 h and the
// stretch's end (a 48 h weekend stay is one breach, Fri 16:00 to Sun 16:00,
// found 0 h). `found` is the longest rest in the first 24 h.
//
// Weekly rest (35 h, "et fridøgn (24 h) i direkte forbindelse med en daglig
// hvileperiode (11 h) inden for hver periode på 7 døgn"). The 7 days are the
// local calendar week, Monday 00:00 to Monday 00:00 in `zone` (168 h, 167 h
// in the spring week, 169 h in the autumn one). A rest counts for a week in
// full (its part in the neighbouring week included) when at least 24 h of it,
// the day off, lie inside the week; otherwise only its part inside the week
// counts. The longest rest counted this way must be >= weekly_rest_hours.
// `found` is that longest counted rest, `from`/`to` the week.
//
// Average week (48 h, "højst 48 timer i gennemsnit over 4 måneder"). Every
// reference period of `averaging_months` calendar months starting at local
// 00:00 on the first of a month (rolling by month: Jan-Apr, Feb-May, ...).
// Average = hours worked inside the period * 168 / the period's length in
// hours, exactly. It must be <= max_average_week_hours. `found` is the average.
//
// Which windows are reported: those whose start lies in [from, to), so
// consecutive ranges never report one breach twice. Work outside [from, to)
// is known work: pass it, or it is taken as rest. For a full answer pass the
// work from `from` - 1 day to `to` + `averaging_months` months.
//
// Breaches come in order of their window's start, then rule. O(n log n) in
// the number of periods plus O(weeks + months) zone look-ups.
#include "util/clock.hpp"
#include "util/rational.hpp"

#include <string>
#include <vector>

namespace pusterum::schedule {

// One person's planned work, any case; `visit` identifies it in findings.
struct WorkPeriod {
  Instant start = 0;
  Instant end = 0;
  std::string visit;
};

// From pusterum.yaml: an agreement may shorten the daily rest to 8 h.
struct WorkingTimeLimits {
  int daily_rest_hours = 11;
  int weekly_rest_hours = 35;
  int max_average_week_hours = 48;
  int averaging_months = 4;
};

enum class WorkingTimeRule { daily_rest, weekly_rest, average_week };

struct WorkingTimeBreach {
  WorkingTimeRule rule = WorkingTimeRule::daily_rest;
  Instant from = 0, to = 0;        // the window in which the rule is broken
  std::vector<std::string> visits; // the visits with work in that window, in time order, each once
  Rational found;                  // longest rest found (h), or the average hours per week
  Rational required;               // 11 / 35 / 48 as limited
};

std::vector<WorkingTimeBreach> check_working_time(std::vector<WorkPeriod> work, const Zone& zone,
                                                  const WorkingTimeLimits& limits, Instant from, Instant to);

} // namespace pusterum::schedule
