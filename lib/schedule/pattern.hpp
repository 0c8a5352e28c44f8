#pragma once
// When a planned visit happens, in the words a coordinator writes:
//   every tue 15:00-18:00
//   every other fri 16:00 - sun 16:00        (a weekend with an overnight stay)
//   every 3 weeks wed 15:00-18:00
//   first sat of the month 10:00-16:00       (first..fourth, last)
//   2026-01-12 16:00-17:30                   (once; 02:30+01:00 picks one reading of the doubled hour)
//   2026-12-24 10:00 - 2026-12-26 10:00
// A same-day span whose end is not after its start ends the next day
// (22:00-07:00). The canonical text, as format_pattern writes it, is what the
// plan file stores.
#include "util/clock.hpp"
#include "util/date.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::schedule {

struct Pattern {
  enum class Repeat { once, weekly, monthly };
  Repeat repeat = Repeat::weekly;
  int every_weeks = 1;       // weekly: 1 every week, 2 every other, ...
  int nth = 1;               // monthly: 1..4, or -1 for the last
  Weekday day = Weekday::mon; // weekly and monthly: the day the visit starts
  Date date;                 // once: the day the visit starts
  int start_minute = 0;      // after local midnight, 0..1439
  int end_days = 0;          // days from the start day to the end day
  int end_minute = 0;        // 0..1440
  std::optional<int> start_offset; // once: the UTC offset in minutes that picks a reading of a doubled hour
  std::optional<int> end_offset;
  bool operator==(const Pattern&) const = default;
};

struct PatternError {
  std::string message; // what is wrong, and how to write it
};

// Either a pattern or why the text is not one.
struct ParsedPattern {
  std::optional<Pattern> pattern;
  PatternError error;
};

ParsedPattern parse_pattern(std::string_view text);
std::string format_pattern(const Pattern& pattern);

// The days on which the pattern starts a visit, from `first` to `last`
// inclusive. `anchor` fixes which weeks "every other" means: the week of
// the anchor is a week with a visit.
std::vector<Date> start_days(const Pattern& pattern, Date anchor, Date first, Date last);

} // namespace pusterum::schedule
