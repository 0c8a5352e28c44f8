#include "store/codec.hpp"
#include "store/binary.hpp"

#include <cstring>

namespace pusterum::store {

namespace {

void put(Out& o, const TimeWindow& w) {
  o.i32(w.start);
  o.i32(w.end);
}
TimeWindow get_window(In& in) {
  TimeWindow w;
  w.start = in.i32();
  w.end = in.i32();
  return w;
}

void put(Out& o, const GrantTerms& t) {
  o.flag(t.overnight);
  o.flag(t.driving);
  o.flag(t.km_cap_per_month.has_value());
  if (t.km_cap_per_month) o.i32(*t.km_cap_per_month);
  o.list(t.days, [&](Weekday d) { o.choice(d); });
  o.list(t.windows, [&](const TimeWindow& w) { put(o, w); });
}
GrantTerms get_terms(In& in) {
  GrantTerms t;
  t.overnight = in.flag();
  t.driving = in.flag();
  if (in.flag()) t.km_cap_per_month = in.i32();
  t.days = in.list<Weekday>([&] { return in.choice<Weekday>(7); });
  t.windows = in.list<TimeWindow>([&] { return get_window(in); });
  return t;
}

constexpr uint8_t units = 6, statuses = 5, places = 3;

void put(Out& o, const Grant& g) {
  o.choice(g.unit);
  o.number(g.quantity);
  o.date(g.start);
  o.date(g.end);
  o.date(g.granted_on);
  put(o, g.terms);
  o.list(g.amendments, [&](const Amendment& a) {
    o.date(a.from);
    o.date(a.recorded);
    o.number(a.quantity);
    o.flag(a.unit.has_value());
    if (a.unit) o.choice(*a.unit);
    o.date(a.end);
    o.flag(a.terms.has_value());
    if (a.terms) put(o, *a.terms);
    o.text(a.note);
  });
}
Grant get_grant(In& in) {
  Grant g;
  g.unit = in.choice<GrantUnit>(units);
  g.quantity = in.number();
  g.start = in.date();
  g.end = in.date();
  g.granted_on = in.maybe_date();
  g.terms = get_terms(in);
  g.amendments = in.list<Amendment>([&] {
    Amendment a;
    a.from = in.date();
    a.recorded = in.maybe_date();
    a.quantity = in.maybe_number();
    if (in.flag()) a.unit = in.choice<GrantUnit>(units);
    a.end = in.maybe_date();
    if (in.flag()) a.terms = get_terms(in);
    a.note = in.text();
    return a;
  });
  return g;
}

} // namespace

std::string encode(const Staff& s) {
  Out o;
  o.text(s.id);
  o.text(s.name);
  o.text(s.phone);
  o.text(s.email);
  o.text(s.gender);
  o.flag(s.active);
  o.date(s.employment_start);
  o.text(s.postcode);
  o.texts(s.areas);
  o.texts(s.competences);
  o.texts(s.interests);
  o.texts(s.personality);
  o.texts(s.languages);
  o.number(s.max_hours_per_week);
  o.flag(s.overnight);
  o.flag(s.driving_licence);
  o.flag(s.car);
  o.list(s.availability, [&](const Availability& a) {
    o.choice(a.day);
    put(o, a.window);
  });
  o.list(s.absences, [&](const Absence& a) {
    o.date(a.from);
    o.date(a.to);
    o.text(a.reason);
  });
  o.flag(s.borneattest.has_value());
  if (s.borneattest) {
    o.date(s.borneattest->checked);
    o.flag(s.borneattest->ok);
    o.text(s.borneattest->checked_by);
  }
  o.date(s.deactivated);
  return o.take();
}

Staff decode_staff(std::string_view bytes) {
  In in(bytes);
  Staff s;
  s.id = in.text();
  s.name = in.text();
  s.phone = in.text();
  s.email = in.text();
  s.gender = in.text();
  s.active = in.flag();
  s.employment_start = in.maybe_date();
  s.postcode = in.text();
  s.areas = in.texts();
  s.competences = in.texts();
  s.interests = in.texts();
  s.personality = in.texts();
  s.languages = in.texts();
  s.max_hours_per_week = in.maybe_number();
  s.overnight = in.flag();
  s.driving_licence = in.flag();
  s.car = in.flag();
  s.availability = in.list<Availability>([&] {
    Availability a;
    a.day = in.choice<Weekday>(7);
    a.window = get_window(in);
    return a;
  });
  s.absences = in.list<Absence>([&] {
    Absence a;
    a.from = in.date();
    a.to = in.date();
    a.reason = in.text();
    return a;
  });
  if (in.flag()) {
    BorneAttest b;
    b.checked = in.date();
    b.ok = in.flag();
    b.checked_by = in.text();
    s.borneattest = b;
  }
  s.deactivated = in.maybe_date();
  in.finish();
  return s;
}

std::string encode(const Case& c) {
  Out o;
  o.text(c.id);
  o.choice(c.status);
  o.list(c.status_history, [&](const StatusChange& h) {
    o.date(h.date);
    o.choice(h.status);
    o.text(h.note);
  });
  const Child& k = c.child;
  o.text(k.initials);
  o.i32(k.birth_year);
  o.text(k.cpr);
  o.text(k.gender);
  o.texts(k.needs);
  o.texts(k.required_competences);
  o.texts(k.special_interests);
  o.texts(k.wanted_personality);
  o.text(k.personality_notes);
  o.texts(k.languages);
  o.text(c.household);
  o.choice(c.place);
  o.text(c.postcode);
  o.text(c.municipality);
  o.text(c.municipality_case_number);
  o.text(c.legal_basis);
  o.text(c.caseworker.name);
  o.text(c.caseworker.phone);
  o.text(c.caseworker.email);
  o.text(c.coordinator);
  o.text(c.preferred_gender);
  o.texts(c.do_not_match);
  o.texts(c.siblings);
  o.date(c.startup_meeting);
  o.text(c.fixed_staff);
  o.texts(c.substitutes);
  o.list(c.staffing_history, [&](const StaffingChange& h) {
    o.date(h.date);
    o.text(h.fixed);
    o.texts(h.substitutes);
    o.text(h.forced);
    o.texts(h.overrode);
  });
  put(o, c.grant);
  return o.take();
}

Case decode_case(std::string_view bytes) {
  In in(bytes);
  Case c;
  c.id = in.text();
  c.status = in.choice<CaseStatus>(statuses);
  c.status_history = in.list<StatusChange>([&] {
    StatusChange h;
    h.date = in.date();
    h.status = in.choice<CaseStatus>(statuses);
    h.note = in.text();
    return h;
  });
  Child& k = c.child;
  k.initials = in.text();
  k.birth_year = in.i32();
  k.cpr = in.text();
  k.gender = in.text();
  k.needs = in.texts();
  k.required_competences = in.texts();
  k.special_interests = in.texts();
  k.wanted_personality = in.texts();
  k.personality_notes = in.text();
  k.languages = in.texts();
  c.household = in.text();
  c.place = in.choice<Place>(places);
  c.postcode = in.text();
  c.municipality = in.text();
  c.municipality_case_number = in.text();
  c.legal_basis = in.text();
  c.caseworker.name = in.text();
  c.caseworker.phone = in.text();
  c.caseworker.email = in.text();
  c.coordinator = in.text();
  c.preferred_gender = in.text();
  c.do_not_match = in.texts();
  c.siblings = in.texts();
  c.startup_meeting = in.maybe_date();
  c.fixed_staff = in.text();
  c.substitutes = in.texts();
  c.staffing_history = in.list<StaffingChange>([&] {
    StaffingChange h;
    h.date = in.date();
    h.fixed = in.text();
    h.substitutes = in.texts();
    h.forced = in.text();
    h.overrode = in.texts();
    return h;
  });
  c.grant = get_grant(in);
  in.finish();
  return c;
}

} // namespace pusterum::store
