#include "schedule/compare.hpp"
#include "schedule/edit.hpp"
#include "schedule/expand.hpp"
#include "schedule/plan_file.hpp"
#include "schedule/plan_rules.hpp"

#include <doctest/doctest.h>

using namespace pusterum;
using namespace pusterum::schedule;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

const Zone& cph() {
  static const Zone zone("Europe/Copenhagen");
  return zone;
}

Pattern when(const char* text) {
  auto parsed = parse_pattern(text);
  REQUIRE_MESSAGE(parsed.pattern, parsed.error.message);
  return *parsed.pattern;
}

std::string error_of(const char* text) { return parse_pattern(text).error.message; }

Case weekly_case(Rational hours_per_week, bool overnight = false) {
  Case c;
  c.id = "2026-TEST1";
  c.status = CaseStatus::active;
  c.fixed_staff = "anna";
  c.staffing_history = {StaffingChange{.date = d("2026-01-01"), .fixed = "anna", .substitutes = {}, .forced = {}, .overrode = {}}};
  c.grant.unit = GrantUnit::hours_per_week;
  c.grant.quantity = hours_per_week;
  c.grant.start = d("2026-01-01");
  c.grant.end = d("2026-12-31");
  c.grant.terms.overnight = overnight;
  return c;
}

PlannedVisit planned(const char* id, const char* text, const char* from, hours::Kind kind = hours::Kind::visit) {
  PlannedVisit v;
  v.id = id;
  v.when = when(text);
  v.from = d(from);
  v.kind = kind;
  return v;
}

std::vector<std::string> rules_of(const Diagnostics& found) {
  std::vector<std::string> rules;
  for (const auto& p : found.problems()) rules.push_back(p.rule);
  return rules;
}

bool has(const std::vector<std::string>& rules, const char* rule) { return std::find(rules.begin(), rules.end(), rule) != rules.end(); }

// Someone who may work with any child: a børneattest checked in 2025.
Staff cleared(std::string id) {
  Staff s{.id = std::move(id)};
  s.borneattest = BorneAttest{.checked = d("2025-06-01"), .ok = true, .checked_by = "Mette Lund"};
  return s;
}

Diagnostics check(const Case& c, const Plan& plan, const char* first, const char* last, std::map<std::string, Staff, std::less<>> staff = {}) {
  static const Provider provider;
  if (staff.empty()) {
    Staff anna = cleared("anna");
    anna.overnight = true;
    staff.emplace("anna", anna);
  }
  const store::Positions positions;
  const auto [from, to] = days_to_expand(c, d(first), d(last));
  std::vector<CasePlan> plans{CasePlan{&c, &plan, "schedule.yaml", &positions, expand(plan, c, cph(), from, to)}};
  Diagnostics out;
  check_plans(plans, PlanCheck{provider, cph(), staff, d(first), d(last), d("2026-11-22")}, out);
  return out;
}

} // namespace

TEST_CASE("schedule pattern: the readable forms and their canonical text") {
  CHECK(format_pattern(when("every Tuesday 15:00-18:00")) == "every tue 15:00-18:00");
  CHECK(format_pattern(when("every tuesdays 15:00–18:00")) == "every tue 15:00-18:00");
  CHECK(format_pattern(when("every other weekend fri 16:00 - sun 16:00")) == "every other fri 16:00 - sun 16:00");
  CHECK(format_pattern(when("every 3 weeks wed 15:00-18:00")) == "every 3 weeks wed 15:00-18:00");
  CHECK(format_pattern(when("first saturday of the month 10:00-16:00")) == "first sat of the month 10:00-16:00");
  CHECK(format_pattern(when("last fri of every month 16:00 - sun 16:00")) == "last fri of the month 16:00 - sun 16:00");
  CHECK(format_pattern(when("2026-01-12 16:00-17:30")) == "2026-01-12 16:00-17:30");
  CHECK(format_pattern(when("2026-12-24 10:00 - 2026-12-26 10:00")) == "2026-12-24 10:00 - 2026-12-26 10:00");
  CHECK(format_pattern(when("2026-10-25 02:30+01:00-05:00")) == "2026-10-25 02:30+01:00-05:00");
  CHECK(format_pattern(when("every sat 22:00-07:00")) == "every sat 22:00-07:00");
  CHECK(when("every sat 22:00-07:00").end_days == 1);
  CHECK(when("every other fri 16:00 - sun 16:00").end_days == 2);
  CHECK(when("every mon 18:00-24:00").end_minute == 1440);
}

TEST_CASE("schedule pattern: Danish words, dates and times read as the English form the file keeps") {
  CHECK(format_pattern(when("hver tirsdag 15:00-18:00")) == "every tue 15:00-18:00");
  CHECK(format_pattern(when("Hver Tirsdag kl. 15.00-18.00")) == "every tue 15:00-18:00");
  CHECK(format_pattern(when("hver anden fredag 16.00 - søndag 16.00")) == "every other fri 16:00 - sun 16:00");
  CHECK(format_pattern(when("hver anden weekend FREDAG 16:00 til SØNDAG 16:00")) == "every other fri 16:00 - sun 16:00");
  CHECK(format_pattern(when("hver 3. uge ons 15:00-18:00")) == "every 3 weeks wed 15:00-18:00");
  CHECK(format_pattern(when("første lørdag i måneden 10:00-16:00")) == "first sat of the month 10:00-16:00");
  CHECK(format_pattern(when("anden søndag i måneden 10:00-16:00")) == "second sun of the month 10:00-16:00");
  CHECK(format_pattern(when("sidste fredag hver måned 16:00 - søndag 16:00")) == "last fri of the month 16:00 - sun 16:00");
  CHECK(format_pattern(when("hver lørdag 22.00-07.00")).ends_with("sat 22:00-07:00"));
  CHECK(format_pattern(when("24.12.2026 10.00-14.00")) == "2026-12-24 10:00-14:00");
  CHECK(format_pattern(when("24-12-2026 10:00 - 26-12-2026 10:00")) == "2026-12-24 10:00 - 2026-12-26 10:00");
  // a Danish word that is no day is still refused, and named
  CHECK(error_of("hver tirsdagen 15:00-18:00").find("'tirsdagen' is not a weekday") != std::string::npos);
}

TEST_CASE("schedule pattern: what cannot be read says why") {
  CHECK(error_of("every funday 15:00-18:00").find("'funday' is not a weekday") == 0);
  CHECK(error_of("every tue 15:00").find("expected '-'") == 0);
  CHECK(error_of("2026-02-30 10:00-12:00").find("is not a date that exists") != std::string::npos);
  CHECK(error_of("every tue 25:00-26:00").find("not a start time") != std::string::npos);
  CHECK(error_of("2026-12-26 10:00 - 2026-12-24 10:00").find("the end is not after the start") == 0);
  CHECK(error_of("every tue 15:00-18:00 please").find("unexpected 'please'") == 0);
  CHECK(error_of("every tue 02:30+01:00-05:00").find("single date") != std::string::npos);
  CHECK(error_of("every fri 16:00 - fri 10:00").find("must end before the next one starts") != std::string::npos);
  CHECK(error_of("every other fri 16:00 - fri 10:00").empty()); // a week-long stay every other week
  CHECK(error_of("sometimes").find("e.g. 'every tue 15:00-18:00'") != std::string::npos);
}

TEST_CASE("schedule pattern: a signed clock is not a time") {
  // fuzz_pattern: "4052-02-29 10:00--1:04" read as ending at minus 56 minutes.
  CHECK(error_of("2026-02-12 10:00--1:04").starts_with("'-1:04' is not an end time (HH:MM)"));
  CHECK(error_of("every tue -1:00-18:00").starts_with("'-1:00' is not a start time (HH:MM)"));
}

TEST_CASE("schedule pattern: the days a pattern falls on") {
  const auto tuesdays = start_days(when("every tue 15:00-18:00"), d("2026-11-03"), d("2026-11-01"), d("2026-11-30"));
  CHECK(tuesdays == std::vector<Date>{d("2026-11-03"), d("2026-11-10"), d("2026-11-17"), d("2026-11-24")});
  // "every other" counts from the week of its anchor.
  const auto other = start_days(when("every other fri 16:00 - sun 16:00"), d("2026-11-06"), d("2026-11-01"), d("2026-11-30"));
  CHECK(other == std::vector<Date>{d("2026-11-06"), d("2026-11-20")});
  const auto first_sat = start_days(when("first sat of the month 10:00-16:00"), d("2026-01-01"), d("2026-01-01"), d("2026-03-31"));
  CHECK(first_sat == std::vector<Date>{d("2026-01-03"), d("2026-02-07"), d("2026-03-07")});
  const auto last_fri = start_days(when("last fri of the month 16:00 - sun 16:00"), d("2026-01-01"), d("2026-10-01"), d("2026-10-31"));
  CHECK(last_fri == std::vector<Date>{d("2026-10-30")});
}

TEST_CASE("schedule expand: weekends over both DST changes are 47 and 49 hours") {
  const Case c = weekly_case(Rational(60), true);
  Plan plan;
  plan.visits.push_back(planned("WKND01", "every fri 16:00 - sun 16:00", "2026-01-02", hours::Kind::overnight));
  const auto march = expand(plan, c, cph(), d("2026-03-27"), d("2026-03-29"));
  REQUIRE(march.size() == 1);
  CHECK(march[0].hours() == Rational(47));
  const auto october = expand(plan, c, cph(), d("2026-10-23"), d("2026-10-25"));
  REQUIRE(october.size() == 1);
  CHECK(october[0].hours() == Rational(49));
  CHECK(october[0].end.iso() == "2026-10-25T16:00+01:00");
  const auto november = expand(plan, c, cph(), d("2026-11-06"), d("2026-11-08"));
  CHECK(november.at(0).hours() == Rational(48));
}

TEST_CASE("schedule expand: cancel, move and cover change single dates only") {
  const Case c = weekly_case(Rational(7));
  Plan plan;
  plan.visits.push_back(planned("TUE001", "every tue 15:00-18:00", "2026-11-03"));
  plan.changes.push_back(Change{.visit = "TUE001", .date = d("2026-11-10"), .kind = ChangeKind::cancel, .by = hours::CancelledBy::family,
                                .to = {}, .staff = {}, .reason = "Ferie"});
  plan.changes.push_back(Change{.visit = "TUE001", .date = d("2026-11-17"), .kind = ChangeKind::move, .by = {},
                                .to = when("2026-11-19 15:00-18:00"), .staff = {}, .reason = {}});
  plan.changes.push_back(Change{.visit = "TUE001", .date = d("2026-11-24"), .kind = ChangeKind::cover, .by = {}, .to = {},
                                .staff = "bo", .reason = "Anna syg"});
  const auto visits = expand(plan, c, cph(), d("2026-11-01"), d("2026-11-30"));
  REQUIRE(visits.size() == 4);
  CHECK_FALSE(visits[0].cancelled);
  CHECK(visits[1].cancelled);
  CHECK(visits[1].cancelled_by == hours::CancelledBy::family);
  CHECK(visits[2].moved);
  CHECK(visits[2].start.local.date == d("2026-11-19"));
  CHECK(visits[2].name() == "TUE001@2026-11-17");
  CHECK(visits[3].staff == "bo");
  CHECK(visits[0].staff == "anna");
  // A visit moved from outside the range into it is found.
  const auto moved_in = expand(plan, c, cph(), d("2026-11-18"), d("2026-11-20"));
  REQUIRE(moved_in.size() == 1);
  CHECK(moved_in[0].name() == "TUE001@2026-11-17");
}

TEST_CASE("schedule expand: recurring visits stop at until, else at the grant's end") {
  const Case c = weekly_case(Rational(7));
  Plan plan;
  plan.visits.push_back(planned("TUE001", "every tue 15:00-18:00", "2026-12-01"));
  plan.visits.back().until = d("2026-12-15");
  plan.visits.push_back(planned("THU001", "every thu 15:00-18:00", "2026-12-01"));
  const auto visits = expand(plan, c, cph(), d("2026-12-01"), d("2027-01-31"));
  CHECK(std::count_if(visits.begin(), visits.end(), [](const Visit& v) { return v.plan_id == "TUE001"; }) == 3);
  CHECK(visits.back().start.local.date == d("2026-12-31")); // the grant ends 2026-12-31
}

TEST_CASE("schedule expand: a local time that does not exist or happens twice is marked") {
  const Case c = weekly_case(Rational(7));
  Plan plan;
  plan.visits.push_back(planned("NIGHT1", "every sun 02:30-05:00", "2026-03-01"));
  const auto spring = expand(plan, c, cph(), d("2026-03-29"), d("2026-03-29"));
  REQUIRE(spring.size() == 1);
  CHECK(spring[0].start_issue == TimeIssue::nonexistent);
  const auto autumn = expand(plan, c, cph(), d("2026-10-25"), d("2026-10-25"));
  CHECK(autumn.at(0).start_issue == TimeIssue::ambiguous);
  CHECK(has(rules_of(check(c, plan, "2026-10-19", "2026-10-25")), "plan-time"));
}

TEST_CASE("schedule rules: planned hours against each budget period of the grant") {
  const Case c = weekly_case(Rational(5));
  Plan plan;
  plan.visits.push_back(planned("TUE001", "every tue 15:00-18:00", "2026-11-02"));
  CHECK_FALSE(has(rules_of(check(c, plan, "2026-11-02", "2026-11-29")), "plan-over-grant"));
  plan.visits.push_back(planned("THU001", "every thu 15:00-18:00", "2026-11-02"));
  const auto found = check(c, plan, "2026-11-02", "2026-11-29");
  REQUIRE(has(rules_of(found), "plan-over-grant"));
  // Four weeks over by the same hours make one finding that says by how much.
  CHECK(found.problems().front().message == "2026-11-02..2026-11-29: 6.00 h planned, 5.00 h granted, 1.00 h over in each of 4 budget periods");
}

TEST_CASE("schedule rules: the grant's period, overnight stays and the minimum visit") {
  const Case c = weekly_case(Rational(60));
  Plan plan;
  plan.visits.push_back(planned("SHORT1", "2026-11-03 15:00-16:00", "2026-11-03"));
  plan.visits.push_back(planned("STAY01", "2026-11-06 16:00 - 2026-11-08 16:00", "2026-11-06", hours::Kind::overnight));
  plan.visits.push_back(planned("LATE01", "2027-01-05 15:00-18:00", "2027-01-05"));
  const auto rules = rules_of(check(c, plan, "2026-11-01", "2027-01-31"));
  CHECK(has(rules, "short-visit"));
  CHECK(has(rules, "overnight-not-granted"));
  CHECK(has(rules, "outside-grant"));
}

TEST_CASE("schedule rules: absences, availability and one person in two places") {
  Case a = weekly_case(Rational(20));
  Case b = weekly_case(Rational(20));
  b.id = "2026-TEST2";
  Plan pa, pb;
  pa.visits.push_back(planned("AAAAAA", "every tue 15:00-18:00", "2026-11-03"));
  pb.visits.push_back(planned("BBBBBB", "2026-11-10 17:00-19:00", "2026-11-10"));
  Staff anna = cleared("anna");
  anna.availability = {Availability{.day = Weekday::tue, .window = {14 * 60, 18 * 60}}};
  anna.absences = {Absence{.from = d("2026-11-17"), .to = d("2026-11-17"), .reason = "kursus"}};
  std::map<std::string, Staff, std::less<>> staff{{"anna", anna}};
  static const Provider provider;
  const store::Positions none;
  std::vector<CasePlan> plans{
    CasePlan{&a, &pa, "a.yaml", &none, expand(pa, a, cph(), d("2026-10-01"), d("2026-12-31"))},
    CasePlan{&b, &pb, "b.yaml", &none, expand(pb, b, cph(), d("2026-10-01"), d("2026-12-31"))}};
  Diagnostics found;
  check_plans(plans, PlanCheck{provider, cph(), staff, d("2026-11-02"), d("2026-11-22"), d("2026-11-22")}, found);
  const auto rules = rules_of(found);
  CHECK(has(rules, "plan-overlap"));
  CHECK(has(rules, "staff-absent"));
  CHECK(has(rules, "staff-unavailable")); // 17:00-19:00 runs past her 18:00
}

TEST_CASE("schedule rules: a weekend stay by one person breaks the daily rest, and says so") {
  const Case c = weekly_case(Rational(60), true);
  Plan plan;
  plan.visits.push_back(planned("WKND01", "every fri 16:00 - sun 16:00", "2026-11-06", hours::Kind::overnight));
  const auto rules = rules_of(check(c, plan, "2026-11-02", "2026-11-15"));
  CHECK(has(rules, "daily-rest"));
  Plan afternoons;
  afternoons.visits.push_back(planned("TUE001", "every tue 15:00-18:00", "2026-11-03"));
  CHECK(check(c, afternoons, "2026-11-02", "2026-11-15").empty());
}

TEST_CASE("schedule plan file: written one line per visit and read back the same") {
  Plan plan;
  plan.visits.push_back(planned("T7E001", "every tue 15:00-18:00", "2026-11-03"));
  plan.visits.back().note = "Lektier: ja";
  plan.visits.push_back(planned("WKND01", "every other fri 16:00 - sun 16:00", "2026-11-06", hours::Kind::overnight));
  plan.visits.back().until = d("2027-06-30");
  plan.changes.push_back(Change{.visit = "T7E001", .date = d("2026-11-10"), .kind = ChangeKind::cancel, .by = hours::CancelledBy::illness,
                                .to = {}, .staff = {}, .reason = "Syg"});
  const std::string text = write_plan(plan, "2026-TEST1");
  CHECK(text.find("  - {id: T7E001, when: \"every tue 15:00-18:00\", from: 2026-11-03, kind: visit, note: \"Lektier: ja\"}\n") != std::string::npos);
  const auto back = read_plan(text, "schedule.yaml");
  REQUIRE(back.ok());
  CHECK(write_plan(*back.value, "2026-TEST1") == text);
  CHECK(back.value->visits[1].until == d("2027-06-30"));
  CHECK(back.value->changes[0].by == hours::CancelledBy::illness);
}

TEST_CASE("schedule plan file: a bad pattern and an unknown visit are located") {
  const auto bad = read_plan("visits:\n  - {id: AAAAAA, when: \"every funday 15:00-18:00\", from: 2026-11-03}\nchanges:\n  - {visit: BBBBBB, date: 2026-11-10, change: cancel}\n",
                             "schedule.yaml");
  REQUIRE(bad.problems.problems().size() == 2);
  CHECK(bad.problems.problems()[0].where.line == 2);
  CHECK(bad.problems.problems()[0].message.find("'funday' is not a weekday") != std::string::npos);
  CHECK(bad.problems.problems()[1].where.line == 4);
}

TEST_CASE("schedule edit: changes name a date the visit falls on") {
  Plan plan;
  plan.visits.push_back(planned("TUE001", "every tue 15:00-18:00", "2026-11-03"));
  Change wrong_day{.visit = "TUE", .date = d("2026-11-11"), .kind = ChangeKind::cancel, .by = {}, .to = {}, .staff = {}, .reason = {}};
  CHECK_THROWS(change_visit(plan, wrong_day, d("2026-12-31")));
  Change right_day = wrong_day;
  right_day.date = d("2026-11-10");
  change_visit(plan, right_day, d("2026-12-31"));
  CHECK(plan.changes.back().visit == "TUE001"); // the prefix is resolved
  stop_visit(plan, "TUE001", d("2026-12-01"));
  CHECK(plan.visits[0].until == d("2026-11-30"));
  CHECK_THROWS(stop_visit(plan, "TUE001", d("2026-11-03")));
}

TEST_CASE("schedule compare: delivered as planned, and how a delivery differs") {
  const Case c = weekly_case(Rational(7));
  Plan plan;
  plan.visits.push_back(planned("TUE001", "every tue 15:00-18:00", "2026-11-03"));
  const auto day = planned_on(expand(plan, c, cph(), d("2026-11-10"), d("2026-11-10")), d("2026-11-10"));
  REQUIRE(day.size() == 1);
  hours::Entry as_planned = as_delivered(day[0]);
  CHECK(as_planned.staff == "anna");
  CHECK(as_planned.hours() == Rational(3));
  CHECK_FALSE(difference_from_plan(as_planned, day));
  CHECK(already_logged(day[0], {as_planned}));
  hours::Entry shorter = as_planned;
  shorter.end = Moment{{d("2026-11-10"), 17 * 60 + 30}, 60};
  CHECK_FALSE(already_logged(day[0], {shorter}));
  CHECK(difference_from_plan(shorter, day) ==
        "planned visit 15:00-18:00 by anna (TUE001@2026-11-10), logged visit 15:00-17:30 by anna: -0.50 h");
  hours::Entry other_person = as_planned;
  other_person.staff = "bo";
  CHECK(difference_from_plan(other_person, day) == "planned visit 15:00-18:00 by anna (TUE001@2026-11-10), logged visit 15:00-18:00 by bo");
  CHECK_FALSE(difference_from_plan(as_planned, {})); // nothing planned: nothing to compare
}
