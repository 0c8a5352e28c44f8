#include "report/overview.hpp"

#include "grant/arithmetic.hpp"
#include "hours/ledger.hpp"

#include <algorithm>

namespace pusterum::report {

namespace {

std::optional<Date> first_status(const Case& c, CaseStatus status) {
  for (const auto& change : c.status_history)
    if (change.status == status) return change.date;
  return std::nullopt;
}

std::optional<Rational> median_days(const std::vector<CaseTimeline>& timelines, auto from, auto to) {
  std::vector<int> days;
  for (const auto& t : timelines)
    if ((t.*from) && (t.*to)) days.push_back(*(t.*to) - *(t.*from));
  return median_of(std::move(days));
}

std::optional<GrantRunningOut> running_out(const CaseWithHours& in, Date today) {
  const Case& c = in.c;
  if (c.status == CaseStatus::closed || today < c.grant.start) return std::nullopt;
  const auto whole = hours::grant_status(c.grant, in.effective, today).whole_grant;
  const GrantRunningOut r{.case_id = c.id, .municipality = c.municipality, .granted = whole.granted, .used = whole.used,
                          .end = grant::end_of(c.grant), .days_left = grant::end_of(c.grant) - today};
  const bool mostly_used = r.granted > Rational(0) && r.used >= r.granted * running_out_share;
  if (!mostly_used && r.days_left > running_out_days) return std::nullopt;
  return r;
}

void add_to_payroll(StaffPayroll& p, const hours::Entry& e, const Provider& provider, const Zone& zone) {
  const bool stay = e.kind == hours::Kind::overnight;
  for (const BandPiece& piece : split_into_bands(e.start.instant(), e.end.instant(), zone, provider.billing, provider.special_days))
    p.hours.at(e.kind, band_of_piece(piece, stay)) += Rational(piece.seconds(), 3600);
  ++p.entries;
  p.km += e.km.value_or(0);
}

std::vector<StaffPayroll> payroll_of(const Provider& provider, const std::vector<CaseWithHours>& cases,
                                     const std::map<std::string, std::string>& staff_names, BillingPeriod period, const Zone& zone) {
  std::map<std::string, StaffPayroll> by_staff;
  for (const auto& in : cases)
    for (const auto& e : in.effective) {
      if (!e.uses_grant() || !period.contains(e.start.local.date)) continue;
      StaffPayroll& p = by_staff[e.staff];
      p.staff_id = e.staff;
      if (const auto it = staff_names.find(e.staff); it != staff_names.end()) p.name = it->second;
      add_to_payroll(p, e, provider, zone);
    }
  std::vector<StaffPayroll> out;
  for (auto& [id, p] : by_staff) out.push_back(std::move(p));
  return out;
}

} // namespace

CaseTimeline timeline_of(const Case& c, const std::vector<hours::Entry>& effective) {
  CaseTimeline t{.case_id = c.id, .referred = first_status(c, CaseStatus::referred), .matched = {}, .first_visit = {}};
  t.matched = c.staffing_history.empty() ? first_status(c, CaseStatus::active) : std::optional(c.staffing_history.front().date);
  for (const auto& e : effective)
    if ((e.kind == hours::Kind::visit || e.kind == hours::Kind::overnight) && (!t.first_visit || e.start.local.date < *t.first_visit))
      t.first_visit = e.start.local.date;
  return t;
}

std::optional<Rational> median_of(std::vector<int> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const size_t middle = values.size() / 2;
  if (values.size() % 2 == 1) return Rational(values[middle]);
  return Rational(values[middle - 1] + values[middle], 2);
}

Overview make_overview(const Provider& provider, const std::vector<CaseWithHours>& cases,
                       const std::map<std::string, std::string>& staff_names, BillingPeriod period, Date today, const Zone& zone) {
  Overview o;
  o.provider = provider.name;
  o.today = today;
  o.period = period;
  for (const auto& [status, name] : EnumNames<CaseStatus>::table) o.cases_by_status[status] = 0;
  for (const auto& in : cases) {
    ++o.cases_by_status[in.c.status];
    o.timelines.push_back(timeline_of(in.c, in.effective));
    if (auto r = running_out(in, today)) o.running_out.push_back(*r);
  }
  o.median_days_referral_to_match = median_days(o.timelines, &CaseTimeline::referred, &CaseTimeline::matched);
  o.median_days_match_to_first_visit = median_days(o.timelines, &CaseTimeline::matched, &CaseTimeline::first_visit);
  std::stable_sort(o.running_out.begin(), o.running_out.end(), [](const auto& a, const auto& b) { return a.end < b.end; });
  o.payroll = payroll_of(provider, cases, staff_names, period, zone);
  return o;
}

} // namespace pusterum::report
