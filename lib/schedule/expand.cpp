#include "schedule/expand.hpp"

#include "grant/arithmetic.hpp"
#include "util/error.hpp"

#include <algorithm>
#include <map>

namespace pusterum::schedule {

const PlannedVisit* Plan::find(std::string_view id) const {
  for (const auto& visit : visits)
    if (visit.id == id) return &visit;
  return nullptr;
}

void require_real_times(const Pattern& once, const Zone& zone) {
  const LocalTime start{once.date, once.start_minute};
  const LocalTime end = once.end_minute == 1440 ? LocalTime{once.date + once.end_days + 1, 0} : LocalTime{once.date + once.end_days, once.end_minute};
  for (auto [local, offset] : {std::pair{start, once.start_offset}, std::pair{end, once.end_offset}}) {
    const PlacedTime placed = place_time(zone, local, offset);
    if (!placed.moment) throw Error(Exit::usage, placed.message, placed.hint);
  }
}


namespace {

struct Placed {
  Moment moment;
  TimeIssue issue = TimeIssue::none;
};

// A local time as an instant. One that does not exist is read as the clocks
// show an hour later; a doubled one without an offset as its first reading.
// Either is marked, so `schedule check` can say which visit needs a time.
Placed place(const Zone& zone, LocalTime local, std::optional<int> offset) {
  if (auto exact = zone.moment_of(local, offset)) return {*exact, TimeIssue::none};
  const Resolved r = zone.resolve(local);
  if (r.kind == Resolved::Kind::ambiguous) return {zone.moment_at(r.first), TimeIssue::ambiguous};
  const LocalTime hour_later = local.minute + 60 < 1440 ? LocalTime{local.date, local.minute + 60} : LocalTime{local.date + 1, local.minute + 60 - 1440};
  return {zone.moment_at(*zone.to_instant(hour_later, Fold::earlier)), TimeIssue::nonexistent};
}

void set_time(Visit& visit, const Pattern& when, Date start_day, const Zone& zone) {
  const Placed start = place(zone, {start_day, when.start_minute}, when.start_offset);
  const Placed end = when.end_minute == 1440 ? place(zone, {start_day + when.end_days + 1, 0}, when.end_offset)
                                             : place(zone, {start_day + when.end_days, when.end_minute}, when.end_offset);
  visit.start = start.moment;
  visit.start_issue = start.issue;
  visit.end = end.moment;
  visit.end_issue = end.issue;
}

Visit occurrence_of(const PlannedVisit& planned, Date day, const Case& c, const Zone& zone) {
  Visit visit;
  visit.plan_id = planned.id;
  visit.occurrence = day;
  visit.kind = planned.kind;
  visit.note = planned.note;
  visit.staff = planned.staff.empty() ? fixed_staff_on(c, day) : planned.staff;
  set_time(visit, planned.when, day, zone);
  return visit;
}

void apply(const Change& change, Visit& visit, const Zone& zone) {
  visit.reason = change.reason;
  switch (change.kind) {
  case ChangeKind::cancel:
    visit.cancelled = true;
    visit.cancelled_by = change.by;
    break;
  case ChangeKind::move:
    visit.cancelled = false;
    visit.moved = true;
    set_time(visit, *change.to, change.to->date, zone);
    break;
  case ChangeKind::cover:
    visit.covered = true;
    visit.staff = change.staff;
    break;
  }
}

bool is_occurrence(const PlannedVisit& planned, Date day, Date last_day) {
  if (day < planned.from || day > last_day) return false;
  const auto days = start_days(planned.when, planned.from, day, day);
  return !days.empty();
}

} // namespace

std::vector<Visit> expand(const Plan& plan, const Case& c, const Zone& zone, Date first, Date last) {
  const Date grant_end = grant::end_of(c.grant);
  std::map<std::pair<std::string, Date>, Visit> visits;
  for (const auto& planned : plan.visits) {
    // A single visit is where it was put; `schedule check` says when that is outside the grant.
    const Date last_day = planned.when.repeat == Pattern::Repeat::once ? planned.when.date : planned.until.value_or(grant_end);
    // A weekend stay that started before `first` may still run into it.
    const Date from = std::max(planned.from, first - (planned.when.end_days + 1));
    for (Date day : start_days(planned.when, planned.from, from, std::min(last, last_day)))
      visits.emplace(std::pair{planned.id, day}, occurrence_of(planned, day, c, zone));
  }
  for (const auto& change : plan.changes) {
    const PlannedVisit* planned = plan.find(change.visit);
    if (!planned) continue;
    auto it = visits.find({change.visit, change.date});
    // A visit moved into the range from a day outside it.
    if (it == visits.end() && change.kind == ChangeKind::move && is_occurrence(*planned, change.date, planned->until.value_or(grant_end)))
      it = visits.emplace(std::pair{change.visit, change.date}, occurrence_of(*planned, change.date, c, zone)).first;
    if (it != visits.end()) apply(change, it->second, zone);
  }
  std::vector<Visit> out;
  for (auto& [key, visit] : visits)
    if (visit.end.local.date >= first && visit.start.local.date <= last && !(visit.end.local.date == first && visit.end.local.minute == 0 && visit.start.local.date < first))
      out.push_back(std::move(visit));
  std::stable_sort(out.begin(), out.end(), [](const Visit& a, const Visit& b) { return a.start.instant() < b.start.instant(); });
  return out;
}

} // namespace pusterum::schedule
