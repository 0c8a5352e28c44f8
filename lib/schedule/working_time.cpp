#include "schedule/working_time.hpp"

#include "util/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <tuple>
#include <unordered_set>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::schedule {

namespace {

constexpr Instant hour = 3600;
constexpr Instant day = 24 * hour;
constexpr Instant hours_per_week = 168;
// Rest before the first and after the last known work has no end; this stands
// in for one while keeping every difference far from overflow.
constexpr Instant unbounded = Instant{1} << 50;

// Overlapping or touching work merged: the periods [first, last) of the sorted list.
struct Stretch {
  Instant start = 0;
  Instant end = 0;
  size_t first = 0;
  size_t last = 0;
};

// The sorted periods, their stretches and the rests between them.
struct Timeline {
  std::vector<WorkPeriod> periods;
  std::vector<Stretch> stretches;
  std::vector<Instant> worked_before; // worked_before[k]: seconds in stretches [0, k)
};

void sort_and_validate(std::vector<WorkPeriod>& work) {
  for (const WorkPeriod& p : work) {
    if (p.end < p.start) throw Error(Exit::invalid, fmt::format(fmt::runtime(_("visit '{}' ends before it starts")), p.visit));
  }
  std::erase_if(work, [](const WorkPeriod& p) { return p.end == p.start; });
  std::sort(work.begin(), work.end(), [](const WorkPeriod& a, const WorkPeriod& b) {
    return std::tie(a.start, a.end, a.visit) < std::tie(b.start, b.end, b.visit);
  });
}

Timeline build_timeline(std::vector<WorkPeriod> work) {
  sort_and_validate(work);
  Timeline t;
  t.periods = std::move(work);
  for (size_t i = 0; i < t.periods.size(); ++i) {
    const WorkPeriod& p = t.periods[i];
    if (!t.stretches.empty() && p.start <= t.stretches.back().end) {
      t.stretches.back().end = std::max(t.stretches.back().end, p.end);
      t.stretches.back().last = i + 1;
    } else {
      t.stretches.push_back({p.start, p.end, i, i + 1});
    }
  }
  t.worked_before.push_back(0);
  for (const Stretch& s : t.stretches) t.worked_before.push_back(t.worked_before.back() + (s.end - s.start));
  return t;
}

Instant rest_after(const Timeline& t, size_t k) {
  return (k + 1 < t.stretches.size() ? t.stretches[k + 1].start : unbounded) - t.stretches[k].end;
}

// Visits of the stretches overlapping [from, to), in time order, each once.
std::vector<std::string> visits_between(const Timeline& t, Instant from, Instant to) {
  auto it = std::partition_point(t.stretches.begin(), t.stretches.end(), [&](const Stretch& s) { return s.end <= from; });
  std::vector<std::string> visits;
  std::unordered_set<std::string_view> seen;
  for (; it != t.stretches.end() && it->start < to; ++it) {
    for (size_t i = it->first; i < it->last; ++i) {
      const WorkPeriod& p = t.periods[i];
      if (p.end > from && p.start < to && seen.insert(p.visit).second) visits.push_back(p.visit);
    }
  }
  return visits;
}

Instant worked_between(const Timeline& t, Instant from, Instant to) {
  const auto& st = t.stretches;
  const size_t first = std::partition_point(st.begin(), st.end(), [&](const Stretch& s) { return s.end <= from; }) - st.begin();
  const size_t last = std::partition_point(st.begin(), st.end(), [&](const Stretch& s) { return s.start < to; }) - st.begin();
  if (first >= last) return 0;
  Instant worked = t.worked_before[last] - t.worked_before[first];
  worked -= std::max<Instant>(0, from - st[first].start);
  worked -= std::max<Instant>(0, st[last - 1].end - to);
  return worked;
}

Rational hours(Instant seconds) { return Rational(seconds, hour); }

// Local 00:00 of `date`; in a zone that skips midnight, the day's first instant.
Instant start_of_day(const Zone& zone, Date date) {
  for (int minute = 0; minute < 24 * 60; minute += 15) {
    const Resolved r = zone.resolve({date, minute});
    if (r.kind != Resolved::Kind::nonexistent) return r.first;
  }
  throw Error(Exit::invalid, fmt::format(fmt::runtime(_("{} has no start of day on {}")), zone.name(), date.iso()));
}

// The daily rule: a sliding window over the stretches with a monotonic queue
// of the rests fully inside it, so each stretch is visited a constant number
// of times however dense the work is.
void check_daily_rest(const Timeline& t, const WorkingTimeLimits& limits, Instant from, Instant to,
                      std::vector<WorkingTimeBreach>& out) {
  const auto& st = t.stretches;
  const Instant required = limits.daily_rest_hours * hour;
  std::deque<size_t> longest_rests; // rests after stretch k, longest first
  size_t i = std::partition_point(st.begin(), st.end(), [&](const Stretch& s) { return s.start < from; }) - st.begin();
  size_t j = i; // the last stretch starting inside the window
  for (; i < st.size() && st[i].start < to; ++i) {
    const Instant window_end = st[i].start + day;
    j = std::max(j, i);
    while (j + 1 < st.size() && st[j + 1].start < window_end) {
      while (!longest_rests.empty() && rest_after(t, longest_rests.back()) <= rest_after(t, j)) longest_rests.pop_back();
      longest_rests.push_back(j++);
    }
    while (!longest_rests.empty() && longest_rests.front() < i) longest_rests.pop_front();
    Instant longest = std::max<Instant>(0, window_end - st[j].end); // the rest running past the window's end
    if (!longest_rests.empty()) longest = std::max(longest, rest_after(t, longest_rests.front()));
    if (longest >= required) continue;
    const Instant breach_end = std::max(window_end, st[i].end);
    out.push_back({WorkingTimeRule::daily_rest, st[i].start, breach_end, visits_between(t, st[i].start, breach_end),
                   hours(longest), Rational(limits.daily_rest_hours)});
  }
}

// The longest rest that counts for the week [week_start, week_end): in full
// when the day off (24 h) lies inside the week, else only its part inside.
Instant weekly_rest_in(const Timeline& t, size_t& first_rest, Instant week_start, Instant week_end) {
  // Rest k runs from the end of stretch k - 1 to the start of stretch k.
  const auto& st = t.stretches;
  auto rest_start = [&](size_t k) { return k == 0 ? -unbounded : st[k - 1].end; };
  auto rest_end = [&](size_t k) { return k == st.size() ? unbounded : st[k].start; };
  while (first_rest < st.size() && rest_end(first_rest) <= week_start) ++first_rest;
  Instant longest = 0;
  for (size_t k = first_rest; k <= st.size() && rest_start(k) < week_end; ++k) {
    const Instant inside = std::min(rest_end(k), week_end) - std::max(rest_start(k), week_start);
    longest = std::max(longest, inside >= day ? rest_end(k) - rest_start(k) : inside);
  }
  return longest;
}

void check_weekly_rest(const Timeline& t, const Zone& zone, const WorkingTimeLimits& limits, Instant from,
                       Instant to, std::vector<WorkingTimeBreach>& out) {
  const Instant required = limits.weekly_rest_hours * hour;
  Date monday = monday_of_week(zone.to_local(from).date);
  Instant week_start = start_of_day(zone, monday);
  if (week_start < from) week_start = start_of_day(zone, monday = monday + 7);
  size_t first_rest = 0;
  while (week_start < to) {
    const Instant week_end = start_of_day(zone, monday = monday + 7);
    const Instant longest = weekly_rest_in(t, first_rest, week_start, week_end);
    if (longest < required) {
      out.push_back({WorkingTimeRule::weekly_rest, week_start, week_end, visits_between(t, week_start, week_end),
                     hours(longest), Rational(limits.weekly_rest_hours)});
    }
    week_start = week_end;
  }
}

void check_average_week(const Timeline& t, const Zone& zone, const WorkingTimeLimits& limits, Instant from,
                        Instant to, std::vector<WorkingTimeBreach>& out) {
  const Rational allowed(limits.max_average_week_hours);
  Date first = first_of_month(zone.to_local(from).date);
  if (start_of_day(zone, first) < from) first = add_months(first, 1);
  for (; start_of_day(zone, first) < to; first = add_months(first, 1)) {
    const Instant period_start = start_of_day(zone, first);
    const Instant period_end = start_of_day(zone, add_months(first, limits.averaging_months));
    const Rational average(worked_between(t, period_start, period_end) * hours_per_week, period_end - period_start);
    if (average <= allowed) continue;
    out.push_back({WorkingTimeRule::average_week, period_start, period_end,
                   visits_between(t, period_start, period_end), average, allowed});
  }
}

void validate(const WorkingTimeLimits& limits) {
  if (limits.daily_rest_hours < 0 || limits.daily_rest_hours > 24 || limits.weekly_rest_hours < 0 ||
      limits.max_average_week_hours < 0 || limits.averaging_months < 1) {
    throw Error(Exit::invalid,
                fmt::format(fmt::runtime(_("working-time limits out of range: daily rest {} h, weekly rest {} h, {} h/week over {} months")),
                            limits.daily_rest_hours, limits.weekly_rest_hours, limits.max_average_week_hours,
                            limits.averaging_months));
  }
}

} // namespace

std::vector<WorkingTimeBreach> check_working_time(std::vector<WorkPeriod> work, const Zone& zone,
                                                  const WorkingTimeLimits& limits, Instant from, Instant to) {
  validate(limits);
  const Timeline timeline = build_timeline(std::move(work));
  std::vector<WorkingTimeBreach> breaches;
  if (timeline.stretches.empty() || from >= to) return breaches;
  check_daily_rest(timeline, limits, from, to, breaches);
  check_weekly_rest(timeline, zone, limits, from, to, breaches);
  check_average_week(timeline, zone, limits, from, to, breaches);
  std::stable_sort(breaches.begin(), breaches.end(), [](const WorkingTimeBreach& a, const WorkingTimeBreach& b) {
    return std::tie(a.from, a.rule) < std::tie(b.from, b.rule);
  });
  return breaches;
}

} // namespace pusterum::schedule
