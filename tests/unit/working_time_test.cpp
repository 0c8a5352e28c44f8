#include "schedule/working_time.hpp"

#include "util/error.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

using namespace pusterum;
using namespace pusterum::schedule;

namespace {

const Zone& cph() {
  static const Zone zone("Europe/Copenhagen");
  return zone;
}

// "2026-11-20 16:00" in Copenhagen; the tests use no doubled or missing hours.
Instant at(std::string_view local) {
  const auto instant = cph().to_instant({*Date::parse(local.substr(0, 10)), *parse_clock(local.substr(11, 5))});
  REQUIRE(instant);
  return *instant;
}

WorkPeriod work(std::string_view from, std::string_view to, std::string visit) { return {at(from), at(to), std::move(visit)}; }

std::vector<WorkingTimeBreach> only(std::vector<WorkingTimeBreach> breaches, WorkingTimeRule rule) {
  std::erase_if(breaches, [&](const WorkingTimeBreach& b) { return b.rule != rule; });
  return breaches;
}

std::vector<WorkingTimeBreach> check(std::vector<WorkPeriod> periods, std::string_view from, std::string_view to,
                                     const WorkingTimeLimits& limits = {}) {
  return check_working_time(std::move(periods), cph(), limits, at(from), at(to));
}

constexpr Instant hour = 3600;

// Every day from `first` to `last` (inclusive) that passes `keep`, worked from..to local time.
std::vector<WorkPeriod> every_day(std::string_view first, std::string_view last, std::string_view from,
                                  std::string_view to, bool (*keep)(Weekday)) {
  std::vector<WorkPeriod> periods;
  for (Date d = *Date::parse(first); d <= *Date::parse(last); ++d) {
    if (!keep(d.weekday())) continue;
    const std::string day = d.iso() + " ";
    periods.push_back(work(day + std::string(from), day + std::string(to), "visit-" + d.iso()));
  }
  return periods;
}

bool weekday(Weekday d) { return d != Weekday::sat && d != Weekday::sun; }
bool any_day(Weekday) { return true; }

} // namespace

TEST_CASE("working time: a normal week passes") {
  std::vector<WorkPeriod> week = every_day("2026-11-16", "2026-11-23", "08:00", "16:00", weekday);
  week.push_back(work("2026-11-17 17:00", "2026-11-17 20:00", "family-tuesday")); // 12 h rest until Wednesday 08:00
  week.push_back(work("2026-11-21 10:00", "2026-11-21 16:00", "family-saturday")); // 40 h rest until Monday
  CHECK(check(week, "2026-11-16 00:00", "2026-11-23 00:00").empty());
}

TEST_CASE("working time: a Friday 16:00 to Sunday 16:00 stay breaks the daily rest, reported once") {
  const auto breaches = check({work("2026-11-20 16:00", "2026-11-22 16:00", "weekend-47")}, "2026-11-16 00:00",
                              "2026-11-23 00:00");
  REQUIRE(breaches.size() == 1);
  const WorkingTimeBreach& b = breaches.front();
  CHECK(b.rule == WorkingTimeRule::daily_rest);
  CHECK(b.found == Rational(0));
  CHECK(b.required == Rational(11));
  CHECK(b.from == at("2026-11-20 16:00"));
  CHECK(b.to == at("2026-11-22 16:00"));
  CHECK(b.visits == std::vector<std::string>{"weekend-47"});
}

TEST_CASE("working time: back-to-back visits of two cases are one stretch of work") {
  const auto breaches = check({work("2026-11-21 16:00", "2026-11-22 16:00", "case-b-sat"),
                               work("2026-11-20 16:00", "2026-11-21 16:00", "case-a-fri")},
                              "2026-11-16 00:00", "2026-11-23 00:00");
  REQUIRE(breaches.size() == 1);
  CHECK(breaches[0].found == Rational(0));
  CHECK(breaches[0].to - breaches[0].from == 48 * hour);
  CHECK(breaches[0].visits == std::vector<std::string>{"case-a-fri", "case-b-sat"});
}

TEST_CASE("working time: 9 hours between two visits break the daily rest") {
  const std::vector<WorkPeriod> evening_then_morning{work("2026-11-17 15:00", "2026-11-17 22:00", "evening"),
                                                     work("2026-11-18 07:00", "2026-11-18 10:00", "morning")};
  const auto breaches = check(evening_then_morning, "2026-11-16 00:00", "2026-11-23 00:00");
  REQUIRE(breaches.size() == 1);
  CHECK(breaches[0].rule == WorkingTimeRule::daily_rest);
  CHECK(breaches[0].found == Rational(9));
  CHECK(breaches[0].required == Rational(11));
  CHECK(breaches[0].from == at("2026-11-17 15:00"));
  CHECK(breaches[0].to == at("2026-11-18 15:00"));
  CHECK(breaches[0].visits == std::vector<std::string>{"evening", "morning"});

  SUBCASE("but not with 11 hours between them") {
    const std::vector<WorkPeriod> eleven{work("2026-11-17 15:00", "2026-11-17 20:00", "evening"),
                                         work("2026-11-18 07:00", "2026-11-18 10:00", "morning")};
    CHECK(check(eleven, "2026-11-16 00:00", "2026-11-23 00:00").empty());
  }
  SUBCASE("an agreement allowing 8 hours of daily rest accepts it") {
    WorkingTimeLimits agreement;
    agreement.daily_rest_hours = 8;
    CHECK(check(evening_then_morning, "2026-11-16 00:00", "2026-11-23 00:00", agreement).empty());
  }
}

TEST_CASE("working time: a week with no 35-hour rest breaks the weekly rest") {
  // 08:00-20:00 every day, the Sunday before and the Monday after included: 12 h rest each night.
  const auto breaches = only(check(every_day("2026-11-15", "2026-11-23", "08:00", "20:00", any_day),
                                   "2026-11-16 00:00", "2026-11-23 00:00"),
                             WorkingTimeRule::weekly_rest);
  REQUIRE(breaches.size() == 1);
  CHECK(breaches[0].found == Rational(12));
  CHECK(breaches[0].required == Rational(35));
  CHECK(breaches[0].from == at("2026-11-16 00:00"));
  CHECK(breaches[0].to == at("2026-11-23 00:00"));
  CHECK(breaches[0].visits.size() == 7);
  CHECK(breaches[0].visits.front() == "visit-2026-11-16");

  SUBCASE("a Saturday visit splitting the weekend leaves 18 hours as the longest rest") {
    auto periods = every_day("2026-11-15", "2026-11-23", "08:00", "20:00", any_day);
    std::erase_if(periods, [](const WorkPeriod& p) { return p.visit == "visit-2026-11-21"; }); // Fri 20:00 -> Sun 08:00 is 36 h
    periods.push_back(work("2026-11-21 14:00", "2026-11-21 18:00", "saturday")); // leaves Sat 18:00 -> Sun 08:00: 14 h
    const auto weekly = only(check(periods, "2026-11-16 00:00", "2026-11-23 00:00"), WorkingTimeRule::weekly_rest);
    REQUIRE(weekly.size() == 1);
    CHECK(weekly[0].found == Rational(18)); // Fri 20:00 -> Sat 14:00
  }
}

TEST_CASE("working time: the weekly rest counts for the week that holds its day off") {
  // Rest from Sunday 12:00 to Tuesday 07:00 (43 h): 12 h in the first week, 31 h in the second.
  auto periods = every_day("2026-11-16", "2026-11-22", "08:00", "12:00", any_day);
  for (auto& p : every_day("2026-11-24", "2026-11-30", "07:00", "12:00", any_day)) periods.push_back(p);
  const auto breaches = only(check(periods, "2026-11-16 00:00", "2026-11-30 00:00"), WorkingTimeRule::weekly_rest);
  REQUIRE(breaches.size() == 1);
  CHECK(breaches[0].from == at("2026-11-16 00:00"));
  CHECK(breaches[0].found == Rational(20)); // the nightly rests, 12:00 -> 08:00
}

TEST_CASE("working time: 50 hours a week over 4 months break the average, 47 do not") {
  // January to April 2027: 86 weekdays; 2879 elapsed hours (the spring night has 23).
  const auto fifty = only(check(every_day("2026-12-01", "2027-06-30", "08:00", "18:00", weekday), "2027-01-01 00:00",
                                "2027-02-01 00:00"),
                          WorkingTimeRule::average_week);
  REQUIRE(fifty.size() == 1);
  CHECK(fifty[0].found == Rational(86 * 10 * 168, 2879));
  CHECK(fifty[0].required == Rational(48));
  CHECK(fifty[0].from == at("2027-01-01 00:00"));
  CHECK(fifty[0].to == at("2027-05-01 00:00"));
  CHECK(fifty[0].visits.size() == 86);

  const auto forty_seven = check(every_day("2026-12-01", "2027-06-30", "08:00", "17:24", weekday), "2027-01-01 00:00",
                                 "2027-02-01 00:00");
  CHECK(forty_seven.empty());

  SUBCASE("every 4-month period starting in the range is checked") {
    const auto quarter = only(check(every_day("2026-12-01", "2027-08-31", "08:00", "18:00", weekday),
                                    "2027-01-01 00:00", "2027-04-01 00:00"),
                              WorkingTimeRule::average_week);
    REQUIRE(quarter.size() == 3);
    CHECK(quarter[2].from == at("2027-03-01 00:00"));
  }
}

TEST_CASE("working time: the summer-time weekends give exact figures") {
  SUBCASE("a weekend stay lasts 47 hours in spring and 49 in autumn") {
    const auto spring = check({work("2027-03-26 16:00", "2027-03-28 16:00", "spring")}, "2027-03-22 00:00", "2027-03-29 00:00");
    const auto autumn = check({work("2026-10-23 16:00", "2026-10-25 16:00", "autumn")}, "2026-10-19 00:00", "2026-10-26 00:00");
    REQUIRE(spring.size() == 1);
    REQUIRE(autumn.size() == 1);
    CHECK(spring[0].to - spring[0].from == 47 * hour);
    CHECK(autumn[0].to - autumn[0].from == 49 * hour);
    CHECK(spring[0].found == Rational(0));
  }
  SUBCASE("21:00 to 08:00 is 10 hours of rest in the spring night, 22:00 to 08:00 is 11 in the autumn one") {
    const auto spring = check({work("2027-03-27 15:00", "2027-03-27 21:00", "saturday"),
                               work("2027-03-28 08:00", "2027-03-28 12:00", "sunday")},
                              "2027-03-22 00:00", "2027-03-29 00:00");
    REQUIRE(spring.size() == 1);
    CHECK(spring[0].found == Rational(10));
    const auto autumn = check({work("2026-10-24 15:00", "2026-10-24 22:00", "saturday"),
                               work("2026-10-25 08:00", "2026-10-25 12:00", "sunday")},
                              "2026-10-19 00:00", "2026-10-26 00:00");
    CHECK(autumn.empty());
  }
  SUBCASE("Saturday 20:00 to Sunday 20:00 is 23 hours of weekly rest in spring and 25 in autumn") {
    // 08:00-20:00 Monday to Saturday, 20:00-23:00 on Sunday.
    auto week = [](std::string_view monday, std::string_view sunday) {
      auto periods = every_day(monday, sunday, "08:00", "20:00", [](Weekday d) { return d != Weekday::sun; });
      periods.push_back(work(std::string(sunday) + " 20:00", std::string(sunday) + " 23:00", "sunday-evening"));
      return periods;
    };
    const auto spring = only(check(week("2027-03-22", "2027-03-28"), "2027-03-22 00:00", "2027-03-29 00:00"),
                             WorkingTimeRule::weekly_rest);
    const auto autumn = only(check(week("2026-10-19", "2026-10-25"), "2026-10-19 00:00", "2026-10-26 00:00"),
                             WorkingTimeRule::weekly_rest);
    REQUIRE(spring.size() == 1);
    REQUIRE(autumn.size() == 1);
    CHECK(spring[0].found == Rational(23));
    CHECK(autumn[0].found == Rational(25));
    CHECK(spring[0].to - spring[0].from == 167 * hour);
    CHECK(autumn[0].to - autumn[0].from == 169 * hour);
  }
}

TEST_CASE("working time: only windows starting in the range are reported") {
  const std::vector<WorkPeriod> stay{work("2026-11-20 16:00", "2026-11-22 16:00", "weekend")};
  CHECK(check(stay, "2026-11-21 00:00", "2026-11-30 00:00").empty());
  CHECK(check(stay, "2026-11-16 00:00", "2026-11-20 16:00").empty());
  CHECK(check(stay, "2026-11-20 16:00", "2026-11-20 16:01").size() == 1);
}

TEST_CASE("working time: a visit ending before it starts is refused, an empty one ignored") {
  CHECK_THROWS_AS(check({work("2026-11-20 16:00", "2026-11-20 15:00", "backwards")}, "2026-11-16 00:00",
                        "2026-11-23 00:00"),
                  Error);
  CHECK(check({work("2026-11-20 16:00", "2026-11-20 16:00", "empty")}, "2026-11-16 00:00", "2026-11-23 00:00").empty());
}

// Not a timed test: run with --no-skip to see the figure for the size.
TEST_CASE("working time: benchmark 800 people for a quarter" * doctest::skip()) {
  std::vector<std::vector<WorkPeriod>> people(800);
  for (size_t person = 0; person < people.size(); ++person) {
    for (Date d = *Date::parse("2026-12-25"); d <= *Date::parse("2027-08-07"); ++d) {
      const std::string day = d.iso() + " ";
      const int shift = static_cast<int>(person % 3);
      if (d.weekday() == Weekday::tue || d.weekday() == Weekday::thu)
        people[person].push_back(work(day + "15:00", day + (shift ? "18:00" : "19:00"), d.iso() + "-visit"));
      if (d.weekday() == Weekday::mon || d.weekday() == Weekday::wed)
        people[person].push_back(work(day + "08:00", day + "16:00", d.iso() + "-work"));
      if (d.weekday() == Weekday::fri && (d.days() / 7 + static_cast<int>(person)) % 2 == 0) {
        people[person].push_back({at(day + "16:00"), at((d + 2).iso() + " 16:00"), d.iso() + "-weekend"});
      }
    }
  }
  size_t periods = 0, breaches = 0;
  for (const auto& p : people) periods += p.size();
  const auto started = std::chrono::steady_clock::now();
  for (auto& p : people) breaches += check(std::move(p), "2027-01-01 00:00", "2027-04-01 00:00").size();
  const auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  MESSAGE(periods << " work periods of 800 people, " << breaches << " breaches in " << elapsed * 1000 << " ms");
  CHECK(breaches > 0);
}
