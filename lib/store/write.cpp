#include "store/write.hpp"

#include "store/yaml_style.hpp"
#include "util/clock.hpp"

#include <yaml-cpp/yaml.h>

namespace pusterum::store {

namespace {

constexpr const char* staff_header =
  "# yaml-language-server: $schema=../.pusterum/schemas/staff.schema.json\n"
  "# Written by pusterum: change it with `pusterum staff edit|deactivate`. Comments are not kept.\n";
constexpr const char* case_header =
  "# yaml-language-server: $schema=../../.pusterum/schemas/case.schema.json\n"
  "# Written by pusterum: change it with `pusterum case amend|close|reopen` and `pusterum match`. Comments are not kept.\n";

class Writer {
public:
  Writer() { out_ << YAML::BeginMap; }

  std::string finish(const char* header) {
    out_ << YAML::EndMap;
    return std::string(header) + escaped_.put_back(out_.c_str()) + "\n";
  }

  void key(const char* k) { out_ << YAML::Key << k << YAML::Value; }

  void text(const char* k, const std::string& v) {
    if (v.empty()) return;
    key(k);
    scalar(v);
  }
  void required_text(const char* k, const std::string& v) {
    key(k);
    scalar(v);
  }
  void plain(const char* k, const std::string& v) { key(k); out_ << v; }
  // Times of day are always quoted: YAML 1.1 reads 14:00 as the number 840.
  void quoted(const char* k, const std::string& v) { key(k); out_ << YAML::DoubleQuoted << v; }
  void boolean(const char* k, bool v) { key(k); out_ << v; }
  void flag(const char* k, bool v) { if (v) boolean(k, v); }
  void date(const char* k, Date d) { plain(k, d.iso()); }
  void date(const char* k, const std::optional<Date>& d) { if (d) date(k, *d); }
  void number(const char* k, const Rational& v) { plain(k, decimal_text(v)); }
  void number(const char* k, const std::optional<Rational>& v) { if (v) number(k, *v); }
  void integer(const char* k, long long v) { key(k); out_ << v; }

  void list(const char* k, const std::vector<std::string>& items, bool quote = false) {
    if (items.empty()) return;
    key(k);
    out_ << YAML::Flow << YAML::BeginSeq;
    for (const auto& item : items) {
      if (quote && !EscapedScalars::needed(item))
        out_ << YAML::DoubleQuoted << item;
      else
        scalar(item);
    }
    out_ << YAML::EndSeq;
  }

  template <class Fn>
  void map(const char* k, Fn&& body) {
    key(k);
    out_ << YAML::BeginMap;
    body();
    out_ << YAML::EndMap;
  }

  template <class T, class Fn>
  void maps(const char* k, const std::vector<T>& items, Fn&& body) {
    if (items.empty()) return;
    key(k);
    out_ << YAML::BeginSeq;
    for (const auto& item : items) {
      out_ << YAML::BeginMap;
      body(item);
      out_ << YAML::EndMap;
    }
    out_ << YAML::EndSeq;
  }

  void scalar(const std::string& v) {
    if (EscapedScalars::needed(v))
      out_ << escaped_.stand_in(v);
    else if (v.find('\n') != std::string::npos)
      out_ << YAML::DoubleQuoted << v; // a literal block would add a final newline
    else if (reads_as_non_text(v))
      out_ << YAML::DoubleQuoted << v;
    else
      out_ << v;
  }

private:
  YAML::Emitter out_;
  EscapedScalars escaped_;
};

std::vector<std::string> names_of(const std::vector<Weekday>& days) {
  std::vector<std::string> out;
  for (Weekday d : days) out.emplace_back(weekday_name(d));
  return out;
}

std::vector<std::string> names_of(const std::vector<TimeWindow>& windows) {
  std::vector<std::string> out;
  for (const auto& w : windows) out.push_back(format_clock(w.start) + "-" + format_clock(w.end));
  return out;
}

void write_terms(Writer& w, const GrantTerms& t) {
  w.boolean("overnight", t.overnight);
  w.boolean("driving", t.driving);
  if (t.km_cap_per_month) w.integer("km_cap_per_month", *t.km_cap_per_month);
  w.list("days", names_of(t.days));
  w.list("windows", names_of(t.windows), true);
}

void write_grant(Writer& w, const Grant& g) {
  w.plain("unit", std::string(name_of(g.unit)));
  w.number("quantity", g.quantity);
  w.date("start", g.start);
  w.date("end", g.end);
  w.date("granted_on", g.granted_on);
  w.map("terms", [&] { write_terms(w, g.terms); });
  w.maps("amendments", g.amendments, [&](const Amendment& a) {
    w.date("from", a.from);
    w.date("recorded", a.recorded);
    w.number("quantity", a.quantity);
    if (a.unit) w.plain("unit", std::string(name_of(*a.unit)));
    w.date("end", a.end);
    if (a.terms) w.map("terms", [&] { write_terms(w, *a.terms); });
    w.text("note", a.note);
  });
}

} // namespace

std::string yaml_text(const std::string& value) {
  if (EscapedScalars::needed(value)) return double_quoted(value);
  YAML::Emitter out;
  if (reads_as_non_text(value))
    out << YAML::DoubleQuoted << value;
  else
    out << value;
  return out.c_str();
}

std::string decimal_text(const Rational& value) {
  for (int places = 0; places <= 6; ++places) {
    const std::string s = value.to_decimal(places);
    if (Rational::parse_decimal(s) == value) return s;
  }
  return value.to_decimal(6);
}

std::string write_staff(const Staff& s) {
  Writer w;
  w.required_text("id", s.id); // a staff ID is made from a name: "yes", "on" and "123" are IDs too
  w.required_text("name", s.name);
  w.text("phone", s.phone);
  w.text("email", s.email);
  w.text("gender", s.gender);
  w.boolean("active", s.active);
  w.date("employment_start", s.employment_start);
  w.text("postcode", s.postcode);
  w.list("areas", s.areas);
  w.list("competences", s.competences);
  w.list("interests", s.interests);
  w.list("personality", s.personality);
  w.list("languages", s.languages);
  w.number("max_hours_per_week", s.max_hours_per_week);
  w.flag("overnight", s.overnight);
  w.flag("driving_licence", s.driving_licence);
  w.flag("car", s.car);
  w.maps("availability", s.availability, [&](const Availability& a) {
    w.plain("day", std::string(weekday_name(a.day)));
    w.quoted("from", format_clock(a.window.start));
    w.quoted("to", format_clock(a.window.end));
  });
  w.maps("absences", s.absences, [&](const Absence& a) {
    w.date("from", a.from);
    w.date("to", a.to);
    w.text("reason", a.reason);
  });
  if (s.borneattest) {
    w.map("borneattest", [&] {
      w.date("checked", s.borneattest->checked);
      w.plain("result", s.borneattest->ok ? "ok" : "not-ok");
      w.required_text("checked_by", s.borneattest->checked_by);
    });
  }
  w.date("deactivated", s.deactivated);
  return w.finish(staff_header);
}

std::string write_case(const Case& c) {
  Writer w;
  w.required_text("id", c.id);
  w.plain("status", std::string(name_of(c.status)));
  w.maps("status_history", c.status_history, [&](const StatusChange& h) {
    w.date("date", h.date);
    w.plain("status", std::string(name_of(h.status)));
    w.text("note", h.note);
  });
  w.map("child", [&] {
    w.required_text("initials", c.child.initials);
    w.integer("birth_year", c.child.birth_year);
    w.text("cpr", c.child.cpr);
    w.text("gender", c.child.gender);
    w.list("needs", c.child.needs);
    w.list("required_competences", c.child.required_competences);
    w.list("special_interests", c.child.special_interests);
    w.list("wanted_personality", c.child.wanted_personality);
    w.text("personality_notes", c.child.personality_notes);
    w.list("languages", c.child.languages);
  });
  w.text("household", c.household);
  w.plain("place", std::string(name_of(c.place)));
  w.text("postcode", c.postcode);
  w.required_text("municipality", c.municipality);
  w.required_text("municipality_case_number", c.municipality_case_number);
  w.required_text("legal_basis", c.legal_basis);
  w.map("caseworker", [&] {
    w.required_text("name", c.caseworker.name);
    w.text("phone", c.caseworker.phone);
    w.text("email", c.caseworker.email);
  });
  w.required_text("coordinator", c.coordinator);
  w.text("preferred_gender", c.preferred_gender);
  w.list("do_not_match", c.do_not_match);
  w.list("siblings", c.siblings);
  w.date("startup_meeting", c.startup_meeting);
  w.text("fixed_staff", c.fixed_staff);
  w.list("substitutes", c.substitutes);
  w.maps("staffing_history", c.staffing_history, [&](const StaffingChange& h) {
    w.date("date", h.date);
    w.required_text("fixed", h.fixed);
    w.list("substitutes", h.substitutes);
    w.text("forced", h.forced);
    w.list("overrode", h.overrode);
  });
  w.map("grant", [&] { write_grant(w, c.grant); });
  return w.finish(case_header);
}

} // namespace pusterum::store
