#include "store/read.hpp"

#include "model/hours_entry.hpp"
#include "privacy/cpr.hpp"
#include "rulebook/names.hpp"
#include "util/clock.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <utility>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::store {

namespace {

template <class T>
Source source_for(Loaded<T>& loaded, const std::string& file) {
  loaded.file = file;
  return Source{.file = file, .problems = &loaded.problems, .positions = &loaded.positions,
                .cpr_allowed_in_cpr_field = false, .flag_of = {}};
}

std::vector<Weekday> read_weekdays(Fields& f, const std::string& key) {
  std::vector<Weekday> days;
  f.for_each_scalar(key, [&](const YAML::Node& item, const std::string& path) {
    if (auto day = parse_weekday(item.Scalar()))
      days.push_back(*day);
    else
      f.source().report(item, path, fmt::format(fmt::runtime(_("{}: '{}' is not a weekday")), path, item.Scalar()),
                        _("use mon, tue, wed, thu, fri, sat or sun"));
  });
  return days;
}

std::vector<TimeWindow> read_windows(Fields& f, const std::string& key) {
  std::vector<TimeWindow> windows;
  f.for_each_scalar(key, [&](const YAML::Node& item, const std::string& path) {
    if (const auto w = parse_window(item.Scalar()))
      windows.push_back(*w);
    else
      f.source().report(item, path, fmt::format(fmt::runtime(_("{}: '{}' is not a time window")), path, item.Scalar()),
                        _("write it as \"HH:MM-HH:MM\" with the start first"));
  });
  return windows;
}

GrantTerms read_terms(Fields& f) {
  GrantTerms t;
  t.overnight = f.boolean("overnight").value_or(false);
  t.driving = f.boolean("driving").value_or(false);
  if (auto km = f.integer("km_cap_per_month", false, 0, 100000)) t.km_cap_per_month = static_cast<int>(*km);
  t.days = read_weekdays(f, "days");
  t.windows = read_windows(f, "windows");
  f.finish();
  return t;
}

Contact read_contact(Fields& f) {
  Contact c;
  c.name = f.text("name", true);
  c.phone = f.text("phone");
  c.email = f.text("email");
  f.finish();
  return c;
}

bool has_two_decimals(const Rational& q) { return (q * Rational(100)).denominator() == 1; }

Amendment amendment_from(Fields& a) {
  Amendment am;
  if (auto d = a.date("from", true)) am.from = *d;
  am.recorded = a.date("recorded", true);
  am.quantity = a.decimal("quantity");
  if (am.quantity && !has_two_decimals(*am.quantity))
    a.report("quantity", _("has more than 2 decimals"), _("municipalities grant in hours with at most 2 decimals"));
  am.unit = a.choice<GrantUnit>("unit");
  am.end = a.date("end");
  if (auto terms = a.map("terms")) am.terms = read_terms(*terms);
  am.note = a.text("note");
  return am;
}

void read_grant(Fields& f, Grant& g, bool with_amendments) {
  if (auto unit = f.choice<GrantUnit>("unit", true)) g.unit = *unit;
  if (auto q = f.decimal("quantity", true)) {
    if (*q <= Rational(0))
      f.report("quantity", _("must be more than 0"));
    else if (!has_two_decimals(*q))
      f.report("quantity", _("has more than 2 decimals"), _("municipalities grant in hours with at most 2 decimals"));
    else
      g.quantity = *q;
  }
  if (auto d = f.date("start", true)) g.start = *d;
  if (auto d = f.date("end", true)) g.end = *d;
  g.granted_on = f.date("granted_on");
  if (auto terms = f.map("terms")) g.terms = read_terms(*terms);
  if (!with_amendments) return;
  f.for_each_map("amendments", [&](Fields& a) { g.amendments.push_back(amendment_from(a)); });
}

Child read_child(Fields& f) {
  Child c;
  c.initials = f.text("initials", true);
  if (auto y = f.integer("birth_year", true, 1900, 2200)) c.birth_year = static_cast<int>(*y);
  if (f.source().cpr_allowed_in_cpr_field) {
    c.cpr = f.text("cpr");
    if (!c.cpr.empty() && !privacy::is_cpr(c.cpr)) {
      f.report("cpr", _("is not a CPR number"), _("write it as DDMMYY-SSSS"), rule::cpr_number);
      c.cpr.clear();
    }
  } else if (f.has("cpr")) {
    f.report("cpr", _("CPR numbers are turned off for this provider"),
             _("remove it; set cpr_field: true in pusterum.yaml only if an agreement requires CPR numbers"), rule::cpr_number);
    f.skip("cpr");
  }
  c.gender = f.text("gender");
  c.needs = f.texts("needs");
  c.required_competences = f.tags("required_competences");
  c.special_interests = f.texts("special_interests");
  c.wanted_personality = f.tags("wanted_personality");
  c.personality_notes = f.text("personality_notes");
  c.languages = f.tags("languages");
  f.finish();
  return c;
}

// The fields a referral and a stored case share.
void read_case_body(Fields& f, Case& c, bool stored) {
  if (auto child = f.map("child", true)) c.child = read_child(*child);
  c.household = f.text("household");
  if (auto place = f.choice<Place>("place", true)) c.place = *place;
  c.postcode = f.text("postcode");
  c.municipality = f.text("municipality", true);
  c.municipality_case_number = f.text("municipality_case_number", true);
  c.legal_basis = f.text("legal_basis", true);
  if (auto cw = f.map("caseworker", true)) c.caseworker = read_contact(*cw);
  c.coordinator = f.text("coordinator", true);
  c.preferred_gender = f.text("preferred_gender");
  c.do_not_match = f.tags("do_not_match");
  c.siblings = f.texts("siblings");
  if (auto grant = f.map("grant", true)) {
    read_grant(*grant, c.grant, stored);
    grant->finish();
  }
}

Staff staff_from(Fields& f) {
  Staff s;
  s.id = f.slug("id", true);
  s.name = f.text("name", true);
  s.phone = f.text("phone");
  s.email = f.text("email");
  s.gender = f.text("gender");
  s.active = f.boolean("active", true).value_or(true);
  s.employment_start = f.date("employment_start");
  s.postcode = f.text("postcode");
  s.areas = f.texts("areas");
  s.competences = f.tags("competences");
  s.interests = f.texts("interests");
  s.personality = f.tags("personality");
  s.languages = f.tags("languages");
  // The bounds of staff.schema.json: a week has 168 hours.
  s.max_hours_per_week = f.decimal("max_hours_per_week", false, {.min = Rational(0), .above_min = true, .max = Rational(168)});
  s.overnight = f.boolean("overnight").value_or(false);
  s.driving_licence = f.boolean("driving_licence").value_or(false);
  s.car = f.boolean("car").value_or(false);
  f.for_each_map("availability", [&](Fields& a) {
    Availability slot;
    if (auto day = a.choice<Weekday>("day", true)) slot.day = *day;
    const auto from = a.clock("from", true), to = a.clock("to", true, true);
    if (from && to && *to <= *from) a.report("to", _("ends before it starts"), _("write an end after the start (24:00 for midnight)"));
    if (from && to) slot.window = {*from, *to};
    s.availability.push_back(slot);
  });
  f.for_each_map("absences", [&](Fields& a) {
    Absence absence;
    if (auto d = a.date("from", true)) absence.from = *d;
    if (auto d = a.date("to", true)) absence.to = *d;
    absence.reason = a.text("reason");
    s.absences.push_back(absence);
  });
  if (auto attest = f.map("borneattest")) {
    BorneAttest b;
    if (auto d = attest->date("checked", true)) b.checked = *d;
    const std::string result = attest->text("result", true);
    if (result == "ok" || result == "not-ok")
      b.ok = result == "ok";
    else if (!result.empty())
      attest->report("result", fmt::format(fmt::runtime(_("'{}' is not allowed")), result), _("use ok or not-ok"));
    b.checked_by = attest->text("checked_by", true);
    attest->finish();
    s.borneattest = b;
  }
  s.deactivated = f.date("deactivated");
  if (s.deactivated && s.active)
    f.report("deactivated", _("is set but active is true"), _("set active: false, or remove deactivated"));
  f.finish();
  return s;
}

// A node built from flags (or a file already parsed) read like a file.
template <class T, class Read>
Loaded<T> read_node(const YAML::Node& node, Source source, Read read) {
  Loaded<T> loaded;
  loaded.file = source.file;
  source.problems = &loaded.problems;
  source.positions = &loaded.positions;
  Fields f(source, node, "");
  if (f.valid()) loaded.value = read(f);
  return loaded;
}

// "23:00-07:00": a window of every day that may wrap past midnight.
std::optional<DailyWindow> parse_daily_window(std::string_view s) {
  const auto parts = text::split(s, '-');
  if (parts.size() != 2) return std::nullopt;
  const auto start = parse_clock(text::trim(parts[0]), true), end = parse_clock(text::trim(parts[1]), true);
  if (!start || !end || *start == *end) return std::nullopt;
  return DailyWindow{*start, *end};
}

// "sat 00:00-mon 00:00": a window of every week, as minutes after Monday 00:00.
std::optional<WeeklyWindow> parse_weekly_window(std::string_view s) {
  const auto parts = text::split(s, '-');
  if (parts.size() != 2) return std::nullopt;
  auto week_minute = [](std::string_view part) -> std::optional<int> {
    const auto words = text::split(text::trim(part), ' ');
    if (words.size() != 2) return std::nullopt;
    const auto day = parse_weekday(words[0]);
    const auto minute = parse_clock(words[1]);
    if (!day || !minute) return std::nullopt;
    return static_cast<int>(*day) * 1440 + *minute;
  };
  const auto start = week_minute(parts[0]), end = week_minute(parts[1]);
  if (!start || !end || *start == *end) return std::nullopt;
  return WeeklyWindow{*start, *end};
}

void read_billing_terms(Fields& b, BillingTerms& terms) {
  auto daily = [&](const std::string& key, DailyWindow& into) {
    if (!b.has(key)) return;
    const std::string given = b.text(key);
    if (auto w = parse_daily_window(given))
      into = *w;
    else
      b.report(key, fmt::format(fmt::runtime(_("'{}' is not a time of day window")), given), _("write it as \"HH:MM-HH:MM\"; an end before the start runs past midnight"));
  };
  daily("evening", terms.evening);
  daily("night", terms.night);
  if (b.has("weekend")) {
    const std::string given = b.text("weekend");
    if (auto w = parse_weekly_window(given))
      terms.weekend = *w;
    else
      b.report("weekend", fmt::format(fmt::runtime(_("'{}' is not a window of the week")), given), _("write it as \"sat 00:00-mon 00:00\""));
  }
  if (auto v = b.choice<StayNights>("stay_nights")) terms.stay_nights = *v;
  b.for_each_scalar("billed_cancellations", [&](const YAML::Node& item, const std::string& path) {
    if (parse_enum<CancelledBy>(item.Scalar()))
      terms.billed_cancellations.push_back(item.Scalar());
    else
      b.source().report(item, path, fmt::format(fmt::runtime(_("{}: '{}' is not who cancels")), path, item.Scalar()), _("use family, provider or illness"));
  });
  b.finish();
}

} // namespace

Loaded<Provider> read_provider(const std::string& text, const std::string& file) {
  Loaded<Provider> loaded;
  const Source source = source_for(loaded, file);
  const auto node = parse_yaml(text, source);
  if (!node) return loaded;
  Fields f(source, *node, "");
  if (!f.valid()) return loaded;
  Provider p;
  p.name = f.text("provider", true);
  p.address = f.text("address");
  p.phone = f.text("phone");
  p.email = f.text("email");
  p.cvr = f.text("cvr");
  f.for_each_map("coordinators", [&](Fields& c) {
    p.coordinators.push_back({.name = c.text("name", true), .phone = c.text("phone"), .email = c.text("email")});
  });
  if (f.has("time_zone")) p.time_zone = f.text("time_zone");
  if (!p.time_zone.empty()) {
    // Every command works in this zone: a name the tz database lacks is a
    // problem of this file, at this line.
    try {
      const Zone zone(p.time_zone);
    } catch (const Error& e) {
      source.report(std::as_const(*node)["time_zone"], "time_zone", e.what(), e.hint());
    }
  }
  if (auto lang = f.choice<Language>("language")) p.language = *lang;
  p.cpr_field = f.boolean("cpr_field").value_or(false);
  if (auto contract = f.map("contract")) {
    if (auto v = contract->decimal("minimum_visit_hours", false, {.min = Rational(0), .above_min = true, .max = Rational(24)}))
      p.contract.minimum_visit_hours = *v;
    if (auto v = contract->integer("report_interval_months", false, 1, 12)) p.contract.report_interval_months = static_cast<int>(*v);
    if (auto v = contract->choice<ReportPeriods>("report_periods")) p.contract.report_periods = *v;
    if (auto v = contract->integer("borneattest_renewal_months", false, 1, 120))
      p.contract.borneattest_renewal_months = static_cast<int>(*v);
    if (auto v = contract->integer("log_grace_minutes", false, 0, 1440)) p.contract.log_grace_minutes = static_cast<int>(*v);
    if (auto by = contract->map("report_interval_months_by_municipality")) {
      for (const auto& name : by->keys())
        if (auto months = by->integer(name, false, 1, 12)) p.contract.report_interval_months_by_municipality[name] = static_cast<int>(*months);
      by->finish();
    }
    contract->finish();
  }
  f.for_each_scalar("special_days", [&](const YAML::Node& item, const std::string& path) {
    const std::string& s = item.Scalar();
    if (s.size() == 5 && s[2] == '-' && Date::parse("2024-" + s))
      p.special_days.push_back(s);
    else
      source.report(item, path, fmt::format(fmt::runtime(_("{}: '{}' is not a day of the year")), path, s), _("write it as \"MM-DD\", like \"12-24\""));
  });
  f.for_each_map("rates", [&](Fields& r) {
    RateSet rate;
    const Fields::DecimalBounds amount{.min = Rational(0), .above_min = false, .max = std::nullopt}; // kr., never negative
    if (auto d = r.date("from", true)) rate.from = *d;
    rate.hour = r.decimal("hour", false, amount);
    rate.overnight_block = r.decimal("overnight_block", false, amount);
    rate.awake_night_hour = r.decimal("awake_night_hour", false, amount);
    rate.evening_supplement = r.decimal("evening_supplement", false, amount);
    rate.weekend_supplement = r.decimal("weekend_supplement", false, amount);
    rate.holiday_supplement = r.decimal("holiday_supplement", false, amount);
    rate.km = r.decimal("km", false, amount);
    rate.night_supplement = r.decimal("night_supplement", false, amount);
    p.rates.push_back(rate);
  });
  if (auto match = f.map("match")) {
    if (auto weights = match->map("weights")) {
      for (const auto& name : weights->keys())
        if (auto points = weights->integer(name, false, 0, 1000)) p.match_weights[name] = static_cast<int>(*points);
      weights->finish();
    }
    match->finish();
  }
  if (auto git = f.map("git")) {
    p.git_autocommit = git->boolean("autocommit").value_or(false);
    git->finish();
  }
  if (auto rules = f.map("rules")) {
    for (const auto& name : rules->keys())
      if (auto severity = rules->choice<Severity>(name)) p.rules[name] = *severity;
    rules->finish();
  }
  if (auto billing = f.map("billing")) read_billing_terms(*billing, p.billing);
  f.finish();
  loaded.value = std::move(p);
  return loaded;
}

Loaded<Staff> read_staff(const std::string& text, const std::string& file) {
  Loaded<Staff> loaded;
  const Source source = source_for(loaded, file);
  const auto node = parse_yaml(text, source);
  if (!node) return loaded;
  Fields f(source, *node, "");
  if (!f.valid()) return loaded;
  loaded.value = staff_from(f);
  return loaded;
}

Loaded<Staff> read_staff(const YAML::Node& node, Source source) { return read_node<Staff>(node, source, staff_from); }

Loaded<Amendment> read_amendment(const YAML::Node& node, Source source) {
  return read_node<Amendment>(node, source, [](Fields& f) {
    Amendment a = amendment_from(f);
    f.finish();
    return a;
  });
}

Loaded<Case> read_case(const std::string& text, const std::string& file, const Provider& provider) {
  Loaded<Case> loaded;
  Source source = source_for(loaded, file);
  source.cpr_allowed_in_cpr_field = provider.cpr_field;
  const auto node = parse_yaml(text, source);
  if (!node) return loaded;
  Fields f(source, *node, "");
  if (!f.valid()) return loaded;
  Case c;
  c.id = f.text("id", true);
  if (auto status = f.choice<CaseStatus>("status", true)) c.status = *status;
  f.for_each_map("status_history", [&](Fields& h) {
    StatusChange change;
    if (auto d = h.date("date", true)) change.date = *d;
    if (auto st = h.choice<CaseStatus>("status", true)) change.status = *st;
    change.note = h.text("note");
    c.status_history.push_back(change);
  });
  if (!f.has("status_history")) f.report("status_history", _("is missing"), _("add the case's status changes, oldest first"));
  read_case_body(f, c, true);
  c.startup_meeting = f.date("startup_meeting");
  c.fixed_staff = f.slug("fixed_staff");
  c.substitutes = f.tags("substitutes");
  f.for_each_map("staffing_history", [&](Fields& h) {
    StaffingChange change;
    if (auto d = h.date("date", true)) change.date = *d;
    change.fixed = h.slug("fixed", true);
    change.substitutes = h.tags("substitutes");
    change.forced = h.text("forced");
    change.overrode = h.tags("overrode");
    if (change.forced.empty() != change.overrode.empty())
      h.report(change.forced.empty() ? "overrode" : "forced", _("forced and overrode go together"),
               _("give the reason and the rules it overrode, or neither"));
    c.staffing_history.push_back(change);
  });
  f.finish();
  loaded.value = std::move(c);
  return loaded;
}

Loaded<Case> read_referral(const YAML::Node& node, Source source, const Provider& provider) {
  source.cpr_allowed_in_cpr_field = provider.cpr_field;
  return read_node<Case>(node, source, [](Fields& f) {
    Case c;
    read_case_body(f, c, false);
    f.finish();
    return c;
  });
}

} // namespace pusterum::store
