#include "report/overview_render.hpp"

#include "render/csv.hpp"
#include "render/lang.hpp"
#include "report/billing_render.hpp"

#include <fmt/format.h>

namespace pusterum::report {

namespace {

using render::tr;

std::string s(std::string_view text) { return std::string(text); }

std::string status_name(CaseStatus status, Language lang) {
  switch (status) {
  case CaseStatus::referred: return s(tr(lang, "henvist", "referred"));
  case CaseStatus::matching: return s(tr(lang, "søger match", "matching"));
  case CaseStatus::active: return s(tr(lang, "aktiv", "active"));
  case CaseStatus::paused: return s(tr(lang, "på pause", "paused"));
  case CaseStatus::closed: return s(tr(lang, "afsluttet", "closed"));
  }
  return "?";
}

std::string optional_date(const std::optional<Date>& day, Language lang) { return day ? render::short_date(*day, lang) : "–"; }

std::string days_between(const std::optional<Date>& from, const std::optional<Date>& to) {
  return from && to ? std::to_string(*to - *from) : "–";
}

std::string median_phrase(const std::optional<Rational>& days, Language lang) {
  if (!days) return s(tr(lang, "ingen sager endnu", "no cases yet"));
  return fmt::format("{} {}", short_number(*days, lang), tr(lang, "dage", "days"));
}

SheetTable status_table(const Overview& o, Language lang) {
  SheetTable t{.header = {s(tr(lang, "Status", "Status")), s(tr(lang, "Sager", "Cases"))}, .numeric = {false, true}, .rows = {}, .total_rows = 1};
  int total = 0;
  for (const auto& [status, count] : o.cases_by_status) {
    t.rows.push_back({status_name(status, lang), std::to_string(count)});
    total += count;
  }
  t.rows.push_back({s(tr(lang, "I alt", "Total")), std::to_string(total)});
  return t;
}

SheetTable timeline_table(const Overview& o, Language lang) {
  SheetTable t{.header = {s(tr(lang, "Sag", "Case")), s(tr(lang, "Henvist", "Referred")), s(tr(lang, "Matchet", "Matched")),
                          s(tr(lang, "Første besøg", "First visit")), s(tr(lang, "Dage til match", "Days to match")),
                          s(tr(lang, "Dage til besøg", "Days to visit"))},
               .numeric = {false, false, false, false, true, true},
               .rows = {},
               .total_rows = 0};
  for (const auto& c : o.timelines)
    t.rows.push_back({c.case_id, optional_date(c.referred, lang), optional_date(c.matched, lang), optional_date(c.first_visit, lang),
                      days_between(c.referred, c.matched), days_between(c.matched, c.first_visit)});
  return t;
}

Rational share_of(const GrantRunningOut& g) { return g.granted > Rational(0) ? g.used / g.granted : Rational(0); }

SheetTable running_out_table(const Overview& o, Language lang) {
  SheetTable t{.header = {s(tr(lang, "Sag", "Case")), s(tr(lang, "Kommune", "Municipality")), s(tr(lang, "Brugt", "Used")),
                          s(tr(lang, "Bevilget", "Granted")), s(tr(lang, "Andel", "Share")), s(tr(lang, "Slutter", "Ends")),
                          s(tr(lang, "Dage tilbage", "Days left"))},
               .numeric = {false, false, true, true, true, false, true},
               .rows = {},
               .total_rows = 0};
  for (const auto& g : o.running_out)
    t.rows.push_back({g.case_id, g.municipality, render::hours_phrase(g.used, lang), render::hours_phrase(g.granted, lang),
                      format_number(share_of(g) * Rational(100), 0, render::number_style(lang)) + " %",
                      render::short_date(g.end, lang), std::to_string(g.days_left)});
  return t;
}

SheetTable payroll_table(const Overview& o, Language lang) {
  SheetTable t{.header = {s(tr(lang, "Medarbejder", "Staff")), s(tr(lang, "Besøg", "Visits")), s(tr(lang, "Ophold", "Stays")),
                          s(tr(lang, "Møder", "Meetings")), band_name(Band::day, lang), band_name(Band::evening, lang),
                          band_name(Band::night, lang), band_name(Band::weekend, lang), band_name(Band::holiday, lang),
                          s(tr(lang, "Timer i alt", "Total hours")), "Km"},
               .numeric = {false, true, true, true, true, true, true, true, true, true, true},
               .rows = {},
               .total_rows = 1};
  HoursGrid total;
  int64_t km = 0;
  auto row = [&](const std::string& who, const HoursGrid& h, int64_t driven) {
    std::vector<std::string> cells{who};
    for (hours::Kind kind : {hours::Kind::visit, hours::Kind::overnight, hours::Kind::meeting}) cells.push_back(short_number(h.of_kind(kind), lang));
    for (Band band : all_bands) cells.push_back(short_number(h.of_band(band), lang));
    cells.push_back(short_number(h.total(), lang));
    cells.push_back(std::to_string(driven));
    return cells;
  };
  for (const auto& p : o.payroll) {
    t.rows.push_back(row(p.name.empty() ? p.staff_id : p.name, p.hours, p.km));
    total += p.hours;
    km += p.km;
  }
  t.rows.push_back(row(s(tr(lang, "I alt", "Total")), total, km));
  return t;
}

render::Json optional_json(const std::optional<Date>& day) { return day ? render::Json(day->iso()) : render::Json(nullptr); }
render::Json optional_json(const std::optional<Rational>& value) {
  return value ? render::Json::parse(value->to_decimal(1)) : render::Json(nullptr);
}
render::Json days_json(const std::optional<Date>& from, const std::optional<Date>& to) {
  return from && to ? render::Json(*to - *from) : render::Json(nullptr);
}

} // namespace

Sheet overview_sheet(const Overview& o, Language lang) {
  Sheet sheet{.title = fmt::format("{} {}", tr(lang, "Overblik", "Overview"), render::long_date(o.today, lang)),
              .lang = s(name_of(lang)),
              .blocks = {},
              .page_per_heading = false};
  sheet.paragraph(o.provider);
  sheet.heading(s(tr(lang, "Sager efter status", "Cases by status")));
  sheet.table(status_table(o, lang));
  sheet.heading(s(tr(lang, "Fra henvisning til første besøg", "From referral to first visit")));
  sheet.paragraph(fmt::format("{}: {}", tr(lang, "Median fra henvisning til match", "Median from referral to match"),
                              median_phrase(o.median_days_referral_to_match, lang)));
  sheet.paragraph(fmt::format("{}: {}", tr(lang, "Median fra match til første besøg", "Median from match to first visit"),
                              median_phrase(o.median_days_match_to_first_visit, lang)));
  sheet.table(timeline_table(o, lang));
  sheet.heading(s(tr(lang, "Bevillinger tæt på at løbe ud", "Grants close to running out")));
  sheet.paragraph(fmt::format(fmt::runtime(s(tr(lang, "Åbne sager med mindst {} % af bevillingens timer brugt, eller som slutter inden for {} dage.",
                                                "Open cases with at least {} % of the grant's hours used, or ending within {} days."))),
                              format_number(running_out_share * Rational(100), 0, render::number_style(lang)), running_out_days));
  if (o.running_out.empty())
    sheet.paragraph(s(tr(lang, "Ingen.", "None.")));
  else
    sheet.table(running_out_table(o, lang));
  sheet.heading(fmt::format("{}, {}", tr(lang, "Timer pr. medarbejder til løn", "Hours per staff member for payroll"),
                            period_title(o.period, lang)));
  sheet.paragraph(s(tr(lang, "Besøg, ophold og møder påbegyndt i perioden; aflysninger er ikke arbejdstid. Nattetimer under ophold står under nat.",
                       "Visits, stays and meetings begun in the period; cancellations are not working time. Night hours of stays are under night.")));
  sheet.table(payroll_table(o, lang));
  return sheet;
}

render::Json overview_json(const Overview& o) {
  render::Json statuses = render::Json::object();
  for (const auto& [status, count] : o.cases_by_status) statuses[s(name_of(status))] = count;
  render::Json timelines = render::Json::array();
  for (const auto& c : o.timelines)
    timelines.push_back({{"case", c.case_id}, {"referred", optional_json(c.referred)}, {"matched", optional_json(c.matched)},
                         {"first_visit", optional_json(c.first_visit)}, {"days_to_match", days_json(c.referred, c.matched)},
                         {"days_to_first_visit", days_json(c.matched, c.first_visit)}});
  render::Json grants = render::Json::array();
  for (const auto& g : o.running_out)
    grants.push_back({{"case", g.case_id}, {"municipality", g.municipality}, {"used", render::hours_json(g.used)},
                      {"granted", render::hours_json(g.granted)}, {"share", render::Json::parse(share_of(g).to_decimal(3))},
                      {"end", g.end.iso()}, {"days_left", g.days_left}});
  render::Json payroll = render::Json::array();
  for (const auto& p : o.payroll)
    payroll.push_back({{"staff", p.staff_id}, {"name", p.name}, {"hours", hours_grid_json(p.hours)}, {"entries", p.entries}, {"km", p.km}});
  return {{"provider", o.provider},
          {"today", o.today.iso()},
          {"cases_by_status", statuses},
          {"median_days", {{"referral_to_match", optional_json(o.median_days_referral_to_match)},
                           {"match_to_first_visit", optional_json(o.median_days_match_to_first_visit)}}},
          {"cases", timelines},
          {"running_out", {{"share_at_least", render::Json::parse(running_out_share.to_decimal(2))},
                           {"ending_within_days", running_out_days},
                           {"grants", grants}}},
          {"payroll", {{"period", {{"from", o.period.first.iso()}, {"to", o.period.last.iso()}}}, {"staff", payroll}}}};
}

std::string overview_payroll_csv(const Overview& o, const render::CsvDialect& dialect) {
  std::vector<std::string> header{"from", "to", "staff", "name", "entries", "visit_hours", "overnight_hours", "meeting_hours"};
  for (Band band : all_bands) header.push_back(s(name_of(band)) + "_hours");
  header.push_back("total_hours");
  header.push_back("km");
  auto hours = [&](const Rational& h) { return render::csv_number(h, 2, dialect); };
  std::vector<std::vector<std::string>> rows;
  for (const auto& p : o.payroll) {
    std::vector<std::string> row{o.period.first.iso(), o.period.last.iso(), p.staff_id, p.name, std::to_string(p.entries)};
    for (hours::Kind kind : {hours::Kind::visit, hours::Kind::overnight, hours::Kind::meeting}) row.push_back(hours(p.hours.of_kind(kind)));
    for (Band band : all_bands) row.push_back(hours(p.hours.of_band(band)));
    row.push_back(hours(p.hours.total()));
    row.push_back(std::to_string(p.km));
    rows.push_back(std::move(row));
  }
  return render::csv_table(header, rows, dialect);
}

} // namespace pusterum::report
