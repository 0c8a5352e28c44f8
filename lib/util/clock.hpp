#pragma once
// Wall-clock times in a named time zone and the real time elapsed between
// them. A local time may not exist (the spring gap) or happen twice (the
// autumn fold); callers decide what to do, nothing is guessed silently.
#include "util/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pusterum {

struct LocalTime {
  Date date;
  int minute = 0; // minutes after local midnight, 0..1440
  auto operator<=>(const LocalTime&) const = default;
};

// "15:30" -> 930; "24:00" -> 1440 when allowed.
std::optional<int> parse_clock(std::string_view hh_mm, bool allow_24 = false);
std::string format_clock(int minute);
// "15:00-18:30" -> [900, 1110); the end may be 24:00 and must follow the start.
// A time window within one day, in minutes after midnight: [start, end).
struct TimeWindow {
  int start = 0;
  int end = 0;
  bool operator==(const TimeWindow&) const = default;
};
std::optional<TimeWindow> parse_window(std::string_view s);

using Instant = int64_t; // seconds since 1970-01-01 UTC

enum class Fold { earlier, later };

struct Resolved {
  enum class Kind { unique, nonexistent, ambiguous } kind = Kind::unique;
  Instant first = 0;  // unique: the instant; ambiguous: the earlier reading
  Instant second = 0; // ambiguous: the later reading
};

// A wall-clock time with the UTC offset it had: "2026-10-25T02:30+02:00".
// The offset makes the autumn's doubled hour unambiguous in files.
struct Moment {
  LocalTime local;
  int offset_minutes = 0;
  Instant instant() const { return (int64_t{local.date.days()} * 1440 + local.minute - offset_minutes) * 60; }
  std::string iso() const;
  static std::optional<Moment> parse_iso(std::string_view text); // exactly as iso() writes it
};

class Zone {
public:
  // Throws Error(environment) when the tz database has no such zone.
  explicit Zone(std::string_view name);
  const std::string& name() const { return name_; }

  Resolved resolve(LocalTime local) const;
  // The instant for `local`, or nullopt when it does not exist or is
  // ambiguous and no fold was chosen.
  std::optional<Instant> to_instant(LocalTime local, std::optional<Fold> fold = std::nullopt) const;
  LocalTime to_local(Instant instant) const;
  Moment moment_at(Instant instant) const;
  // `local` in this zone; the offset, when given, picks one reading of a
  // doubled hour and must be one the zone has at that time.
  std::optional<Moment> moment_of(LocalTime local, std::optional<int> offset_minutes) const;

private:
  std::string name_;
  const void* zone_; // date::time_zone, kept out of this header
};

// A wall-clock time someone typed, as one instant, or why it is not one:
// it does not exist (spring), happens twice and no offset says which
// (autumn), or the offset is not one the zone has then. `message` and
// `hint` are for people.
struct PlacedTime {
  std::optional<Moment> moment;
  std::string message;
  std::string hint;
};
PlacedTime place_time(const Zone& zone, LocalTime local, std::optional<int> offset_minutes);

// $PUSTERUM_TODAY, the day scripts and tests run "as of"; nullopt when it is
// unset. The one place that reads it. Throws Error(environment) when it is
// not a date.
std::optional<Date> fixed_today();
// Now; with $PUSTERUM_TODAY, 23:59 that day in `zone`.
Instant now_in(const Zone& zone);

} // namespace pusterum
