#include "schedule/plan_rules.hpp"

#include "grant/arithmetic.hpp"
#include "hours/entry_rules.hpp"
#include "rules/eligibility.hpp"
#include "rulebook/findings.hpp"
#include "schedule/working_time.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::schedule {

namespace {

hours::Entry as_entry(const Visit& v) {
  hours::Entry e;
  e.id = v.name();
  e.kind = v.kind;
  e.staff = v.staff;
  e.start = v.start;
  e.end = v.end;
  return e;
}

bool in_days(const Visit& v, const PlanCheck& check) { return v.end.local.date >= check.first && v.start.local.date <= check.last; }

std::string anchor_of(const CasePlan& p, const Visit& v) {
  for (size_t i = 0; i < p.plan->visits.size(); ++i)
    if (p.plan->visits[i].id == v.plan_id) return fmt::format("visits[{}].when", i);
  return "visits";
}

rules::Findings findings_for(const CasePlan& p, const PlanCheck& check, Diagnostics& out) {
  return rules::Findings(check.provider, out, p.file, p.positions);
}

std::string when_text(const Visit& v) {
  return fmt::format("{} {} {}-{}", weekday_name(v.start.local.date.weekday()), v.start.local.date.iso(), format_clock(v.start.local.minute),
                     v.end.local.date == v.start.local.date ? format_clock(v.end.local.minute)
                                                           : v.end.local.date.iso() + " " + format_clock(v.end.local.minute));
}

// "sat 10:00-14:00": the same for every date of a recurring visit, so findings group.
std::string weekly_text(const Visit& v) {
  const auto end_day = v.end.local.date == v.start.local.date ? "" : std::string(weekday_name(v.end.local.date.weekday())) + " ";
  return fmt::format("{} {}-{}{}", weekday_name(v.start.local.date.weekday()), format_clock(v.start.local.minute), end_day,
                     format_clock(v.end.local.minute));
}

// The findings of single dates, one per visit, rule and message: a recurring
// visit outside the availability is one finding with its dates counted, not
// one a week.
class DateGroups {
public:
  void add(const Problem& p, Date date) {
    const std::string key = p.rule + "|" + p.message + "|" + p.where.to_string();
    auto [it, fresh] = index_.try_emplace(key, groups_.size());
    if (fresh) groups_.push_back({p, {}});
    groups_[it->second].dates.push_back(date);
  }
  void emit(Diagnostics& out) const {
    for (const auto& [p, dates] : groups_) {
      Problem grouped = p;
      const size_t colon = p.message.find(": ");
      const std::string visit = p.message.substr(0, colon);
      const std::string when = dates.size() == 1 ? "@" + dates.front().iso()
                                                  : fmt::format(fmt::runtime(_(" on {} dates from {} to {}")), dates.size(), dates.front().iso(), dates.back().iso());
      grouped.message = visit + when + p.message.substr(colon);
      out.add(std::move(grouped));
    }
  }

private:
  struct Group {
    Problem problem;
    std::vector<Date> dates;
  };
  std::map<std::string, size_t> index_;
  std::vector<Group> groups_;
};

void check_time(const Visit& v, rules::Findings& f) {
  for (auto [issue, which] : {std::pair{v.start_issue, "start"}, std::pair{v.end_issue, "end"}}) {
    if (issue == TimeIssue::nonexistent)
      f.add(rule::plan_time, "", fmt::format(fmt::runtime(_("its {} time does not exist that day: the clocks skip an hour that night")), which),
            fmt::format(fmt::runtime(_("move that date to a time that exists: `pusterum schedule CASE move {} --date {} --to ...`")), v.plan_id, v.occurrence.iso()));
    if (issue == TimeIssue::ambiguous)
      f.add(rule::plan_time, "", fmt::format(fmt::runtime(_("its {} time happens twice that day: the clocks go back that night")), which),
            fmt::format(fmt::runtime(_("move that date with an offset that says which, e.g. --to '{} 02:30+02:00-05:00'")), v.occurrence.iso()));
  }
}

// Every minute of the visit inside one of the person's weekly windows.
bool within_availability(const Staff& s, const Visit& v) {
  if (s.availability.empty()) return true; // no availability given: any time
  for (LocalTime at = v.start.local; at < v.end.local;) {
    const int day_end = at.date == v.end.local.date ? v.end.local.minute : 1440;
    const bool covered = std::any_of(s.availability.begin(), s.availability.end(), [&](const Availability& a) {
      return a.day == at.date.weekday() && a.window.start <= at.minute && day_end <= a.window.end;
    });
    if (!covered) return false;
    at = LocalTime{at.date + 1, 0};
  }
  return true;
}

rules::Placement placement_of(const Visit& v, const Case& c, const PlanCheck& check) {
  const Date day = v.start.local.date;
  const Date end = grant::end_of(c.grant);
  const auto [first, last] = rules::days_with_child(v.start, v.end);
  return {.first = first,
          .last = last,
          .overnight = v.kind == hours::Kind::overnight,
          .driving = grant::state_on(c.grant, std::clamp(day, c.grant.start, std::max(c.grant.start, end))).terms.driving,
          .staffing = false,
          .today = check.today};
}

void check_staff(const Visit& v, const Case& c, const PlanCheck& check, rules::Findings& f) {
  if (v.staff.empty()) {
    f.add(rule::staffing_status, "", _("nobody is planned: the case has no fixed staff member on that day"), _("match the case first, or name --staff"));
    return;
  }
  const auto it = check.staff.find(v.staff);
  if (it == check.staff.end()) {
    f.add(rule::unknown_staff, "", fmt::format(fmt::runtime(_("no staff member '{}'")), v.staff), _("`pusterum staff list` shows who there is"));
    return;
  }
  const Staff& s = it->second;
  const rules::Placement at = placement_of(v, c, check);
  rules::check_eligibility(s, c, check.provider, at, f, "");
  // Away that day: whether they are free then says nothing more.
  if (rules::meets(rules::Eligibility::absence, s, c, check.provider, at) && !(v.kind == hours::Kind::overnight && s.overnight) && !within_availability(s, v))
    f.add(rule::staff_unavailable, "", fmt::format(fmt::runtime(_("{} is outside {}'s weekly availability")), weekly_text(v), s.id),
          _("agree the time with the staff member and update `pusterum staff edit`, or plan another time"));
}

struct PeriodUse {
  grant::Span span;
  Rational planned;
};

void check_budget(const CasePlan& p, const PlanCheck& check, rules::Findings& f) {
  const Grant& g = p.c->grant;
  std::map<Date, PeriodUse> periods;
  for (const Visit& v : p.visits) {
    const Date day = v.start.local.date;
    if (v.cancelled || day < g.start || day > grant::end_of(g)) continue;
    const grant::Span span = grant::budget_period(g, day);
    auto& use = periods.try_emplace(span.first, PeriodUse{span, {}}).first->second;
    use.planned += v.hours();
  }
  // Periods in a row that are over by the same figures make one finding, not one a week.
  struct Run {
    Date first, last;
    Rational planned, granted;
    int periods = 0;
  };
  std::vector<Run> runs;
  for (const auto& [first, use] : periods) {
    if (use.span.last < check.first || use.span.first > check.last) continue;
    const Rational granted = grant::granted_hours(g, use.span);
    if (use.planned <= granted) continue;
    if (!runs.empty() && runs.back().planned == use.planned && runs.back().granted == granted && runs.back().last + 1 == use.span.first) {
      runs.back().last = use.span.last;
      ++runs.back().periods;
    } else {
      runs.push_back({use.span.first, use.span.last, use.planned, granted, 1});
    }
  }
  for (const Run& run : runs)
    f.add(rule::plan_over_grant, "visits",
          fmt::format(fmt::runtime(_("{}..{}: {} h planned, {} h granted, {} h over{}")), run.first.iso(), run.last.iso(), run.planned.to_decimal(2),
                      run.granted.to_decimal(2), (run.planned - run.granted).to_decimal(2),
                      run.periods > 1 ? fmt::format(fmt::runtime(_(" in each of {} budget periods")), run.periods) : ""),
          _("plan fewer hours in that period, or ask the caseworker to amend the grant"));
}

struct Placed {
  const CasePlan* plan;
  const Visit* visit;
};

void check_overlaps(std::vector<Placed> placed, const PlanCheck& check, Diagnostics& out) {
  std::sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.visit->start.instant() < b.visit->start.instant(); });
  for (size_t i = 0; i < placed.size(); ++i) {
    for (size_t j = i + 1; j < placed.size() && placed[j].visit->start.instant() < placed[i].visit->end.instant(); ++j) {
      const Visit& a = *placed[i].visit;
      const Visit& b = *placed[j].visit;
      if (!in_days(b, check)) continue;
      auto f = findings_for(*placed[j].plan, check, out).about(anchor_of(*placed[j].plan, b), b.name());
      f.add(rule::plan_overlap, "", fmt::format(fmt::runtime(_("{} is also planned {} on case {} ({})")), b.staff, when_text(a), placed[i].plan->c->id, a.name()),
            _("one person cannot be in two places: move one visit, or let a substitute cover it"));
    }
  }
}

void check_rest_and_hours(const std::string& person, const std::vector<Placed>& placed, const PlanCheck& check, Diagnostics& out) {
  std::vector<WorkPeriod> work;
  std::map<std::string, Placed, std::less<>> by_name;
  for (const Placed& p : placed) {
    work.push_back({p.visit->start.instant(), p.visit->end.instant(), p.visit->name()});
    by_name.emplace(p.visit->name(), p);
  }
  const Instant from = *check.zone.to_instant({check.first, 0}, Fold::earlier);
  const Instant to = *check.zone.to_instant({check.last + 1, 0}, Fold::earlier);
  DateGroups groups;
  for (const auto& breach : check_working_time(std::move(work), check.zone, WorkingTimeLimits{}, from, to)) {
    if (breach.visits.empty()) continue;
    const Placed& first = by_name.at(breach.visits.front());
    Diagnostics one;
    auto f = findings_for(*first.plan, check, one).about(anchor_of(*first.plan, *first.visit), first.visit->plan_id);
    // The dates are counted by the grouping, so the message names none.
    switch (breach.rule) {
    case WorkingTimeRule::daily_rest:
      f.add(rule::daily_rest, "", fmt::format(fmt::runtime(_("{} has at most {} h of rest in a row in the 24 h from the start, {} h required")), person,
                                         breach.found.to_decimal(2), breach.required.to_decimal(0)),
            _("let a second person take part of the stay, or set daily-rest in pusterum.yaml as your agreement allows"));
      break;
    case WorkingTimeRule::weekly_rest:
      f.add(rule::weekly_rest, "", fmt::format(fmt::runtime(_("{} has at most {} h of rest in a row that week, {} h required")), person, breach.found.to_decimal(2),
                                          breach.required.to_decimal(0)),
            _("give the person a day off joined to a night's rest that week"));
      break;
    case WorkingTimeRule::average_week:
      f.add(rule::average_week, "", fmt::format(fmt::runtime(_("{} is planned {} h a week on average over {} months, more than {} h")), person, breach.found.to_decimal(2),
                                           WorkingTimeLimits{}.averaging_months, breach.required.to_decimal(0)),
            _("spread the visits over more staff"));
      break;
    }
    for (const auto& problem : one.problems()) groups.add(problem, check.zone.to_local(breach.from).date);
  }
  groups.emit(out);
}

} // namespace

std::pair<Date, Date> days_to_expand(const Case& c, Date first, Date last) {
  const Date grant_end = std::max(c.grant.start, grant::end_of(c.grant));
  const Date start = std::clamp(first, c.grant.start, grant_end);
  const Date end = std::clamp(last, c.grant.start, grant_end);
  // Whole budget periods; the week before for rest that runs into the first
  // day; and the months after, which the working-time averages reach into.
  return {std::min(monday_of_week(first) - 7, grant::budget_period(c.grant, start).first),
          std::max(add_months(last, WorkingTimeLimits{}.averaging_months), grant::budget_period(c.grant, end).last)};
}

void check_plans(const std::vector<CasePlan>& plans, const PlanCheck& check, Diagnostics& out) {
  std::map<std::string, std::vector<Placed>, std::less<>> by_staff;
  for (const CasePlan& p : plans) {
    auto case_findings = findings_for(p, check, out);
    check_budget(p, check, case_findings);
    DateGroups groups;
    for (const Visit& v : p.visits) {
      if (v.cancelled) continue;
      if (!v.staff.empty()) by_staff[v.staff].push_back({&p, &v});
      if (!in_days(v, check)) continue;
      Diagnostics one;
      auto f = findings_for(p, check, one).about(anchor_of(p, v), v.plan_id);
      check_time(v, f);
      hours::check_against_grant(as_entry(v), *p.c, check.provider, f);
      check_staff(v, *p.c, check, f);
      for (const auto& problem : one.problems()) groups.add(problem, v.occurrence);
    }
    groups.emit(out);
  }
  for (const auto& [person, placed] : by_staff) {
    check_overlaps(placed, check, out);
    check_rest_and_hours(person, placed, check, out);
  }
}

} // namespace pusterum::schedule
