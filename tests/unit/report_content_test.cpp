// What the caseworker's status report says: døgn in døgn, an honest
// forecast, km only where driving was granted, notes kept for the coordinator.
#include "hours/dogn.hpp"
#include "report/billing.hpp"
#include "hours/entry_input.hpp"
#include "report/case_files.hpp"
#include "report/document.hpp"
#include "report/machine.hpp"
#include "report/period.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace pusterum;
using namespace pusterum::report;

namespace {

const std::filesystem::path examples = std::filesystem::path(PUSTERUM_SOURCE_DIR) / "examples";
const Date example_today = *Date::parse("2026-11-22");

Date d(const char* iso) { return *Date::parse(iso); }

const Zone& copenhagen() {
  static const Zone zone("Europe/Copenhagen");
  return zone;
}

hours::Entry entry(const char* day, const char* from, const char* to, const char* kind = "visit", const char* end_date = "",
                   const char* km = "") {
  Diagnostics problems;
  auto e = hours::make_entry({.date = day, .start = from, .end = to, .end_date = end_date, .staff = "anna", .kind = kind, .km = km},
                             copenhagen(), [](const std::string&) { return Location{}; }, problems);
  REQUIRE_MESSAGE(e, problems.problems().front().to_string());
  return *e;
}

const store::Tree& tree() {
  static const store::Tree t(examples);
  return t;
}

StatusReport example(const char* case_id, const char* period) {
  const CaseFiles files = read_case_files(tree(), case_id);
  const PeriodRequest request = *parse_period(period);
  const grant::Span s = span_for(files.c, contract_for(tree().provider(), files.c.municipality), request, example_today);
  return build_report(tree(), files, s, request.label, example_today);
}

Case weekly_case(int hours_a_week, const char* start, const char* end) {
  Case c;
  c.id = "2026-TEST1";
  c.municipality = "Aarhus";
  c.coordinator = "Mette Lund";
  c.grant.unit = GrantUnit::hours_per_week;
  c.grant.quantity = Rational(hours_a_week);
  c.grant.start = d(start);
  c.grant.end = d(end);
  return c;
}

// Three hours every Wednesday of the span: the plan of the forecast tests.
std::optional<Rational> three_hours_on_wednesdays(grant::Span span) {
  Rational sum;
  for (Date day = span.first; day <= span.last; ++day)
    if (day.weekday() == Weekday::wed) sum += Rational(3);
  return sum;
}

} // namespace

TEST_CASE("døgn: a døgn is noon to noon by the wall clock, 23 or 25 real hours when the clocks change") {
  // Friday 16:00 to Sunday 16:00 is 2 døgn every weekend of the year.
  const hours::Entry plain = entry("2026-06-26", "16:00", "16:00", "overnight", "2026-06-28");
  const hours::Entry autumn = entry("2026-10-23", "16:00", "16:00", "overnight", "2026-10-25");
  const hours::Entry spring = entry("2026-03-27", "16:00", "16:00", "overnight", "2026-03-29");
  CHECK(plain.hours() == Rational(48));
  CHECK(autumn.hours() == Rational(49));
  CHECK(spring.hours() == Rational(47));
  CHECK(hours::dogn_of(plain, copenhagen()) == Rational(2));
  CHECK(hours::dogn_of(autumn, copenhagen()) == Rational(2));
  CHECK(hours::dogn_of(spring, copenhagen()) == Rational(2));
  // The block over the autumn change is 25 hours and one døgn; half of it is half a døgn.
  CHECK(hours::dogn_of(entry("2026-10-24", "12:00", "12:00", "overnight", "2026-10-25"), copenhagen()) == Rational(1));
  CHECK(hours::dogn_of(entry("2026-10-24", "12:00", "00:30", "overnight", "2026-10-25"), copenhagen()) == Rational(1, 2)); // 12.5 of its 25 h
  // A day visit across noon: 2 h of one block and 4 h of the next, each of 24 h.
  CHECK(hours::dogn_of(entry("2026-06-10", "10:00", "16:00"), copenhagen()) == Rational(1, 4));
}

TEST_CASE("døgn: the QVEHE grant is reported in døgn, with its stays counted") {
  const StatusReport october = example("2025-QVEHE", "2026-10");
  REQUIRE(october.dogn);
  CHECK(october.in_period.used == Rational(49));          // the hours stay real hours
  CHECK(october.dogn->in_period.used == Rational(2));      // and the stay is 2 døgn
  CHECK(october.dogn->in_period.granted == Rational(24 * 31, 365));
  CHECK(october.dogn->stays_in_period == 1);
  CHECK(october.dogn->stays_to_date == 10);
  CHECK(october.dogn->to_date.used == Rational(20));
  CHECK(october.dogn->whole_grant.granted == Rational(24));
  const std::string text = render_text(status_document(october, {}, Language::da), false);
  CHECK(text.find("Ophold i perioden") != std::string::npos);
  CHECK(text.find("2,00 døgn (49 timer)") != std::string::npos);
  CHECK(text.find("kl. 12 til kl. 12") != std::string::npos);
  const auto json = status_json(october);
  CHECK(json["dogn"]["period"]["used"] == render::hours_json(Rational(2)));
  CHECK(json["dogn"]["stays"]["period"] == 1);
  // An hours grant has no døgn figures.
  CHECK_FALSE(example("2025-FR23R", "2026-Q3").dogn);
}

TEST_CASE("forecast: a case matched late forecasts from its plan, not from the period's first day") {
  // Granted 3 h a week from 1 September; help started on 20 October, 3 h every Wednesday since.
  Case c = weekly_case(3, "2026-09-01", "2027-08-31");
  c.startup_meeting = d("2026-10-20");
  std::vector<hours::Entry> log;
  for (Date day = d("2026-10-21"); day <= d("2026-11-30"); day = day + 7) log.push_back(entry(day.iso().c_str(), "15:00", "18:00"));
  const grant::Span period{d("2026-09-01"), d("2026-11-30")};
  const Provider provider;
  StatusInput input{.c = c, .provider = provider, .effective = log, .period = period, .period_label = "", .today = d("2026-12-02"),
                    .status_text = std::nullopt, .status_text_file = "", .sent = std::nullopt, .planned = std::nullopt};
  // Counting from 1 September this was 46 % ("well under"); by the plan it is on track.
  input.planned_in = three_hours_on_wednesdays;
  const StatusReport planned = compute_status(input);
  CHECK(planned.forecast.basis == ForecastBasis::plan);
  CHECK(planned.forecast.pace_from == d("2026-10-20"));
  CHECK(*planned.forecast.planned_ahead == Rational(3 * 39)); // 39 Wednesdays from 1 December 2026 to 31 August 2027
  CHECK(planned.forecast.projected == Rational(18) + Rational(3 * 39));
  CHECK(planned.forecast.pace == Pace::on_track);
  const std::string da = render_text(status_document(planned, {}, Language::da), false);
  CHECK(da.find("vagtplanen for resten af") != std::string::npos);
  CHECK(da.find("langt under") == std::string::npos);
  // Without a plan: the pace since help started (18 h in the 42 days from 20 October), said so.
  input.planned_in = nullptr;
  const StatusReport paced = compute_status(input);
  CHECK(paced.forecast.basis == ForecastBasis::pace);
  CHECK(paced.forecast.per_day == Rational(18, 42));
  CHECK(paced.forecast.projected == Rational(18) + Rational(18, 42) * Rational(274));
  CHECK(paced.forecast.pace == Pace::on_track);
  const std::string en = render_text(status_document(paced, {}, Language::en), false);
  CHECK(en.find("The case has no shift plan; the forecast is the pace since help started.") != std::string::npos);
  CHECK(en.find("Used per week since 20 October 2026") != std::string::npos);
  CHECK(status_json(paced)["forecast"]["basis"] == "pace");
  // The first visit counts as the start when there was no start-up meeting.
  c.startup_meeting.reset();
  CHECK(compute_status(input).forecast.pace_from == d("2026-10-21"));
}

TEST_CASE("forecast: no plan and no help yet is no forecast, said so") {
  const Case c = weekly_case(3, "2026-09-01", "2027-08-31");
  const std::vector<hours::Entry> none;
  const Provider provider;
  const StatusReport r = compute_status({.c = c, .provider = provider, .effective = none, .period = {d("2026-09-01"), d("2026-11-30")},
                                         .period_label = "", .today = d("2026-12-02"), .status_text = std::nullopt,
                                         .status_text_file = "", .sent = std::nullopt});
  CHECK(r.forecast.pace == Pace::no_pace);
  CHECK(r.forecast.basis == ForecastBasis::none);
  CHECK(render_text(status_document(r, {}, Language::en), false).find("Help has not started and the case has no plan") != std::string::npos);
}

TEST_CASE("km: only km on days the grant covers driving, as billing counts them") {
  Case c = weekly_case(5, "2026-11-01", "2027-10-31");
  c.grant.terms.driving = true;
  Amendment no_driving;
  no_driving.from = d("2026-11-04");
  GrantTerms terms = c.grant.terms;
  terms.driving = false;
  no_driving.terms = terms;
  c.grant.amendments.push_back(no_driving);
  const std::vector<hours::Entry> log{entry("2026-11-02", "15:00", "17:00", "visit", "", "20"),
                                      entry("2026-11-09", "15:00", "17:00", "visit", "", "15")};
  Provider provider;
  RateSet rates;
  rates.from = d("2026-01-01");
  rates.hour = Rational(395);
  rates.km = Rational(381, 100);
  provider.rates.push_back(rates);
  const StatusReport r = compute_status({.c = c, .provider = provider, .effective = log, .period = {d("2026-11-01"), d("2026-11-30")},
                                         .period_label = "", .today = example_today, .status_text = std::nullopt,
                                         .status_text_file = "", .sent = std::nullopt});
  REQUIRE(r.driving);
  CHECK(r.driving->km == 20);
  CHECK(r.driving->km_not_granted == 15);
  CHECK(r.driving->amount == Rational(20) * Rational(381, 100));
  const CaseBilling billed = bill_case(c, log, {d("2026-11-01"), d("2026-11-30")}, provider, copenhagen());
  CHECK(billed.km_billed == r.driving->km);
  bool noted = false;
  for (const auto& n : r.notes) noted = noted || (n.kind == NoteKind::km_not_granted && n.km == 15);
  CHECK(noted);
}

TEST_CASE("document: the caseworker's version holds no notes, the draft and JSON hold them") {
  const StatusReport r = example("2026-ZDSG3", "2026-Q3");
  const std::string sent = render_text(status_document(r, {}, Language::da), false);
  CHECK(sent.find("Sendt") == std::string::npos); // not marked as sent: no line about it
  CHECK(sent.find("cases/2026-ZDSG3/status") == std::string::npos);
  CHECK(sent.find("KLADDE") == std::string::npos);
  CHECK(sent.find("CVR 12345678") != std::string::npos);
  CHECK(sent.find("Henrik Bak, henrik.bak@solsikken.example.dk, +45 86 12 34 58") != std::string::npos);
  CHECK(sent.find("opstartsmøde 9. marts 2026") != std::string::npos);
  const std::string draft = render_text(status_document(r, {}, Language::da, true), false);
  CHECK(draft.find("KLADDE") != std::string::npos);
  CHECK(draft.find("cases/2026-ZDSG3/status/") != std::string::npos);
  const auto json = status_json(r);
  REQUIRE(json["notes"].size() >= 1);
  CHECK(json["notes"][0]["code"] == "status_text_missing");
  CHECK(json["provider_details"]["cvr"] == "12345678");
}
