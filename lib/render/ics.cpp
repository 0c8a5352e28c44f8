#include "render/ics.hpp"

#include "util/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace pusterum::render {

namespace {

constexpr Instant day = 86400;
constexpr size_t max_line_octets = 75; // RFC 5545 3.1, CRLF not counted

// ---- time stamps --------------------------------------------------------

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// "20261025T023000" for the wall-clock reading of `seconds` since the epoch.
std::string basic_stamp(int64_t seconds) {
  const int64_t days = floor_div(seconds, day);
  const int64_t in_day = seconds - days * day;
  const Date date = Date::from_days(static_cast<int32_t>(days));
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}", date.year(), date.month(), date.day(), in_day / 3600,
                     in_day / 60 % 60, in_day % 60);
}

std::string utc_stamp(Instant instant) { return basic_stamp(instant) + "Z"; }

int offset_minutes_at(const Zone& zone, Instant instant) { return zone.moment_at(instant).offset_minutes; }

std::string local_stamp(const Zone& zone, Instant instant) {
  return basic_stamp(instant + int64_t{offset_minutes_at(zone, instant)} * 60);
}

// The autumn's doubled hour: this local time also names another instant.
bool in_doubled_hour(const Zone& zone, Instant instant) {
  return zone.resolve(zone.to_local(instant)).kind == Resolved::Kind::ambiguous;
}

std::string utc_offset(int minutes) {
  const int magnitude = minutes < 0 ? -minutes : minutes;
  return fmt::format("{}{:02}{:02}", minutes < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
}

// ---- VTIMEZONE from the zone's transitions -----------------------------

struct Transition {
  Instant at = 0;
  int offset_before = 0; // minutes east of UTC
  int offset_after = 0;
};

// The instant in (after, before] where the offset changes, found by bisection.
Instant transition_between(const Zone& zone, Instant after, Instant before) {
  const int offset = offset_minutes_at(zone, after);
  while (before - after > 1) {
    const Instant middle = after + (before - after) / 2;
    (offset_minutes_at(zone, middle) == offset ? after : before) = middle;
  }
  return before;
}

// Every change of offset in the local years [first_year, last_year], sampled
// daily: zones do not change offset twice within a day.
std::vector<Transition> transitions_in(const Zone& zone, int first_year, int last_year) {
  std::vector<Transition> found;
  const Instant from = int64_t{Date::from_ymd(first_year, 1, 1)->days()} * day - day;
  const Instant to = int64_t{Date::from_ymd(last_year + 1, 1, 1)->days()} * day + day;
  int offset = offset_minutes_at(zone, from);
  for (Instant t = from; t < to; t += day) {
    const int next = offset_minutes_at(zone, t + day);
    if (next != offset) found.push_back({transition_between(zone, t, t + day), offset, next});
    offset = next;
  }
  return found;
}

// When a transition happens, as a yearly rule: month, nth weekday (-1 for the
// last) and local time before the change. The offsets are part of it so the
// rule also says what changes.
struct YearlyRule {
  int month = 0;
  int nth = 0;
  Weekday weekday = Weekday::sun;
  int64_t local_second = 0;
  int offset_before = 0;
  int offset_after = 0;
  auto operator<=>(const YearlyRule&) const = default;
};

constexpr std::string_view byday_names[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

int64_t local_seconds_before(const Transition& t) { return t.at + int64_t{t.offset_before} * 60; }

YearlyRule yearly_rule(const Transition& t) {
  const int64_t local = local_seconds_before(t);
  const Date date = Date::from_days(static_cast<int32_t>(floor_div(local, day)));
  const bool last = date.day() + 7 > days_in_month(date.year(), date.month());
  return {date.month(), last ? -1 : (date.day() - 1) / 7 + 1, date.weekday(), local - int64_t{date.days()} * day,
          t.offset_before, t.offset_after};
}

void append_observance(std::vector<std::string>& lines, const Transition& first, const std::string& rrule) {
  const bool daylight = first.offset_after > first.offset_before;
  lines.push_back(daylight ? "BEGIN:DAYLIGHT" : "BEGIN:STANDARD");
  lines.push_back("DTSTART:" + basic_stamp(local_seconds_before(first)));
  if (!rrule.empty()) lines.push_back("RRULE:" + rrule);
  lines.push_back("TZOFFSETFROM:" + utc_offset(first.offset_before));
  lines.push_back("TZOFFSETTO:" + utc_offset(first.offset_after));
  lines.push_back(daylight ? "END:DAYLIGHT" : "END:STANDARD");
}

using TransitionsByRule = std::map<YearlyRule, std::vector<Transition>>;

// Each change of offset happens once a year, every year, on one rule.
bool recurs_yearly(const TransitionsByRule& by_rule, int years) {
  std::set<std::pair<int, int>> offset_changes;
  for (const auto& [rule, list] : by_rule) {
    if (std::ssize(list) != years) return false;
    offset_changes.insert({rule.offset_before, rule.offset_after});
  }
  return offset_changes.size() == by_rule.size();
}

std::string rrule(const YearlyRule& rule) {
  const std::string nth = rule.nth < 0 ? "-1" : std::to_string(rule.nth);
  return fmt::format("FREQ=YEARLY;BYMONTH={};BYDAY={}{}", rule.month, nth, byday_names[static_cast<int>(rule.weekday)]);
}

// One observance per kind of transition with an RRULE when the kind recurs on
// the same yearly rule in every year of the span (Europe: last Sunday of March
// and of October), else one observance per transition, which is always exact.
void append_observances(std::vector<std::string>& lines, const std::vector<Transition>& transitions, int years) {
  TransitionsByRule by_rule;
  for (const Transition& t : transitions) by_rule[yearly_rule(t)].push_back(t);
  const bool recurring = recurs_yearly(by_rule, years);
  std::vector<std::pair<Transition, std::string>> observances;
  for (const auto& [rule, list] : by_rule) {
    if (recurring) {
      observances.push_back({list.front(), rrule(rule)});
    } else {
      for (const Transition& t : list) observances.push_back({t, ""});
    }
  }
  std::sort(observances.begin(), observances.end(), [](const auto& a, const auto& b) { return a.first.at < b.first.at; });
  for (const auto& [first, rule_text] : observances) append_observance(lines, first, rule_text);
}

// The zone for the local years the events touch, plus the year before, so the
// offset in force at the first event has an observance that began earlier.
void append_vtimezone(std::vector<std::string>& lines, const Zone& zone, Instant first, Instant last) {
  const int first_year = zone.to_local(first).date.year() - 1;
  const int last_year = zone.to_local(last).date.year();
  const std::vector<Transition> transitions = transitions_in(zone, first_year, last_year);
  lines.push_back("BEGIN:VTIMEZONE");
  lines.push_back("TZID:" + zone.name());
  if (transitions.empty()) {
    const int offset = offset_minutes_at(zone, first);
    append_observance(lines, {int64_t{Date::from_ymd(first_year, 1, 1)->days()} * day - offset * 60, offset, offset}, "");
  } else {
    append_observances(lines, transitions, last_year - first_year + 1);
  }
  lines.push_back("END:VTIMEZONE");
}

// ---- events --------------------------------------------------------------

void validate(const std::vector<CalendarEvent>& events) {
  std::set<std::string_view> uids;
  for (const CalendarEvent& e : events) {
    if (e.uid.empty()) throw Error(Exit::invalid, fmt::format("calendar event '{}' has no UID", e.summary));
    if (!uids.insert(e.uid).second) throw Error(Exit::invalid, fmt::format("two calendar events share the UID '{}'", e.uid));
    if (e.end <= e.start) throw Error(Exit::invalid, fmt::format("calendar event '{}' does not end after it starts", e.uid));
  }
}

void append_times(std::vector<std::string>& lines, const CalendarEvent& e, const Zone& zone) {
  if (in_doubled_hour(zone, e.start) || in_doubled_hour(zone, e.end)) {
    lines.push_back("DTSTART:" + utc_stamp(e.start));
    lines.push_back("DTEND:" + utc_stamp(e.end));
    return;
  }
  lines.push_back(fmt::format("DTSTART;TZID={}:{}", zone.name(), local_stamp(zone, e.start)));
  lines.push_back(fmt::format("DTEND;TZID={}:{}", zone.name(), local_stamp(zone, e.end)));
}

void append_text(std::vector<std::string>& lines, std::string_view name, std::string_view value) {
  if (!value.empty()) lines.push_back(fmt::format("{}:{}", name, ics_escape_text(value)));
}

void append_event(std::vector<std::string>& lines, const CalendarEvent& e, const Zone& zone, Instant stamp) {
  lines.push_back("BEGIN:VEVENT");
  lines.push_back("UID:" + ics_escape_text(e.uid));
  lines.push_back("DTSTAMP:" + utc_stamp(stamp));
  append_times(lines, e, zone);
  append_text(lines, "SUMMARY", e.summary);
  append_text(lines, "DESCRIPTION", e.description);
  append_text(lines, "LOCATION", e.location);
  // CONFIRMED rather than nothing, so a visit cancelled and then restored changes status again.
  lines.push_back(e.cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
  lines.push_back(fmt::format("SEQUENCE:{}", e.sequence));
  lines.push_back("END:VEVENT");
}

std::vector<const CalendarEvent*> in_calendar_order(const std::vector<CalendarEvent>& events) {
  std::vector<const CalendarEvent*> sorted;
  for (const CalendarEvent& e : events) sorted.push_back(&e);
  std::sort(sorted.begin(), sorted.end(), [](const CalendarEvent* a, const CalendarEvent* b) {
    return std::tie(a->start, a->end, a->uid) < std::tie(b->start, b->end, b->uid);
  });
  return sorted;
}

size_t utf8_sequence_start(std::string_view text, size_t at) {
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

} // namespace

std::string ics_escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r' || c == '\n') {
      out += "\\n";
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i; // CRLF is one line break
    } else if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) {
      continue; // RFC 5545 TEXT allows no other control characters
    } else {
      out += c;
    }
  }
  return out;
}

std::string ics_fold_line(std::string_view line) {
  std::string out;
  size_t budget = max_line_octets; // continuation lines spend one octet on the leading space
  while (line.size() > budget) {
    size_t cut = utf8_sequence_start(line, budget);
    if (cut == 0) cut = budget; // not UTF-8 at all: cut anyway rather than loop
    out.append(line.substr(0, cut)).append("\r\n ");
    line.remove_prefix(cut);
    budget = max_line_octets - 1;
  }
  return out.append(line).append("\r\n");
}

std::string render_ics(std::string_view calendar_name, const std::vector<CalendarEvent>& events, const Zone& zone,
                       Instant stamp) {
  validate(events);
  const auto sorted = in_calendar_order(events);
  std::vector<std::string> lines{"BEGIN:VCALENDAR", "VERSION:2.0",
                                 "PRODID:-//pusterum//pusterum schedule//DA", // no version: same plan, same bytes
                                 "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                                 "X-WR-CALNAME:" + ics_escape_text(calendar_name), "X-WR-TIMEZONE:" + zone.name()};
  Instant first = stamp, last = stamp;
  if (!sorted.empty()) {
    first = sorted.front()->start;
    last = std::max_element(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.end < b.end; })->end;
  }
  append_vtimezone(lines, zone, first, last);
  for (const CalendarEvent* e : sorted) append_event(lines, *e, zone, stamp);
  lines.push_back("END:VCALENDAR");
  std::string out;
  for (const std::string& line : lines) out += ics_fold_line(line);
  return out;
}

} // namespace pusterum::render
