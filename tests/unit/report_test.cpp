// The status report's figures, pinned by hand-computed expectations on the
// example provider (an amended grant, a stay over the October change, a
// void and a correction) and on small made-up cases.
#include "hours/entry_input.hpp"
#include "render/lang.hpp"
#include "report/case_files.hpp"
#include "report/document.hpp"
#include "report/machine.hpp"
#include "report/period.hpp"
#include "report/sent.hpp"
#include "report/status_text.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace pusterum;
using namespace pusterum::report;

namespace {

const std::filesystem::path examples = std::filesystem::path(PUSTERUM_SOURCE_DIR) / "examples";
const Date example_today = *Date::parse("2026-11-22");

Date d(const char* iso) { return *Date::parse(iso); }
grant::Span span(const char* first, const char* last) { return {d(first), d(last)}; }

const store::Tree& tree() {
  static const store::Tree t(examples);
  return t;
}

// The report on an example case for a period given as "2026-Q3", "2026-10", or "" for the default.
StatusReport example(const char* case_id, const char* period = "") {
  const CaseFiles files = read_case_files(tree(), case_id);
  const PeriodRequest request = *period ? *parse_period(period) : PeriodRequest{};
  const grant::Span s = span_for(files.c, contract_for(tree().provider(), files.c.municipality), request, example_today);
  return build_report(tree(), files, s, request.label, example_today);
}

hours::Entry entry(const char* day, const char* from, const char* to, const char* staff, const char* kind = "visit",
                   const char* end_date = "", const char* km = "", const char* cancelled_by = "") {
  static const Zone zone("Europe/Copenhagen");
  Diagnostics problems;
  auto e = hours::make_entry({.date = day, .start = from, .end = to, .end_date = end_date, .staff = staff, .kind = kind,
                              .cancelled_by = cancelled_by, .km = km},
                             zone, [](const std::string&) { return Location{}; }, problems);
  REQUIRE_MESSAGE(e, problems.problems().front().to_string());
  return *e;
}

Case weekly_case(int hours_a_week, const char* start, const char* end) {
  Case c;
  c.id = "2026-TEST1";
  c.municipality = "Aarhus";
  c.fixed_staff = "anna";
  c.grant.unit = GrantUnit::hours_per_week;
  c.grant.quantity = Rational(hours_a_week);
  c.grant.start = d(start);
  c.grant.end = d(end);
  return c;
}

StatusReport made_up(const Case& c, const std::vector<hours::Entry>& entries, grant::Span period, const Provider& provider = {},
                     Date today = example_today) {
  return compute_status({.c = c, .provider = provider, .effective = entries, .period = period, .period_label = "", .today = today,
                         .status_text = std::nullopt, .status_text_file = "", .sent = std::nullopt});
}

} // namespace

TEST_CASE("report periods: every interval counted from the grant's start, the last one clipped") {
  Grant g;
  g.start = d("2026-01-31");
  g.end = d("2026-12-15");
  const auto periods = status_periods(g, Contract{});
  REQUIRE(periods.size() == 4);
  CHECK(periods[0] == span("2026-01-31", "2026-04-29")); // 31 Jan + 3 months is 30 Apr, not a drifted 28 Apr
  CHECK(periods[1] == span("2026-04-30", "2026-07-30"));
  CHECK(periods[2] == span("2026-07-31", "2026-10-30"));
  CHECK(periods[3] == span("2026-10-31", "2026-12-15"));

  Contract calendar;
  calendar.report_periods = ReportPeriods::calendar;
  const auto quarters = status_periods(g, calendar);
  REQUIRE(quarters.size() == 4);
  CHECK(quarters[0] == span("2026-01-31", "2026-03-31"));
  CHECK(quarters[3] == span("2026-10-01", "2026-12-15"));

  Contract half_years;
  half_years.report_interval_months = 6;
  CHECK(status_periods(g, half_years).size() == 2);
}

TEST_CASE("report periods: a municipality's contract may ask for another interval") {
  const auto read = store::read_provider("provider: P\ncontract:\n  report_interval_months: 3\n"
                                         "  report_interval_months_by_municipality: {Favrskov: 6}\n", "pusterum.yaml");
  REQUIRE(read.ok());
  CHECK(contract_for(*read.value, "Favrskov").report_interval_months == 6);
  CHECK(contract_for(*read.value, "Aarhus").report_interval_months == 3);
  CHECK(contract_for(*read.value, "FAVRSKOV Kommune").report_interval_months == 6); // by key, as the case may spell it
  Grant g;
  g.start = d("2026-01-01");
  g.end = d("2026-12-31");
  CHECK(report_span(g, contract_for(*read.value, "Favrskov"), {}, d("2026-11-22")) == span("2026-01-01", "2026-06-30"));
  const auto bad = store::read_provider("provider: P\ncontract:\n  report_interval_months_by_municipality: {Favrskov: 13}\n", "pusterum.yaml");
  CHECK_FALSE(bad.ok());
}

TEST_CASE("report periods: the default is the latest period that has ended by today") {
  Grant g;
  g.start = d("2026-01-01");
  g.end = d("2026-12-31");
  CHECK(report_span(g, Contract{}, {}, d("2026-11-22")) == span("2026-07-01", "2026-09-30"));
  CHECK(report_span(g, Contract{}, {}, d("2026-04-01")) == span("2026-01-01", "2026-03-31"));
  CHECK_FALSE(report_span(g, Contract{}, {}, d("2026-03-31"))); // the first period ends that day: not yet ended
  CHECK(ended_periods(g, Contract{}, d("2026-11-22")).size() == 3);
  // A request is clipped to the grant period; one outside it has no span.
  CHECK(report_span(g, Contract{}, range_request(d("2025-12-01"), d("2026-01-10")), d("2026-11-22")) == span("2026-01-01", "2026-01-10"));
  CHECK_FALSE(report_span(g, Contract{}, *parse_period("2027-Q1"), d("2026-11-22")));
}

TEST_CASE("report periods: --period is a quarter or a month, nothing else") {
  CHECK(parse_period("2026-Q3")->span == span("2026-07-01", "2026-09-30"));
  CHECK(parse_period("2026-q4")->label == "2026-Q4");
  CHECK(parse_period("2026-02")->span == span("2026-02-01", "2026-02-28"));
  CHECK(parse_period("2028-02")->span == span("2028-02-01", "2028-02-29"));
  for (const char* bad : {"2026-Q5", "2026-Q0", "2026-13", "2026-00", "26-Q1", "2026-Q3x", "2026/10", "", "Q3-2026", "2026-1"})
    CHECK_MESSAGE(!parse_period(bad), bad);
}

TEST_CASE("report FR23: the amended grant counts 5 h/week to May and 7 h/week from 1 June") {
  const StatusReport q2 = example("2025-FR23R", "2026-Q2");
  // 1 Apr - 31 May: 61 days at 5/7 h; 1 - 30 June: 30 days at 1 h.
  CHECK(q2.in_period.granted == Rational(305, 7) + Rational(30));
  const StatusReport r = example("2025-FR23R"); // the default: the latest ended period
  CHECK(r.period == span("2026-07-01", "2026-09-30"));
  CHECK(r.in_period.granted == Rational(92));
  // 26 Tuesdays and Thursdays from July to September, 3 of them cancelled, 3.5 h each.
  CHECK(r.in_period.used == Rational(161, 2));
  CHECK(r.visits.count == 23);
  CHECK(r.visits.average_hours == Rational(7, 2));
  CHECK(r.visits.shorter_than_minimum == 0);
  CHECK(r.visits.cancelled.at(hours::CancelledBy::family) == 1);
  CHECK(r.visits.cancelled.at(hours::CancelledBy::illness) == 2);
  CHECK(r.visits.cancelled.at(hours::CancelledBy::provider) == 0);
  // January to May: 151 days at 5/7 h; June to September: 122 days at 1 h.
  CHECK(r.to_date.granted == Rational(755, 7) + Rational(122));
  CHECK(r.granted_total == Rational(755, 7) + Rational(214));
  CHECK(r.to_date.used == Rational(409, 2));
  CHECK(r.kinds_to_date.visit == Rational(409, 2));
  // By the plan: the hours used to 30 September and the 87.5 h the plan puts after it.
  CHECK(r.forecast.projected == Rational(409, 2) + Rational(175, 2)); // used to 30 September and the plan after it
  CHECK(r.forecast.days_left == 92);
  CHECK(r.forecast.pace == Pace::on_track);
  CHECK_FALSE(r.driving); // driving is not in the grant
  CHECK(r.continuity.fixed_share == Rational(1));
  REQUIRE(r.status_text);
  CHECK(r.status_text->missing.empty());
  CHECK_FALSE(r.sent); // July-September is not marked sent in examples/
  CHECK(example("2025-FR23R", "2026-Q2").sent == d("2026-07-06"));
}

TEST_CASE("report FR23 in November: the voided visit by the substitute counts for nothing") {
  const StatusReport r = example("2025-FR23R", "2026-11");
  // Six visits by Maja, 3.5 h each; Fatima's visit on 19 November was voided.
  CHECK(r.in_period.used == Rational(21));
  CHECK(r.visits.count == 6);
  CHECK(r.continuity.by_staff.size() == 1);
  CHECK(r.continuity.substitutes.empty());
  CHECK(r.period_running);
}

TEST_CASE("report QVEHE: the stay over the October change is 49 hours of a døgn grant") {
  const StatusReport r = example("2025-QVEHE", "2026-10");
  CHECK(r.kinds_in_period.overnight == Rational(49));
  CHECK(r.in_period.used == Rational(49));
  CHECK(r.in_period.granted == Rational(576 * 31, 365)); // 24 døgn a year, 31 days of 365
  CHECK(r.visits.count == 0);
}

TEST_CASE("report ZDSG3: the corrected visit counts as corrected, km and the driving amount too") {
  const StatusReport r = example("2026-ZDSG3", "2026-11");
  // 2 November corrected from 2 h to 2.5 h, then five visits of 2 h.
  CHECK(r.in_period.used == Rational(25, 2));
  CHECK(r.visits.count == 6);
  REQUIRE(r.driving);
  CHECK(r.driving->km == 14 + 15 + 16 + 8 + 9 + 10); // the correction's 14 km, not the original's as well
  CHECK(r.driving->amount == Rational(72) * Rational(381, 100));
  CHECK(r.driving->cap_per_month == 120);
  CHECK(r.in_period.granted == Rational(30 * 4, 7));
  // The period runs to 30 November: the forecast goes to today, by the case's plan; the pace is since the start-up meeting.
  CHECK(r.forecast.pace_end == d("2026-11-22"));
  CHECK(r.forecast.basis == ForecastBasis::plan);
  CHECK(r.forecast.pace_from == d("2026-03-09"));
}

TEST_CASE("report: km are paid at the rate in force on each day") {
  Case c = weekly_case(4, "2025-12-01", "2026-01-31");
  c.grant.terms.driving = true;
  Provider p;
  p.rates = {RateSet{.from = d("2025-01-01"), .km = Rational(379, 100)}, RateSet{.from = d("2026-01-01"), .km = Rational(381, 100)}};
  const StatusReport r = made_up(c, {entry("2025-12-30", "10:00", "12:00", "anna", "visit", "", "10"),
                                     entry("2026-01-02", "10:00", "12:00", "anna", "visit", "", "20")},
                                 span("2025-12-01", "2026-01-31"), p);
  REQUIRE(r.driving);
  CHECK(r.driving->km == 30);
  CHECK(r.driving->amount == Rational(10) * Rational(379, 100) + Rational(20) * Rational(381, 100));
  CHECK_FALSE(r.driving->rate_missing);
}

TEST_CASE("report: continuity follows the staffing history, and a short visit is counted") {
  Case c = weekly_case(7, "2026-01-01", "2026-12-31");
  c.staffing_history = {StaffingChange{.date = d("2026-01-01"), .fixed = "anna"}, StaffingChange{.date = d("2026-02-10"), .fixed = "bo"}};
  c.fixed_staff = "bo";
  const StatusReport r = made_up(c,
                                 {entry("2026-02-02", "10:00", "13:00", "anna"), entry("2026-02-05", "10:00", "11:30", "carl"),
                                  entry("2026-02-12", "10:00", "14:30", "bo"),
                                  entry("2026-02-14", "10:00", "12:00", "bo", "cancelled", "", "", "family")},
                                 span("2026-02-01", "2026-02-28"));
  CHECK(r.continuity.fixed_staff == std::vector<std::string>{"anna", "bo"});
  CHECK(r.continuity.fixed_hours == Rational(15, 2)); // anna's 3 h while fixed, bo's 4.5 h while fixed
  CHECK(r.continuity.fixed_share == Rational(15, 2) / Rational(9));
  CHECK(r.continuity.by_staff.size() == 3);
  CHECK(r.continuity.substitutes == std::vector<std::string>{"carl"});
  CHECK(r.visits.shorter_than_minimum == 1); // carl's 1.5 h, under the contract's 2 h
  CHECK(r.visits.cancelled.at(hours::CancelledBy::family) == 1);
  CHECK(r.visits.cancelled_total() == 1);
}

TEST_CASE("report: the forecast flags a case heading over or well under the grant") {
  const Case c = weekly_case(7, "2026-01-01", "2026-03-31"); // 90 days, 90 h
  std::vector<hours::Entry> busy, quiet;
  for (Date day = d("2026-01-05"); day <= d("2026-01-31"); day = day + 7) {
    busy.push_back(entry(day.iso().c_str(), "08:00", "18:00", "anna"));
    quiet.push_back(entry(day.iso().c_str(), "10:00", "12:00", "anna"));
  }
  const StatusReport over = made_up(c, busy, span("2026-01-01", "2026-01-31"));
  // The pace runs from the first visit on 5 January, not from the 1st.
  CHECK(over.forecast.projected == Rational(40) + Rational(40, 27) * Rational(59));
  CHECK(over.forecast.pace == Pace::over);
  const StatusReport under = made_up(c, quiet, span("2026-01-01", "2026-01-31"));
  CHECK(under.forecast.pace == Pace::well_under);
  // 72 h of 90 is 80 %: not well under; a minute less is.
  const auto three_days = [](const char* last_end) {
    return std::vector{entry("2026-01-05", "00:00", "24:00", "anna"), entry("2026-01-06", "00:00", "24:00", "anna"),
                       entry("2026-01-07", "00:00", last_end, "anna")};
  };
  const grant::Span whole = span("2026-01-01", "2026-03-31");
  CHECK(made_up(c, three_days("24:00"), whole, {}, d("2026-04-01")).forecast.pace == Pace::on_track);
  CHECK(made_up(c, three_days("23:59"), whole, {}, d("2026-04-01")).forecast.pace == Pace::well_under);
}

TEST_CASE("report: the chart's lines end on the figures of the report") {
  const StatusReport r = example("2025-FR23R");
  REQUIRE(!r.chart.empty());
  CHECK(r.chart.front().day == d("2025-12-31"));
  CHECK(r.chart.front().granted == Rational(0));
  CHECK(r.chart.back().day == d("2026-12-31"));
  CHECK(r.chart.back().granted == r.granted_total);
  CHECK_FALSE(r.chart.back().used); // used only up to the period's end
  const auto at_end = std::find_if(r.chart.begin(), r.chart.end(), [&](const ChartPoint& p) { return p.day == r.period.last; });
  REQUIRE(at_end != r.chart.end());
  CHECK(at_end->granted == r.to_date.granted);
  CHECK(at_end->used == r.to_date.used);
  // The day before the amendment is a point, so the granted line bends there.
  CHECK(std::any_of(r.chart.begin(), r.chart.end(), [](const ChartPoint& p) { return p.day == *Date::parse("2026-05-31"); }));
}

TEST_CASE("report: every format shows the same figures") {
  const StatusReport r = example("2025-FR23R");
  const std::string da = render_text(status_document(r, {}, Language::da), false);
  const std::string en = render_markdown(status_document(r, {}, Language::en));
  const std::string html = render_html(status_document(r, {}, Language::da));
  const std::string csv = reports_csv({r}, render::csv_for_excel());
  const auto json = status_json(r);
  CHECK(da.find("229,86") != std::string::npos);
  CHECK(en.find("229.86") != std::string::npos);
  CHECK(html.find("229,86") != std::string::npos);
  CHECK(csv.find(";229,86;") != std::string::npos);
  CHECK(csv.starts_with("\xEF\xBB\xBF"));
  CHECK(json["hours"]["to_date"]["granted"].dump() == "229.86");
  CHECK(html.find("<svg") != std::string::npos);
  CHECK(da.find("maja-kristensen") != std::string::npos); // no names given: the ID is shown
  const std::string named = render_text(status_document(r, {{"maja-kristensen", "Maja Kristensen"}}, Language::da), false);
  CHECK(named.find("maja-kristensen") == std::string::npos);
  CHECK(named.find("Fast medarbejder                            Maja Kristensen") != std::string::npos);
}

TEST_CASE("report: a missing status text is said plainly to the coordinator, with the file to write, not in the document") {
  const StatusReport r = example("2026-ZDSG3");
  CHECK_FALSE(r.status_text);
  CHECK(r.status_text_file == "cases/2026-ZDSG3/status/2026-06-01.md");
  const std::string note = "The status text for the period is missing; write it in cases/2026-ZDSG3/status/2026-06-01.md";
  CHECK(render_text(status_document(r, {}, Language::en), false).find(note) == std::string::npos);
  CHECK(render_text(status_document(r, {}, Language::en, true), false).find(note) != std::string::npos);
  REQUIRE(r.notes.size() == 1);
  CHECK(note_text(r.notes.front(), Language::en) == note);
}

TEST_CASE("status text: sections by topic in Danish or English, missing topics, CPR numbers refused") {
  Diagnostics problems;
  const StatusText t = parse_status_text("# Titel\n\n## Formål\nAflastning.\n\n## Goals\n\n## Min egen\nNoget.\n", "s.md", problems);
  CHECK(problems.empty());
  REQUIRE(t.sections.size() == 3);
  CHECK(t.sections[0].topic == Topic::purpose);
  CHECK(t.sections[0].body == "Aflastning.");
  CHECK(t.sections[1].topic == Topic::goals);
  CHECK_FALSE(t.sections[2].topic);
  // Goals has no text: missing, like the perspective and changes.
  CHECK(t.missing == std::vector<Topic>{Topic::goals, Topic::perspective, Topic::changes});
  CHECK(topic_of_heading("ÆNDRINGER I BEHOV") == Topic::changes);
  CHECK(topic_of_heading("Barnets og familiens perspektiv") == Topic::perspective);
  CHECK(topic_of_heading("Mål") == Topic::goals);

  Diagnostics cpr;
  parse_status_text("## Formål\nBarnet 010203-1234 har\n", "s.md", cpr);
  REQUIRE(cpr.blocking());
  CHECK(cpr.problems().front().to_string().starts_with("s.md:2:1: error:"));
}

TEST_CASE("sent records: read line by line, refused with file:line:col") {
  const SentRead ok = parse_sent("# header\n- {from: 2026-01-01, to: 2026-03-31, sent: 2026-04-08, by: mette.lund}\n", "sent.yaml");
  CHECK(ok.problems.empty());
  REQUIRE(ok.records.size() == 1);
  CHECK(sent_on(ok.records, span("2026-01-01", "2026-03-31")) == d("2026-04-08"));
  CHECK_FALSE(sent_on(ok.records, span("2026-01-01", "2026-03-30")));
  CHECK(format_sent(ok.records.front()) == "- {from: 2026-01-01, to: 2026-03-31, sent: 2026-04-08, by: mette.lund}\n");

  const SentRead bad = parse_sent("- {from: 2026-01-01, to: 2026-03-31, sent: 2026-04-31}\n- {from: 2026-01-01, to: 2026-03-31, sent: 2026-04-08, at: x}\n"
                                  "sent: 2026-04-08\n", "sent.yaml");
  REQUIRE(bad.problems.problems().size() == 3);
  CHECK(bad.problems.problems()[0].to_string().starts_with("sent.yaml:1:38: error: sent '2026-04-31' is not a date"));
  CHECK(bad.problems.problems()[1].to_string().starts_with("sent.yaml:2:56: error: unknown key 'at'"));
  CHECK(bad.problems.problems()[2].where.line == 3);

  const SentRead cpr = parse_sent("- {from: 2026-01-01, to: 2026-03-31, sent: 2026-04-08, by: \"0102031234\"}\n"
                                  "- {from: 2026-04-01, to: 2026-06-30, sent: 2026-07-08, Mette Lund: x}\n", "sent.yaml");
  CHECK(cpr.records.size() == 1); // the line with an unknown key is read, and the key named
  REQUIRE(cpr.problems.problems().size() == 2);
  CHECK(cpr.problems.problems()[0].to_string() ==
        "sent.yaml:1:56: error: by: holds a value shaped like a CPR number; remove it: pusterum identifies people by internal ID [cpr-number]");
  CHECK(cpr.problems.problems()[1].message == "a key that is not from, to, sent or by");
  // The guarded parser of every file: an anchor, deep nesting, bytes that are not UTF-8, a CPR number.
  const SentRead guarded = parse_sent("- {from: &d 2026-01-01, to: 2026-03-31, sent: *d}\n"
                                      "- {from: 2026-01-01, to: 2026-03-31, sent: 2026-04-08, by: " + std::string(70, '[') +
                                        std::string(70, ']') + "}\n"
                                      "- {from: 2026-01-01, to: 2026-03-31, sent: 2026-04-08, by: 010203-1234}\n",
                                      "sent.yaml");
  REQUIRE(guarded.problems.problems().size() == 3);
  CHECK(guarded.problems.problems()[0].to_string().starts_with("sent.yaml:1:10: error: not accepted YAML: anchors"));
  CHECK(guarded.problems.problems()[1].to_string().starts_with("sent.yaml:2:"));
  CHECK(guarded.problems.problems()[1].message.find("nested more than 64 levels") != std::string::npos);
  CHECK(guarded.problems.problems()[2].rule == "cpr-number");
  CHECK(guarded.records.empty());
  CHECK(parse_sent("- {from: 2026-01-01, to: 2026-03-31, sent: 2026-04-08, by: s\xf8ren}\n", "sent.yaml")
          .problems.problems()[0].to_string().starts_with("sent.yaml:1:61: error: not valid UTF-8"));
}

TEST_CASE("due: ended periods not marked sent") {
  const auto due = due_reports(tree(), read_case_files(tree(), "2025-FR23R"), example_today);
  REQUIRE(due.size() == 1); // January-March and April-June are marked sent in examples/
  CHECK(due.front().period == span("2026-07-01", "2026-09-30"));
  CHECK(due.front().status_text);
  CHECK(due_reports(tree(), read_case_files(tree(), "2025-QVEHE"), example_today).empty());
}

TEST_CASE("report: the document flags a case heading over the grant, in the reader's language") {
  const Case c = weekly_case(7, "2026-01-01", "2026-03-31");
  std::vector<hours::Entry> busy;
  for (Date day = d("2026-01-05"); day <= d("2026-01-31"); day = day + 7) busy.push_back(entry(day.iso().c_str(), "08:00", "18:00", "anna"));
  const StatusReport r = made_up(c, busy, span("2026-01-01", "2026-01-31"));
  REQUIRE(r.forecast.pace == Pace::over);
  const std::string da = render_text(status_document(r, {}, Language::da), false);
  const std::string en = render_html(status_document(r, {}, Language::en));
  CHECK(da.find("! Sagen er på vej over bevillingen i det nuværende tempo (142 %)") != std::string::npos);
  CHECK(en.find("<p class=\"flag\">At the current pace the case is heading over the grant (142 %)</p>") != std::string::npos);
  CHECK(en.find("lang=\"en\"") != std::string::npos);
}

TEST_CASE("report: the terminal bar fills the used share of the whole grant and marks the granted line") {
  StatusReport r;
  r.granted_total = Rational(100);
  r.to_date = {Rational(50), Rational(25)};
  CHECK(chart_bar(r, 10) == "[███··|    ]");
  r.to_date = {Rational(50), Rational(100)};
  CHECK(chart_bar(r, 10) == "[██████████]");
  r.granted_total = Rational(50); // used beyond the grant: the bar is the used hours, the mark where the grant ends
  r.to_date = {Rational(50), Rational(100)};
  CHECK(chart_bar(r, 10) == "[██████████]");
}

TEST_CASE("report: a municipality's summary lists only the reports it is given, each once") {
  const StatusReport fr23 = example("2025-FR23R"), bksgb = example("2026-BKSGB");
  const std::string text = render_text(summary_document("Aarhus", {fr23, bksgb}, Language::da, example_today), false);
  CHECK(text.find("2025-FR23R") != std::string::npos);
  CHECK(text.find("2026-BKSGB") != std::string::npos);
  CHECK(text.find("2025-QVEHE") == std::string::npos);
  CHECK(text.find("delvis") != std::string::npos); // BKSGB's text lacks the changes in need
  const auto json = summary_json("Aarhus", {fr23, bksgb}, example_today);
  CHECK(json["cases"].size() == 2);
  CHECK(json["cases"][1]["status_text"] == "partial");
}

TEST_CASE("report: the CSV for Excel has a Danish word for every column and code, the one for programs the codes") {
  for (const auto& code : csv_header()) CHECK_MESSAGE(render::has_word_for_code(code), code);
  for (Pace pace : {Pace::on_track, Pace::over, Pace::well_under, Pace::no_pace}) CHECK(render::has_word_for_code(pace_name(pace)));
  const std::string excel = reports_csv({example("2025-FR23R")}, render::csv_for_excel());
  const std::string header = excel.substr(3, excel.find('\n') - 3);
  CHECK(header.starts_with("Sag;Kommune;Sagsnr.;Barn;"));
  CHECK(header.find('_') == std::string::npos); // no code left untranslated
  const std::string programs = reports_csv({example("2025-FR23R")}, render::csv_for_programs);
  CHECK(programs.starts_with("case,municipality,municipality_case_number,"));
  CHECK(programs.find(",on_track,") != std::string::npos);
}

TEST_CASE("report: the PDF is A4 with a page per sheet, and the same report gives the same bytes") {
  const StatusReport r = example("2025-FR23R");
  const Document doc = status_document(r, {}, Language::da);
  const std::string pdf = render_pdf({doc}, r.as_of);
  CHECK(pdf.starts_with("%PDF-"));
  CHECK(pdf.find("/MediaBox [ 0 0 595.276 841.89 ]") != std::string::npos);
  CHECK(pdf.find("20261122000000") != std::string::npos); // the report's day, not the clock's
  CHECK(render_pdf({doc}, r.as_of) == pdf);
  const std::string two = render_pdf({doc, doc}, r.as_of);
  CHECK(two.size() > pdf.size());
}

TEST_CASE("render words: a heading or a code in people's words reads back as its code, in either language") {
  CHECK(render::code_for_word("Dato") == "date");
  CHECK(render::code_for_word("aflyst af") == "cancelled_by");
  CHECK(render::code_for_word("Cancelled by") == "cancelled_by");
  CHECK(render::code_for_word("Besøg") == "visit");
  CHECK(render::code_for_word("Familien") == "family");
  CHECK(render::code_for_word("Gælder") == "in_effect");
  CHECK(render::code_for_word("Nej") == "no");
  CHECK(render::code_for_word("overnight") == "overnight");
  CHECK_FALSE(render::code_for_word("Dat"));
  CHECK_FALSE(render::code_for_word(""));
  // Every word the --excel listing writes for a column or a code of an hours entry reads back.
  for (const char* code : {"date", "start", "end", "end_date", "staff", "kind", "cancelled_by", "km", "route", "note", "hours", "id",
                           "corrects", "in_effect", "visit", "overnight", "meeting", "cancelled", "family", "provider", "illness", "yes", "no"})
    for (const Language lang : {Language::da, Language::en})
      CHECK_MESSAGE(render::code_for_word(render::word_for_code(code, lang)) == code, code);
}
