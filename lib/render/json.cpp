#include "render/json.hpp"

#include "privacy/cpr.hpp"
#include "store/write.hpp"

namespace pusterum::render {

namespace {

Json optional_date(const std::optional<Date>& d) { return d ? Json(d->iso()) : Json(nullptr); }

Json number(const Rational& r) { return Json::parse(store::decimal_text(r)); }

Json terms_json(const GrantTerms& t) {
  Json days = Json::array(), windows = Json::array();
  for (Weekday d : t.days) days.push_back(std::string(weekday_name(d)));
  for (const auto& w : t.windows) windows.push_back(format_clock(w.start) + "-" + format_clock(w.end));
  return Json{{"overnight", t.overnight},
              {"driving", t.driving},
              {"km_cap_per_month", t.km_cap_per_month ? Json(*t.km_cap_per_month) : Json(nullptr)},
              {"days", days},
              {"windows", windows}};
}

} // namespace

Json hours_json(const Rational& hours) { return Json::parse(hours.to_decimal(2)); }

Json to_json(const Grant& g) {
  Json amendments = Json::array();
  for (const auto& a : g.amendments) {
    amendments.push_back(Json{{"from", a.from.iso()},
                              {"recorded", optional_date(a.recorded)},
                              {"quantity", a.quantity ? number(*a.quantity) : Json(nullptr)},
                              {"unit", a.unit ? Json(std::string(name_of(*a.unit))) : Json(nullptr)},
                              {"end", optional_date(a.end)},
                              {"terms", a.terms ? terms_json(*a.terms) : Json(nullptr)},
                              {"note", a.note}});
  }
  return Json{{"unit", std::string(name_of(g.unit))},
              {"quantity", number(g.quantity)},
              {"start", g.start.iso()},
              {"end", g.end.iso()},
              {"granted_on", optional_date(g.granted_on)},
              {"terms", terms_json(g.terms)},
              {"amendments", amendments}};
}

Json to_json(const Case& c) {
  Json history = Json::array();
  for (const auto& h : c.status_history)
    history.push_back(Json{{"date", h.date.iso()}, {"status", std::string(name_of(h.status))}, {"note", h.note}});
  Json staffing = Json::array();
  for (const auto& h : c.staffing_history)
    staffing.push_back(Json{{"date", h.date.iso()},
                            {"fixed", h.fixed},
                            {"substitutes", h.substitutes},
                            {"forced", h.forced.empty() ? Json(nullptr) : Json(h.forced)},
                            {"overrode", h.overrode}});
  Json child{{"initials", c.child.initials}, {"birth_year", c.child.birth_year}};
  if (!c.child.cpr.empty()) child["cpr"] = privacy::mask_cpr(c.child.cpr);
  child["gender"] = c.child.gender;
  child["needs"] = c.child.needs;
  child["required_competences"] = c.child.required_competences;
  child["special_interests"] = c.child.special_interests;
  child["wanted_personality"] = c.child.wanted_personality;
  child["personality_notes"] = c.child.personality_notes;
  child["languages"] = c.child.languages;
  return Json{{"id", c.id},
              {"status", std::string(name_of(c.status))},
              {"status_history", history},
              {"child", child},
              {"household", c.household},
              {"place", std::string(name_of(c.place))},
              {"postcode", c.postcode},
              {"municipality", c.municipality},
              {"municipality_case_number", c.municipality_case_number},
              {"legal_basis", c.legal_basis},
              {"caseworker", Json{{"name", c.caseworker.name}, {"phone", c.caseworker.phone}, {"email", c.caseworker.email}}},
              {"coordinator", c.coordinator},
              {"preferred_gender", c.preferred_gender},
              {"do_not_match", c.do_not_match},
              {"siblings", c.siblings},
              {"startup_meeting", optional_date(c.startup_meeting)},
              {"fixed_staff", c.fixed_staff.empty() ? Json(nullptr) : Json(c.fixed_staff)},
              {"substitutes", c.substitutes},
              {"staffing_history", staffing},
              {"grant", to_json(c.grant)}};
}

Json to_json(const Staff& s) {
  Json availability = Json::array(), absences = Json::array();
  for (const auto& a : s.availability)
    availability.push_back(Json{{"day", std::string(weekday_name(a.day))},
                                {"from", format_clock(a.window.start)},
                                {"to", format_clock(a.window.end)}});
  for (const auto& a : s.absences)
    absences.push_back(Json{{"from", a.from.iso()}, {"to", a.to.iso()}, {"reason", a.reason}});
  Json attest = nullptr;
  if (s.borneattest)
    attest = Json{{"checked", s.borneattest->checked.iso()},
                  {"result", s.borneattest->ok ? "ok" : "not-ok"},
                  {"checked_by", s.borneattest->checked_by}};
  return Json{{"id", s.id},
              {"name", s.name},
              {"phone", s.phone},
              {"email", s.email},
              {"gender", s.gender},
              {"active", s.active},
              {"employment_start", optional_date(s.employment_start)},
              {"postcode", s.postcode},
              {"areas", s.areas},
              {"competences", s.competences},
              {"interests", s.interests},
              {"personality", s.personality},
              {"languages", s.languages},
              {"max_hours_per_week", s.max_hours_per_week ? number(*s.max_hours_per_week) : Json(nullptr)},
              {"overnight", s.overnight},
              {"driving_licence", s.driving_licence},
              {"car", s.car},
              {"availability", availability},
              {"absences", absences},
              {"borneattest", attest},
              {"deactivated", optional_date(s.deactivated)}};
}

Json to_json(const Location& where) {
  return Json{{"file", where.file.empty() ? Json(nullptr) : Json(where.file)},
              {"line", where.line > 0 ? Json(where.line) : Json(nullptr)},
              {"column", where.column > 0 ? Json(where.column) : Json(nullptr)},
              {"flag", where.flag.empty() ? Json(nullptr) : Json(where.flag)}};
}

Json to_json(const Problem& p) {
  return Json{{"rule", p.rule},
              {"severity", p.severity == Severity::block ? "error" : "warning"},
              {"where", to_json(p.where)},
              {"message", privacy::hide_cpr(p.message)},
              {"hint", privacy::hide_cpr(p.hint)}};
}

std::string dump(const Json& json) { return json.dump(2) + "\n"; }

} // namespace pusterum::render
