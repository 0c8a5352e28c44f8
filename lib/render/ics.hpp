#pragma once
// iCalendar (RFC 5545) export of a case's or a staff member's visits, for
// phones and calendar programs that subscribe to the file.
//
// - Times are local to `zone` (DTSTART;TZID=...) with a VTIMEZONE derived
//   from the zone's own transitions, so "every Tuesday 15:00" stays 15:00 in
//   the calendar across summer time. An event starting or ending in the
//   autumn's doubled hour, where a local time names two instants, is written
//   in UTC (...Z) instead: both of its times, so it is exact.
// - The output is a function of the input alone: DTSTAMP is `stamp`, events
//   are ordered by start, end and UID, and PRODID carries no version, so the
//   same plan gives the same bytes and a re-export diffs cleanly.
// - UIDs are the caller's and must be stable: the same visit gets the same UID
//   so a subscriber updates the event instead of duplicating it. Raise
//   `sequence` when a visit changes (moved, cancelled).
#include "util/clock.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pusterum::render {

struct CalendarEvent {
  std::string uid; // stable across exports
  Instant start = 0, end = 0;
  std::string summary, description, location;
  bool cancelled = false; // STATUS:CANCELLED, else STATUS:CONFIRMED
  int sequence = 0;
};

// The whole VCALENDAR with CRLF line ends and lines folded at 75 octets.
// Throws Error(invalid) for an empty or repeated UID or an event that does not
// end after it starts.
std::string render_ics(std::string_view calendar_name, const std::vector<CalendarEvent>& events, const Zone& zone,
                       Instant stamp);

// The pieces, exposed for tests.
// TEXT value escaping: backslash, ';', ',' and newlines (as \n); other control characters are dropped.
std::string ics_escape_text(std::string_view text);
// One content line folded into physical lines of at most 75 octets, never
// inside a UTF-8 character, each ended by CRLF.
std::string ics_fold_line(std::string_view line);

} // namespace pusterum::render
