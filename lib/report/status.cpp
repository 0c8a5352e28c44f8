#include "report/status.hpp"

#include "hours/dogn.hpp"
#include "hours/ledger.hpp"

#include <algorithm>
#include <set>

namespace pusterum::report {

namespace {

using hours::Entry;
using hours::Kind;

bool starts_in(const Entry& e, grant::Span span) { return span.first <= e.start.local.date && e.start.local.date <= span.last; }

HoursByKind hours_by_kind(const std::vector<Entry>& entries, grant::Span span) {
  HoursByKind out;
  for (const auto& e : entries) {
    if (!starts_in(e, span)) continue;
    if (e.kind == Kind::visit) out.visit += e.hours();
    if (e.kind == Kind::overnight) out.overnight += e.hours();
    if (e.kind == Kind::meeting) out.meeting += e.hours();
  }
  return out;
}

Visits count_visits(const std::vector<Entry>& entries, grant::Span span, const Rational& minimum) {
  Visits v;
  v.minimum_hours = minimum;
  for (auto reason : {hours::CancelledBy::family, hours::CancelledBy::provider, hours::CancelledBy::illness}) v.cancelled[reason] = 0;
  Rational total;
  for (const auto& e : entries) {
    if (!starts_in(e, span)) continue;
    if (e.kind == Kind::cancelled && e.cancelled_by) ++v.cancelled[*e.cancelled_by];
    if (e.kind != Kind::visit) continue;
    ++v.count;
    total += e.hours();
    if (e.hours() < minimum) ++v.shorter_than_minimum;
  }
  if (v.count > 0) v.average_hours = total / Rational(v.count);
  return v;
}

// Driving counts when the grant includes it on any day of the period.
std::optional<grant::State> driving_state(const Grant& g, grant::Span span) {
  std::vector<Date> changes{span.first};
  for (const auto& a : g.amendments)
    if (span.first < a.from && a.from <= span.last) changes.push_back(a.from);
  for (Date day : changes)
    if (const auto state = grant::state_on(g, day); state.terms.driving) return state;
  return std::nullopt;
}

// The newest km rate whose `from` is not after `day`.
std::optional<Rational> km_rate_on(const Provider& p, Date day) {
  std::optional<std::pair<Date, Rational>> best;
  for (const auto& rates : p.rates)
    if (rates.km && rates.from <= day && (!best || rates.from >= best->first)) best = std::pair{rates.from, *rates.km};
  if (!best) return std::nullopt;
  return best->second;
}

std::optional<Driving> count_driving(const StatusInput& in) {
  const auto state = driving_state(in.c.grant, in.period);
  if (!state) return std::nullopt;
  Driving d;
  d.cap_per_month = state->terms.km_cap_per_month;
  for (const auto& e : in.effective) {
    if (!e.km || !e.uses_grant() || !starts_in(e, in.period)) continue;
    // As billing counts them: only km on a day the grant pays for driving.
    if (!grant::driving_granted_on(in.c.grant, e.start.local.date)) {
      d.km_not_granted += *e.km;
      continue;
    }
    d.km += *e.km;
    if (const auto rate = km_rate_on(in.provider, e.start.local.date)) d.amount += Rational(*e.km) * *rate;
    else d.rate_missing = true;
  }
  return d;
}

std::vector<std::string> fixed_staff_during(const Case& c, grant::Span span) {
  std::vector<std::string> out{fixed_staff_on(c, span.first)};
  for (const auto& h : c.staffing_history)
    if (span.first < h.date && h.date <= span.last && h.fixed != out.back()) out.push_back(h.fixed);
  out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());
  return out;
}

Continuity count_continuity(const Case& c, const std::vector<Entry>& entries, grant::Span span) {
  Continuity out;
  out.fixed_staff = fixed_staff_during(c, span);
  std::map<std::string, StaffHours> by_staff;
  Rational used;
  for (const auto& e : entries) {
    if (!e.uses_grant() || !starts_in(e, span)) continue;
    const bool fixed = e.staff == fixed_staff_on(c, e.start.local.date);
    auto [it, fresh] = by_staff.try_emplace(e.staff, StaffHours{e.staff, {}, true});
    it->second.hours += e.hours();
    it->second.fixed = it->second.fixed && fixed;
    if (fixed) out.fixed_hours += e.hours();
    used += e.hours();
  }
  if (used > Rational(0)) out.fixed_share = out.fixed_hours / used;
  for (auto& [id, staff] : by_staff) {
    out.by_staff.push_back(staff);
    if (!staff.fixed) out.substitutes.push_back(id);
  }
  std::stable_sort(out.by_staff.begin(), out.by_staff.end(), [](const StaffHours& a, const StaffHours& b) { return a.hours > b.hours; });
  return out;
}

HelpStarted help_started(const Case& c, const std::vector<Entry>& entries) {
  HelpStarted out{c.startup_meeting, std::nullopt};
  for (const auto& e : entries)
    if ((e.kind == Kind::visit || e.kind == Kind::overnight) && (!out.first_visit || e.start.local.date < *out.first_visit))
      out.first_visit = e.start.local.date;
  return out;
}

Forecast make_forecast(const StatusReport& r, const std::vector<Entry>& entries, const StatusInput& in) {
  Forecast f;
  f.granted = r.granted_total;
  f.pace_end = std::min(r.period.last, r.as_of);
  f.projected = r.to_date.used;
  if (f.pace_end < r.period.first) return f; // the period has not begun: no forecast yet
  f.days_left = std::max(0, r.grant_period.last - f.pace_end);
  const auto started = r.help_started.first();
  if (started && *started <= f.pace_end) {
    f.pace_from = std::max(*started, r.grant_period.first);
    f.per_day = hours::used_hours(entries, {*f.pace_from, f.pace_end}) / Rational(f.pace_end - *f.pace_from + 1);
  }
  const Rational used = hours::used_hours(entries, {r.grant_period.first, f.pace_end});
  if (in.planned_in && f.days_left > 0) f.planned_ahead = in.planned_in({f.pace_end + 1, r.grant_period.last});
  if (f.planned_ahead) {
    f.basis = ForecastBasis::plan;
    f.projected = used + *f.planned_ahead;
  } else if (f.pace_from) {
    f.basis = ForecastBasis::pace;
    f.projected = used + f.per_day * Rational(f.days_left);
  } else {
    return f; // neither a plan nor any help yet: nothing to go by
  }
  if (f.projected > f.granted) f.pace = Pace::over;
  else if (f.projected < f.granted * well_under_share) f.pace = Pace::well_under;
  else f.pace = Pace::on_track;
  return f;
}

// The last day of each month, of the period and of the grant, and the day
// before each amendment: between these the granted line is straight enough
// to draw.
std::vector<Date> chart_days(const Grant& g, grant::Span period, grant::Span whole) {
  std::set<Date> days{whole.first - 1, period.last, whole.last};
  for (Date month_end = add_months(first_of_month(whole.first), 1) - 1; month_end < whole.last;
       month_end = add_months(first_of_month(month_end + 1), 1) - 1)
    days.insert(month_end);
  for (const auto& a : g.amendments)
    if (whole.first < a.from && a.from <= whole.last) days.insert(a.from - 1);
  return {days.begin(), days.end()};
}

// Running sums from one chart day to the next: each day's granted and used
// hours from the grant's start, asked afresh, made the chart of a long grant
// quadratic in its length (a grant to the year 3000 took 33 s).
std::vector<ChartPoint> make_chart(const Grant& g, const std::vector<Entry>& entries, grant::Span period, grant::Span whole) {
  std::vector<const Entry*> used_in_order;
  for (const auto& e : entries)
    if (e.uses_grant() && e.start.local.date >= whole.first) used_in_order.push_back(&e);
  std::stable_sort(used_in_order.begin(), used_in_order.end(),
                   [](const Entry* a, const Entry* b) { return a->start.local.date < b->start.local.date; });
  std::vector<ChartPoint> out;
  Rational granted, used;
  Date counted_to = whole.first - 1; // granted and used hold the days up to this one
  size_t next_entry = 0;
  for (Date day : chart_days(g, period, whole)) {
    if (day > counted_to) {
      granted += grant::granted_hours(g, {counted_to + 1, day});
      for (; next_entry < used_in_order.size() && used_in_order[next_entry]->start.local.date <= day; ++next_entry)
        used += used_in_order[next_entry]->hours();
      counted_to = day;
    }
    ChartPoint point{day, day < whole.first ? Rational() : granted, std::nullopt};
    if (day <= period.last) point.used = day < whole.first ? Rational() : used;
    out.push_back(point);
  }
  return out;
}

DognReport count_dogn(const StatusReport& r, const std::vector<Entry>& entries, const Zone& zone) {
  const Rational hours_a_dogn(24);
  const grant::Span to_date{r.grant_period.first, r.period.last};
  DognReport d;
  d.in_period = {r.in_period.granted / hours_a_dogn, hours::used_dogn(entries, r.period, zone)};
  d.to_date = {r.to_date.granted / hours_a_dogn, hours::used_dogn(entries, to_date, zone)};
  d.whole_grant = {r.granted_total / hours_a_dogn, d.to_date.used};
  d.stays_in_period = hours::stays_in(entries, r.period);
  d.stays_to_date = hours::stays_in(entries, to_date);
  return d;
}

Contact coordinator_contact(const Provider& p, const std::string& name) {
  for (const auto& c : p.coordinators)
    if (c.name == name) return c;
  return {name, "", ""};
}

std::vector<ReportNote> notes_for(const StatusReport& r) {
  std::vector<ReportNote> notes;
  if (r.driving && r.driving->rate_missing) notes.push_back({.kind = NoteKind::km_rate_missing});
  if (r.driving && r.driving->km_not_granted > 0)
    notes.push_back({.kind = NoteKind::km_not_granted, .km = r.driving->km_not_granted});
  if (!r.status_text) notes.push_back({.kind = NoteKind::status_text_missing, .file = r.status_text_file});
  else if (!r.status_text->missing.empty())
    notes.push_back({.kind = NoteKind::status_text_incomplete, .file = r.status_text->file, .topics = r.status_text->missing});
  return notes;
}

} // namespace

std::optional<Date> HelpStarted::first() const {
  if (startup_meeting && first_visit) return std::min(*startup_meeting, *first_visit);
  return startup_meeting ? startup_meeting : first_visit;
}

int Visits::cancelled_total() const {
  int n = 0;
  for (const auto& [reason, times] : cancelled) n += times;
  return n;
}

StatusReport compute_status(const StatusInput& in) {
  const Case& c = in.c;
  StatusReport r;
  r.provider = in.provider.name;
  r.provider_address = in.provider.address;
  r.provider_phone = in.provider.phone;
  r.provider_email = in.provider.email;
  r.provider_cvr = in.provider.cvr;
  r.case_id = c.id;
  r.municipality = c.municipality;
  r.municipality_case_number = c.municipality_case_number;
  r.legal_basis = c.legal_basis;
  r.child_initials = c.child.initials;
  r.caseworker = c.caseworker;
  r.coordinator = c.coordinator;
  r.coordinator_contact = coordinator_contact(in.provider, c.coordinator);
  r.help_started = help_started(c, in.effective);
  r.status = c.status;
  r.period = in.period;
  r.period_label = in.period_label;
  r.grant_period = {c.grant.start, grant::end_of(c.grant)};
  r.grant = c.grant;
  r.as_of = in.today;
  r.period_running = in.period.last >= in.today;

  const grant::Span to_date{r.grant_period.first, in.period.last};
  r.in_period = {grant::granted_hours(c.grant, in.period), hours::used_hours(in.effective, in.period)};
  r.planned_in_period = in.planned;
  r.to_date = {grant::granted_hours(c.grant, to_date), hours::used_hours(in.effective, to_date)};
  r.granted_total = grant::total_hours(c.grant);
  r.kinds_in_period = hours_by_kind(in.effective, in.period);
  r.kinds_to_date = hours_by_kind(in.effective, to_date);
  r.forecast = make_forecast(r, in.effective, in);
  if (grant::counts_dogn(c.grant.unit)) r.dogn = count_dogn(r, in.effective, in.zone ? *in.zone : Zone(in.provider.time_zone));
  r.visits = count_visits(in.effective, in.period, in.provider.contract.minimum_visit_hours);
  r.driving = count_driving(in);
  r.continuity = count_continuity(c, in.effective, in.period);
  r.status_text = in.status_text;
  r.status_text_file = in.status_text_file;
  r.chart = make_chart(c.grant, in.effective, in.period, r.grant_period);
  r.sent = in.sent;
  r.notes = notes_for(r);
  return r;
}

} // namespace pusterum::report
