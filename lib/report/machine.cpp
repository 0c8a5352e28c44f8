#include "report/machine.hpp"

#include "report/document.hpp"
#include "util/text.hpp"

namespace pusterum::report {

namespace {

using render::Json;
using render::hours_json;

Json span_json(grant::Span s) { return {{"from", s.first.iso()}, {"to", s.last.iso()}}; }

Json figures_json(const HoursFigures& f) {
  return {{"granted", hours_json(f.granted)}, {"used", hours_json(f.used)}, {"left", hours_json(f.left())}};
}

Json kinds_json(const HoursByKind& k) {
  return {{"visit", hours_json(k.visit)}, {"overnight", hours_json(k.overnight)}, {"meeting", hours_json(k.meeting)}};
}

Json share_json(const std::optional<Rational>& share) {
  return share ? Json::parse((*share * Rational(100)).to_decimal(1)) : Json(nullptr);
}

Json status_text_json(const StatusReport& r) {
  if (!r.status_text)
    return {{"file", r.status_text_file}, {"present", false}, {"sections", Json::array()}, {"missing", enum_names<Topic>()}};
  Json sections = Json::array();
  for (const auto& s : r.status_text->sections)
    sections.push_back({{"heading", s.heading}, {"topic", s.topic ? Json(std::string(name_of(*s.topic))) : Json(nullptr)}, {"text", s.body}});
  Json missing = Json::array();
  for (Topic t : r.status_text->missing) missing.push_back(std::string(name_of(t)));
  return {{"file", r.status_text_file}, {"present", true}, {"sections", sections}, {"missing", missing}};
}

Json continuity_json(const Continuity& c) {
  Json staff = Json::array();
  for (const auto& s : c.by_staff) staff.push_back({{"staff", s.staff}, {"hours", hours_json(s.hours)}, {"fixed", s.fixed}});
  return {{"fixed_staff", c.fixed_staff}, {"fixed_hours", hours_json(c.fixed_hours)}, {"fixed_share_percent", share_json(c.fixed_share)},
          {"staff_count", c.by_staff.size()}, {"substitutes", c.substitutes}, {"by_staff", staff}};
}

Json visits_json(const Visits& v) {
  Json cancelled = Json::object();
  for (const auto& [reason, count] : v.cancelled) cancelled[std::string(name_of(reason))] = count;
  return {{"count", v.count}, {"average_hours", hours_json(v.average_hours)}, {"minimum_hours", hours_json(v.minimum_hours)},
          {"shorter_than_minimum", v.shorter_than_minimum}, {"cancelled", cancelled}};
}

Json driving_json(const std::optional<Driving>& d) {
  if (!d) return nullptr;
  return {{"km", d->km}, {"km_not_granted", d->km_not_granted}, {"amount", Json::parse(d->amount.to_decimal(2))},
          {"cap_per_month", d->cap_per_month ? Json(*d->cap_per_month) : Json(nullptr)}, {"rate_missing", d->rate_missing}};
}

Json date_json(const std::optional<Date>& d) { return d ? Json(d->iso()) : Json(nullptr); }

std::string_view basis_name(ForecastBasis basis) {
  switch (basis) {
  case ForecastBasis::plan: return "plan";
  case ForecastBasis::pace: return "pace";
  case ForecastBasis::none: return "none";
  }
  return "none";
}

Json forecast_json(const Forecast& f) {
  return {{"per_week", hours_json(f.per_day * Rational(7))}, {"pace_from", date_json(f.pace_from)}, {"pace_to", f.pace_end.iso()},
          {"planned_ahead", f.planned_ahead ? hours_json(*f.planned_ahead) : Json(nullptr)}, {"basis", std::string(basis_name(f.basis))},
          {"projected", hours_json(f.projected)}, {"granted", hours_json(f.granted)},
          {"days_left", f.days_left}, {"pace", std::string(pace_name(f.pace))}};
}

Json dogn_figures_json(const DognFigures& d) {
  return {{"granted", hours_json(d.granted)}, {"used", hours_json(d.used)}, {"left", hours_json(d.left())}};
}

Json dogn_json(const std::optional<DognReport>& d) {
  if (!d) return nullptr;
  return {{"period", dogn_figures_json(d->in_period)}, {"to_date", dogn_figures_json(d->to_date)},
          {"whole_grant", dogn_figures_json(d->whole_grant)},
          {"stays", {{"period", d->stays_in_period}, {"to_date", d->stays_to_date}}}};
}

std::string_view note_code(NoteKind kind) {
  switch (kind) {
  case NoteKind::km_rate_missing: return "km_rate_missing";
  case NoteKind::km_not_granted: return "km_not_granted";
  case NoteKind::status_text_missing: return "status_text_missing";
  case NoteKind::status_text_incomplete: return "status_text_incomplete";
  }
  return "";
}

Json notes_json(const std::vector<ReportNote>& notes) {
  Json out = Json::array();
  for (const auto& n : notes) out.push_back({{"code", std::string(note_code(n.kind))}, {"message", note_text(n, Language::en)}});
  return out;
}

Json contact_json(const Contact& c) { return {{"name", c.name}, {"phone", c.phone}, {"email", c.email}}; }

Json chart_json(const std::vector<ChartPoint>& chart) {
  Json out = Json::array();
  for (const auto& p : chart)
    out.push_back({{"day", p.day.iso()}, {"granted", hours_json(p.granted)}, {"used", p.used ? hours_json(*p.used) : Json(nullptr)}});
  return out;
}

std::string number(const Rational& v, const render::CsvDialect& dialect) { return render::csv_number(v, 2, dialect); }

Json planned_json(const StatusReport& r) { return r.planned_in_period ? render::hours_json(*r.planned_in_period) : Json(nullptr); }

} // namespace

std::string_view pace_name(Pace pace) {
  switch (pace) {
  case Pace::on_track: return "on_track";
  case Pace::over: return "over";
  case Pace::well_under: return "well_under";
  case Pace::no_pace: return "no_pace";
  }
  return "no_pace";
}

Json status_json(const StatusReport& r) {
  return {{"case", r.case_id},
          {"provider", r.provider},
          {"provider_details", {{"address", r.provider_address}, {"phone", r.provider_phone}, {"email", r.provider_email}, {"cvr", r.provider_cvr}}},
          {"municipality", r.municipality},
          {"municipality_case_number", r.municipality_case_number},
          {"legal_basis", r.legal_basis},
          {"child_initials", r.child_initials},
          {"caseworker", contact_json(r.caseworker)},
          {"coordinator", r.coordinator},
          {"coordinator_contact", contact_json(r.coordinator_contact)},
          {"help_started", {{"startup_meeting", date_json(r.help_started.startup_meeting)}, {"first_visit", date_json(r.help_started.first_visit)}}},
          {"status", std::string(name_of(r.status))},
          {"period", span_json(r.period)},
          {"period_label", r.period_label.empty() ? Json(nullptr) : Json(r.period_label)},
          {"period_running", r.period_running},
          {"grant", render::to_json(r.grant)},
          {"grant_period", span_json(r.grant_period)},
          {"as_of", r.as_of.iso()},
          {"hours",
           {{"period", figures_json(r.in_period)},
            {"to_date", figures_json(r.to_date)},
            {"whole_grant", figures_json({r.granted_total, r.to_date.used})},
            {"planned_in_period", planned_json(r)}}},
          {"dogn", dogn_json(r.dogn)},
          {"hours_by_kind", {{"period", kinds_json(r.kinds_in_period)}, {"to_date", kinds_json(r.kinds_to_date)}}},
          {"forecast", forecast_json(r.forecast)},
          {"visits", visits_json(r.visits)},
          {"driving", driving_json(r.driving)},
          {"continuity", continuity_json(r.continuity)},
          {"status_text", status_text_json(r)},
          {"chart", chart_json(r.chart)},
          {"sent", r.sent ? Json(r.sent->iso()) : Json(nullptr)},
          {"notes", notes_json(r.notes)}};
}

Json reports_json(const std::vector<StatusReport>& reports, const std::vector<Failure>& failures, Date as_of) {
  Json list = Json::array();
  for (const auto& r : reports) list.push_back(status_json(r));
  Json failed = Json::array();
  for (const auto& f : failures) failed.push_back({{"case", f.case_id}, {"message", f.message}});
  return {{"as_of", as_of.iso()}, {"reports", list}, {"failures", failed}};
}

Json summary_json(const std::string& municipality, const std::vector<StatusReport>& reports, Date as_of) {
  Json rows = Json::array();
  for (const auto& r : reports)
    rows.push_back({{"case", r.case_id},
                    {"child_initials", r.child_initials},
                    {"municipality_case_number", r.municipality_case_number},
                    {"period", span_json(r.period)},
                    {"hours", {{"period", figures_json(r.in_period)}, {"to_date", figures_json(r.to_date)},
                               {"whole_grant", figures_json({r.granted_total, r.to_date.used})},
                               {"planned_in_period", planned_json(r)}}},
                    {"pace", std::string(pace_name(r.forecast.pace))},
                    {"status_text", r.status_text ? (r.status_text->missing.empty() ? "complete" : "partial") : "missing"},
                    {"sent", r.sent ? Json(r.sent->iso()) : Json(nullptr)}});
  return {{"municipality", municipality}, {"as_of", as_of.iso()}, {"cases", rows}};
}

std::vector<std::string> csv_header() {
  return {"case", "municipality", "municipality_case_number", "child_initials", "coordinator", "period_from", "period_to",
          "granted_period", "used_period", "left_period", "granted_to_date", "used_to_date", "left_to_date", "granted_whole_grant",
          "visit_hours", "overnight_hours", "meeting_hours", "projected", "pace", "visits", "average_visit_hours",
          "visits_shorter_than_minimum", "cancelled_family", "cancelled_provider", "cancelled_illness", "km", "driving_amount",
          "fixed_staff", "fixed_share_percent", "staff_count", "substitutes", "status_text", "sent"};
}

std::vector<std::string> csv_fields(const StatusReport& r, const render::CsvDialect& d) {
  const auto cancelled = [&](hours::CancelledBy by) { return std::to_string(r.visits.cancelled.at(by)); };
  return {r.case_id, r.municipality, r.municipality_case_number, r.child_initials, r.coordinator,
          r.period.first.iso(), r.period.last.iso(),
          number(r.in_period.granted, d), number(r.in_period.used, d), number(r.in_period.left(), d),
          number(r.to_date.granted, d), number(r.to_date.used, d), number(r.to_date.left(), d), number(r.granted_total, d),
          number(r.kinds_in_period.visit, d), number(r.kinds_in_period.overnight, d), number(r.kinds_in_period.meeting, d),
          number(r.forecast.projected, d), render::csv_word(pace_name(r.forecast.pace), d),
          std::to_string(r.visits.count), number(r.visits.average_hours, d), std::to_string(r.visits.shorter_than_minimum),
          cancelled(hours::CancelledBy::family), cancelled(hours::CancelledBy::provider), cancelled(hours::CancelledBy::illness),
          r.driving ? std::to_string(r.driving->km) : "", r.driving ? number(r.driving->amount, d) : "",
          text::join(r.continuity.fixed_staff, " "),
          r.continuity.fixed_share ? format_number(*r.continuity.fixed_share * Rational(100), 1, d.numbers) : "",
          std::to_string(r.continuity.by_staff.size()), text::join(r.continuity.substitutes, " "),
          render::csv_word(r.status_text ? (r.status_text->missing.empty() ? "complete" : "partial") : "missing", d),
          r.sent ? r.sent->iso() : ""};
}

std::string reports_csv(const std::vector<StatusReport>& reports, const render::CsvDialect& dialect) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : reports) rows.push_back(csv_fields(r, dialect));
  return render::csv_table(csv_header(), rows, dialect);
}

} // namespace pusterum::report
