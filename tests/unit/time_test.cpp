#include "util/clock.hpp"
#include "util/date.hpp"

#include <doctest/doctest.h>

using namespace pusterum;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

// Real hours elapsed between two Copenhagen wall-clock times.
double hours_between(const Zone& zone, LocalTime a, LocalTime b) {
  return static_cast<double>(*zone.to_instant(b) - *zone.to_instant(a)) / 3600.0;
}

} // namespace

TEST_CASE("dates: only real calendar days parse") {
  CHECK(Date::parse("2026-02-28"));
  CHECK_FALSE(Date::parse("2026-02-29"));
  CHECK(Date::parse("2024-02-29"));
  CHECK_FALSE(Date::parse("2026-02-30"));
  CHECK_FALSE(Date::parse("2026-13-01"));
  CHECK_FALSE(Date::parse("2026-1-01"));
  CHECK_FALSE(Date::parse("26-01-01"));
  CHECK_FALSE(Date::parse("2026-01-01x"));
  CHECK(d("2026-11-22").iso() == "2026-11-22");
}

TEST_CASE("dates: weekdays, months and quarters") {
  CHECK(d("2026-11-22").weekday() == Weekday::sun);
  CHECK(d("2026-11-23").weekday() == Weekday::mon);
  CHECK(monday_of_week(d("2026-11-22")) == d("2026-11-16"));
  CHECK(add_months(d("2026-01-31"), 1) == d("2026-02-28"));
  CHECK(add_months(d("2024-01-31"), 1) == d("2024-02-29"));
  CHECK(add_months(d("2026-11-15"), 3) == d("2027-02-15"));
  CHECK(first_of_quarter(d("2026-08-17")) == d("2026-07-01"));
  CHECK(days_in_month(2026, 2) == 28);
  CHECK(days_in_month(2028, 2) == 29);
  CHECK(d("2027-01-01") - d("2026-01-01") == 365);
}

TEST_CASE("clock: times of day and windows") {
  CHECK(parse_clock("15:30") == 930);
  CHECK_FALSE(parse_clock("24:00"));
  CHECK(parse_clock("24:00", true) == 1440);
  CHECK_FALSE(parse_clock("7:30"));
  CHECK_FALSE(parse_clock("12:60"));
  // Found by fuzz_pattern: a sign is not a digit ("-1:04" was minus 56 minutes).
  CHECK_FALSE(parse_clock("-1:04"));
  CHECK_FALSE(parse_clock("+1:04"));
  CHECK_FALSE(parse_clock("10:-5"));
  CHECK_FALSE(parse_clock(" 9:30"));
  CHECK_FALSE(parse_window("-1:00-02:00"));
  CHECK(parse_window("15:00-18:30") == TimeWindow{900, 1110});
  CHECK_FALSE(parse_window("18:00-15:00"));
  CHECK(parse_window("20:00-24:00") == TimeWindow{1200, 1440});
  CHECK(format_clock(545) == "09:05");
}

TEST_CASE("Copenhagen weekends: 47 hours in spring, 49 in autumn, 48 otherwise") {
  const Zone cph("Europe/Copenhagen");
  // 2026: summer time starts Sunday 29 March, ends Sunday 25 October.
  CHECK(hours_between(cph, {d("2026-03-27"), 16 * 60}, {d("2026-03-29"), 16 * 60}) == 47.0);
  CHECK(hours_between(cph, {d("2026-10-23"), 16 * 60}, {d("2026-10-25"), 16 * 60}) == 49.0);
  CHECK(hours_between(cph, {d("2026-11-20"), 16 * 60}, {d("2026-11-22"), 16 * 60}) == 48.0);
  CHECK(hours_between(cph, {d("2025-03-28"), 16 * 60}, {d("2025-03-30"), 16 * 60}) == 47.0);
  CHECK(hours_between(cph, {d("2025-10-24"), 16 * 60}, {d("2025-10-26"), 16 * 60}) == 49.0);
  // Across midnight on an ordinary night: 22:00 to 07:00 is nine hours.
  CHECK(hours_between(cph, {d("2026-11-20"), 22 * 60}, {d("2026-11-21"), 7 * 60}) == 9.0);
}

TEST_CASE("Copenhagen: 02:30 does not exist in spring and happens twice in autumn") {
  const Zone cph("Europe/Copenhagen");
  const LocalTime spring{d("2026-03-29"), 150};
  CHECK(cph.resolve(spring).kind == Resolved::Kind::nonexistent);
  CHECK_FALSE(cph.to_instant(spring));
  CHECK_FALSE(cph.to_instant(spring, Fold::earlier));

  const LocalTime autumn{d("2026-10-25"), 150};
  const Resolved r = cph.resolve(autumn);
  REQUIRE(r.kind == Resolved::Kind::ambiguous);
  CHECK(r.second - r.first == 3600);
  CHECK_FALSE(cph.to_instant(autumn)); // ambiguous without a choice
  CHECK(cph.to_instant(autumn, Fold::earlier) == r.first);
  CHECK(cph.to_instant(autumn, Fold::later) == r.second);
  CHECK(cph.to_local(r.second) == autumn);
}

TEST_CASE("an unknown time zone is an error, not a guess") {
  CHECK_THROWS(Zone("Europe/Atlantis"));
}
