// The billing basis and the overview by hand-computed figures: rates of the example provider
// (2025: hour 385, 2026: hour 395; evening +35, weekend +45, holiday +90;
// overnight block 1650, awake night hour 420, km 3.81 in 2026).
#include "report/billing.hpp"
#include "report/billing_period.hpp"
#include "report/billing_sheet.hpp"
#include "report/overview.hpp"
#include "report/time_bands.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

using namespace pusterum;
using namespace pusterum::report;
using hours::Entry;
using hours::Kind;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

const Zone& cph() {
  static const Zone zone("Europe/Copenhagen");
  return zone;
}

Provider example_provider() {
  Provider p;
  p.name = "Solsikken";
  p.rates = {RateSet{.from = d("2026-01-01"), .hour = Rational(395), .overnight_block = Rational(1650),
                     .awake_night_hour = Rational(420), .evening_supplement = Rational(35),
                     .weekend_supplement = Rational(45), .holiday_supplement = Rational(90), .km = Rational(381, 100)},
             RateSet{.from = d("2025-01-01"), .hour = Rational(385), .overnight_block = Rational(1600),
                     .awake_night_hour = Rational(410), .evening_supplement = Rational(35),
                     .weekend_supplement = Rational(45), .holiday_supplement = Rational(90), .km = Rational(379, 100)}};
  return p;
}

Case a_case(bool driving = false) {
  Case c;
  c.id = "2026-TEST1";
  c.municipality = "Aarhus";
  c.grant.start = d("2025-01-01");
  c.grant.end = d("2027-12-31");
  c.grant.quantity = Rational(5);
  c.grant.terms.driving = driving;
  c.grant.terms.overnight = true;
  return c;
}

Entry logged(Kind kind, const char* start, const char* end) {
  Entry e;
  e.id = "ABC123";
  e.kind = kind;
  e.staff = "anna";
  e.start = *Moment::parse_iso(start);
  e.end = *Moment::parse_iso(end);
  return e;
}

BillingPeriod month(const char* text) { return *parse_billing_period(text); }

const BillingLine* line_of(const CaseBilling& b, Item item, std::optional<Band> band = std::nullopt) {
  for (const auto& line : b.lines)
    if (line.item == item && line.band == band) return &line;
  return nullptr;
}

} // namespace

TEST_CASE("billing: a visit across 17:00 is split into day and evening hours") {
  const auto b = bill_case(a_case(), {logged(Kind::visit, "2026-11-17T15:00+01:00", "2026-11-17T18:30+01:00")},
                           month("2026-11"), example_provider(), cph());
  CHECK(b.hours.at(Kind::visit, Band::day) == Rational(2));
  CHECK(b.hours.at(Kind::visit, Band::evening) == Rational(3, 2));
  REQUIRE(line_of(b, Item::visit, Band::evening));
  CHECK(line_of(b, Item::visit, Band::evening)->unit_price == Rational(430));
  CHECK(b.amount() == Rational(2 * 395) + Rational(3, 2) * Rational(430)); // 1,435.00
}

TEST_CASE("billing: the night of a stay over the October change has 9 real hours and costs one block") {
  // Saturday 18:00 summer time to Sunday 10:00 winter time: 17 real hours.
  const Entry stay = logged(Kind::overnight, "2026-10-24T18:00+02:00", "2026-10-25T10:00+01:00");
  const auto pieces = split_into_bands(stay.start.instant(), stay.end.instant(), cph(), BillingTerms{}, {});
  int64_t night_seconds = 0;
  for (const auto& p : pieces)
    if (p.in_night) night_seconds += p.seconds();
  CHECK(night_seconds == 9 * 3600); // 23:00 to 07:00 on the clock, 25-hour day

  Provider provider = example_provider();
  const auto blocks = bill_case(a_case(), {stay}, month("2026-10"), provider, cph());
  CHECK(blocks.hours.at(Kind::overnight, Band::night) == Rational(9));
  CHECK(blocks.hours.at(Kind::overnight, Band::weekend) == Rational(8)); // 18-23 and 07-10
  CHECK(blocks.hours.total() == Rational(17));
  REQUIRE(line_of(blocks, Item::stay_night));
  CHECK(line_of(blocks, Item::stay_night)->quantity == Rational(1));
  CHECK(blocks.amount() == Rational(8 * 440 + 1650)); // 5,170.00

  provider.billing.stay_nights = StayNights::awake;
  const auto awake = bill_case(a_case(), {stay}, month("2026-10"), provider, cph());
  CHECK(line_of(awake, Item::stay_night) == nullptr);
  CHECK(awake.amount() == Rational(8 * 440 + 9 * 420)); // 7,300.00
}

TEST_CASE("billing: a stay of two nights is two blocks, and a weekend stay bills weekend hours") {
  const Entry stay = logged(Kind::overnight, "2026-11-13T16:00+01:00", "2026-11-15T16:00+01:00");
  const auto b = bill_case(a_case(), {stay}, month("2026-11"), example_provider(), cph());
  // Fri 16-17 day, 17-23 evening; Sat 07-23 and Sun 07-16 weekend; two nights of 8 hours.
  CHECK(b.hours.at(Kind::overnight, Band::day) == Rational(1));
  CHECK(b.hours.at(Kind::overnight, Band::evening) == Rational(6));
  CHECK(b.hours.at(Kind::overnight, Band::weekend) == Rational(16 + 9));
  CHECK(b.hours.at(Kind::overnight, Band::night) == Rational(16));
  CHECK(line_of(b, Item::stay_night)->quantity == Rational(2));
  CHECK(b.amount() == Rational(395 + 6 * 430 + 25 * 440 + 2 * 1650));
}

TEST_CASE("billing: public holidays and the provider's special days pay the holiday supplement") {
  Provider provider = example_provider();
  const std::vector<Entry> entries{logged(Kind::visit, "2026-12-25T10:00+01:00", "2026-12-25T14:00+01:00"),  // Christmas Day
                                   logged(Kind::visit, "2026-12-24T10:00+01:00", "2026-12-24T12:00+01:00"),  // special day
                                   logged(Kind::visit, "2026-05-25T10:00+02:00", "2026-05-25T12:00+02:00")}; // Whit Monday
  const auto without = bill_case(a_case(), entries, month("2026"), provider, cph());
  CHECK(without.hours.at(Kind::visit, Band::holiday) == Rational(6));
  CHECK(without.hours.at(Kind::visit, Band::day) == Rational(2));
  provider.special_days = {"12-24"};
  const auto with = bill_case(a_case(), entries, month("2026"), provider, cph());
  CHECK(with.hours.at(Kind::visit, Band::holiday) == Rational(8));
  CHECK(with.amount() == Rational(8 * 485));
}

TEST_CASE("billing: an hour over New Year is priced by the rates of each side of midnight") {
  const auto b = bill_case(a_case(), {logged(Kind::visit, "2025-12-31T22:00+01:00", "2026-01-01T01:00+01:00")},
                           month("2025-12"), example_provider(), cph());
  REQUIRE(b.lines.size() == 3);
  CHECK(line_of(b, Item::visit, Band::evening)->rates_from == d("2025-01-01"));
  CHECK(line_of(b, Item::visit, Band::night)->unit_price == Rational(420)); // no night supplement: the evening one
  CHECK(line_of(b, Item::visit, Band::holiday)->rates_from == d("2026-01-01"));
  CHECK(line_of(b, Item::visit, Band::holiday)->unit_price == Rational(485));
  CHECK(b.amount() == Rational(420 + 420 + 485));
  // The entry belongs to the month it starts in.
  CHECK(bill_case(a_case(), {logged(Kind::visit, "2025-12-31T22:00+01:00", "2026-01-01T01:00+01:00")}, month("2026-01"),
                  example_provider(), cph()).lines.empty());
}

TEST_CASE("billing: km are billed only when the grant includes driving on that day") {
  Entry trip = logged(Kind::visit, "2026-03-09T15:00+01:00", "2026-03-09T17:00+01:00");
  trip.km = 10;
  const auto driving = bill_case(a_case(true), {trip}, month("2026-03"), example_provider(), cph());
  CHECK(driving.km_driven == 10);
  CHECK(driving.km_billed == 10);
  REQUIRE(line_of(driving, Item::km));
  CHECK(line_of(driving, Item::km)->amount() == Rational(3810, 100));
  CHECK(driving.amount() == Rational(2 * 395) + Rational(381, 10));

  const auto walking = bill_case(a_case(false), {trip}, month("2026-03"), example_provider(), cph());
  CHECK(walking.km_driven == 10);
  CHECK(walking.km_billed == 0);
  CHECK(line_of(walking, Item::km) == nullptr);
  CHECK(walking.amount() == Rational(2 * 395));

  Case amended = a_case(false);
  amended.grant.amendments.push_back(Amendment{.from = d("2026-03-01"), .terms = GrantTerms{.driving = true}});
  CHECK(bill_case(amended, {trip}, month("2026-03"), example_provider(), cph()).km_billed == 10);
}

TEST_CASE("billing: cancellations are billed only for whom the contract names") {
  Entry by_family = logged(Kind::cancelled, "2026-11-07T10:00+01:00", "2026-11-07T13:30+01:00");
  by_family.cancelled_by = hours::CancelledBy::family;
  Entry by_illness = by_family;
  by_illness.cancelled_by = hours::CancelledBy::illness;
  Provider provider = example_provider();
  const auto none = bill_case(a_case(), {by_family, by_illness}, month("2026-11"), provider, cph());
  CHECK(none.lines.empty());
  CHECK(none.cancelled_not_billed == 2);
  provider.billing.billed_cancellations = {"family"};
  const auto family = bill_case(a_case(), {by_family, by_illness}, month("2026-11"), provider, cph());
  CHECK(family.cancelled_not_billed == 1);
  CHECK(family.hours.at(Kind::cancelled, Band::weekend) == Rational(7, 2)); // a Saturday
  CHECK(family.amount() == Rational(7, 2) * Rational(440));
}

TEST_CASE("billing: configured bands move the edges") {
  BillingTerms terms;
  terms.evening = DailyWindow{18 * 60, 22 * 60};
  terms.weekend = WeeklyWindow{4 * 1440 + 17 * 60, 7 * 60}; // Friday 17:00 to Monday 07:00
  CHECK(band_at({d("2026-11-20"), 17 * 60}, terms, {}) == Band::weekend);
  CHECK(band_at({d("2026-11-23"), 6 * 60}, terms, {}) == Band::weekend);
  CHECK(band_at({d("2026-11-23"), 7 * 60}, terms, {}) == Band::day);
  CHECK(band_at({d("2026-11-19"), 17 * 60 + 30}, terms, {}) == Band::day);
  CHECK(band_at({d("2026-11-19"), 21 * 60}, terms, {}) == Band::evening);
  CHECK(band_at({d("2026-11-19"), 22 * 60}, terms, {}) == Band::day);
  CHECK(band_at({d("2026-11-19"), 23 * 60}, terms, {}) == Band::night);
  CHECK(night_of(d("2026-10-25"), 60, terms.night) == d("2026-10-24"));
  CHECK(night_of(d("2026-10-24"), 23 * 60, terms.night) == d("2026-10-24"));
}

TEST_CASE("billing: a day before every rates entry, or a missing rate, is refused") {
  const Entry early = logged(Kind::visit, "2024-06-03T10:00+02:00", "2024-06-03T12:00+02:00");
  CHECK_THROWS_AS(bill_case(a_case(), {early}, month("2024-06"), example_provider(), cph()), Error);
  Provider no_block = example_provider();
  no_block.rates[0].overnight_block.reset();
  const Entry stay = logged(Kind::overnight, "2026-11-13T20:00+01:00", "2026-11-14T08:00+01:00");
  CHECK_THROWS_WITH_AS(bill_case(a_case(), {stay}, month("2026-11"), no_block, cph()),
                       "pusterum.yaml: the rates from 2026-01-01 have no overnight_block", Error);
}

TEST_CASE("billing: the basis keeps each municipality's cases apart") {
  CaseBilling aarhus{.case_id = "2026-AAAAA"}, favrskov{.case_id = "2026-FFFFF"}, empty{.case_id = "2026-EEEEE"};
  aarhus.lines.push_back({.item = Item::visit, .band = Band::day, .rates_from = d("2026-01-01"), .quantity = Rational(2), .unit_price = Rational(395)});
  favrskov.lines.push_back({.item = Item::km, .band = std::nullopt, .rates_from = d("2026-01-01"), .quantity = Rational(10), .unit_price = Rational(381, 100)});
  const auto basis = group_by_municipality("P", month("2026-10"), {{"Favrskov", favrskov}, {"Aarhus", aarhus}, {"Aarhus", empty}});
  REQUIRE(basis.municipalities.size() == 2);
  CHECK(basis.municipalities[0].name == "Aarhus");
  REQUIRE(basis.municipalities[0].cases.size() == 1);
  CHECK(basis.municipalities[0].cases[0].case_id == "2026-AAAAA");
  CHECK(basis.municipalities[1].cases[0].case_id == "2026-FFFFF");
  CHECK(basis.amount() == Rational(790) + Rational(381, 10));
}

TEST_CASE("billing: one municipality spelt two ways is one part of the basis") {
  CaseBilling first{.case_id = "2025-AAAAA"}, second{.case_id = "2026-BBBBB"}, third{.case_id = "2026-CCCCC"};
  for (auto* c : {&first, &second, &third})
    c->lines.push_back({.item = Item::visit, .band = Band::day, .rates_from = d("2026-01-01"), .quantity = Rational(1), .unit_price = Rational(395)});
  const auto basis = group_by_municipality("P", month("2026-10"), {{"aarhus", second}, {"Aarhus Kommune", third}, {"Aarhus", first}});
  REQUIRE(basis.municipalities.size() == 1);
  CHECK(basis.municipalities[0].name == "Aarhus"); // a three-way tie: the first case's spelling
  REQUIRE(basis.municipalities[0].cases.size() == 3);
  CHECK(basis.municipalities[0].cases[0].case_id == "2025-AAAAA");
}

TEST_CASE("billing: periods are months, quarters, years, and the month before today by default") {
  CHECK(parse_billing_period("2026-Q3") == BillingPeriod{d("2026-07-01"), d("2026-09-30")});
  CHECK(parse_billing_period("2026-02") == BillingPeriod{d("2026-02-01"), d("2026-02-28")});
  CHECK(parse_billing_period("2026") == BillingPeriod{d("2026-01-01"), d("2026-12-31")});
  CHECK_FALSE(parse_billing_period("2026-13"));
  CHECK_FALSE(parse_billing_period("2026-Q5"));
  CHECK_FALSE(parse_billing_period("26-10"));
  CHECK_FALSE(parse_billing_period("2026-1"));
  CHECK(month_before(d("2026-11-22")) == BillingPeriod{d("2026-10-01"), d("2026-10-31")});
  CHECK(month_before(d("2026-01-05")) == BillingPeriod{d("2025-12-01"), d("2025-12-31")});
  CHECK(period_title(month("2026-Q3"), Language::da) == "3. kvartal 2026");
  CHECK(period_title(month("2026-10"), Language::en) == "October 2026");
  CHECK(period_slug(BillingPeriod{d("2026-10-01"), d("2026-10-15")}) == "2026-10-01_2026-10-15");
}

// --- the overview ------------------------------------------------------------

TEST_CASE("overview: the median of days, odd and even counts") {
  CHECK_FALSE(median_of({}));
  CHECK(median_of({35, 2, 90}) == Rational(35));
  CHECK(median_of({1, 4, 2, 14}) == Rational(3));
  CHECK(median_of({0, 1}) == Rational(1, 2));
}

TEST_CASE("overview: referral, match and first visit come from the history, the staffing and the log") {
  Case c = a_case();
  c.status_history = {{d("2026-02-02"), CaseStatus::referred, ""}, {d("2026-02-04"), CaseStatus::matching, ""},
                      {d("2026-03-09"), CaseStatus::active, ""}};
  const std::vector<Entry> log{logged(Kind::meeting, "2026-03-09T10:00+01:00", "2026-03-09T11:00+01:00"),
                               logged(Kind::visit, "2026-03-16T15:00+01:00", "2026-03-16T17:00+01:00"),
                               logged(Kind::visit, "2026-03-11T15:00+01:00", "2026-03-11T17:00+01:00")};
  const auto by_status = timeline_of(c, log);
  CHECK(by_status.referred == d("2026-02-02"));
  CHECK(by_status.matched == d("2026-03-09")); // no staffing recorded: the day it became active
  CHECK(by_status.first_visit == d("2026-03-11")); // the start-up meeting is not a visit
  c.staffing_history.push_back(StaffingChange{.date = d("2026-03-02"), .fixed = "anna"});
  CHECK(timeline_of(c, log).matched == d("2026-03-02"));
  CHECK_FALSE(timeline_of(Case{}, {}).referred);
}

TEST_CASE("overview: grants close to running out, and payroll hours by band") {
  const Provider provider = example_provider();
  CaseWithHours nearly_used{a_case(), {}}, ending{a_case(), {}}, fine{a_case(), {}}, closed{a_case(), {}};
  // 10 h for the whole period: 8 h used is 80 %.
  for (auto* in : {&nearly_used, &ending, &fine, &closed}) {
    in->c.grant = Grant{.unit = GrantUnit::hours_per_period, .quantity = Rational(10), .start = d("2026-01-01"), .end = d("2027-06-30")};
    in->c.status = CaseStatus::active;
  }
  nearly_used.c.id = "A-NEARLY";
  nearly_used.effective = {logged(Kind::visit, "2026-10-03T10:00+02:00", "2026-10-03T18:00+02:00")}; // a Saturday
  ending.c.id = "B-ENDING";
  ending.c.grant.end = d("2027-01-21"); // 60 days after 2026-11-22
  fine.c.id = "C-FINE";
  fine.effective = {logged(Kind::visit, "2026-10-05T15:00+02:00", "2026-10-05T18:00+02:00")};
  fine.effective.front().staff = "bo";
  closed.c.id = "D-CLOSED";
  closed.c.status = CaseStatus::closed;
  closed.c.grant.end = d("2026-12-01");

  const auto o = make_overview(provider, {nearly_used, ending, fine, closed}, {{"anna", "Anna A."}}, month("2026-10"), d("2026-11-22"), cph());
  REQUIRE(o.running_out.size() == 2);
  CHECK(o.running_out[0].case_id == "B-ENDING");
  CHECK(o.running_out[0].days_left == 60);
  CHECK(o.running_out[1].case_id == "A-NEARLY");
  CHECK(o.running_out[1].used == Rational(8));
  CHECK(o.cases_by_status.at(CaseStatus::active) == 3);
  CHECK(o.cases_by_status.at(CaseStatus::referred) == 0);

  REQUIRE(o.payroll.size() == 2);
  CHECK(o.payroll[0].staff_id == "anna");
  CHECK(o.payroll[0].name == "Anna A.");
  CHECK(o.payroll[0].hours.of_band(Band::weekend) == Rational(8));
  CHECK(o.payroll[1].staff_id == "bo");
  CHECK(o.payroll[1].name.empty());
  CHECK(o.payroll[1].hours.of_band(Band::day) == Rational(2));
  CHECK(o.payroll[1].hours.of_band(Band::evening) == Rational(1));
}

TEST_CASE("billing: the night of the March change has 7 real hours") {
  const Instant start = Moment::parse_iso("2026-03-28T22:00+01:00")->instant();
  const Instant end = Moment::parse_iso("2026-03-29T08:00+02:00")->instant();
  const auto pieces = split_into_bands(start, end, cph(), BillingTerms{}, {});
  int64_t night = 0, total = 0;
  for (const auto& p : pieces) {
    total += p.seconds();
    if (p.in_night) night += p.seconds();
    CHECK(p.band == Band::weekend); // Saturday night to Sunday morning
  }
  CHECK(total == 9 * 3600);
  CHECK(night == 7 * 3600);
  REQUIRE(pieces.size() >= 3);
  CHECK(pieces.front().minute == 22 * 60);
  CHECK(pieces.back().date == d("2026-03-29"));
}

TEST_CASE("billing: one sheet, three layouts with the same cells") {
  Sheet sheet{.title = "Afregning", .lang = "da", .blocks = {}, .page_per_heading = true};
  sheet.heading("Aarhus");
  sheet.table({.header = {"Ydelse", "Beløb"}, .numeric = {false, true}, .rows = {{"Besøg", "5,00 kr."}, {"I alt", "12.345,00 kr."}}, .total_rows = 1});
  sheet.heading("Favrskov | Syd");
  sheet.paragraph("<ingen>");
  const std::string text = sheet_text(sheet, terminal::Painter(false));
  CHECK(text.find("  Besøg        5,00 kr.\n") != std::string::npos); // amounts right-aligned under their header
  CHECK(text.find("  I alt   12.345,00 kr.\n") != std::string::npos);
  const std::string md = sheet_markdown(sheet);
  CHECK(md.find("| --- | ---: |") != std::string::npos);
  CHECK(md.find("| **I alt** | **12.345,00 kr.** |") != std::string::npos);
  const std::string html = sheet_html(sheet);
  CHECK(html.find("<h2>Aarhus</h2>") != std::string::npos);
  CHECK(html.find("<h2 class=\"page-break\">Favrskov | Syd</h2>") != std::string::npos);
  CHECK(html.find("<p>&lt;ingen&gt;</p>") != std::string::npos);
  CHECK(html.find("<td class=\"num\">5,00 kr.</td>") != std::string::npos);
}
