#include "match/context.hpp"

#include "grant/arithmetic.hpp"
#include "match/hours.hpp"
#include "model/municipality.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::match {

namespace {

std::vector<std::string> lowercase(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  out.reserve(words.size());
  for (const auto& w : words) out.push_back(text::to_lower_ascii(w));
  return out;
}

bool holds_staff(CaseStatus status) { return status == CaseStatus::active || status == CaseStatus::paused; }

// The first way found is kept: this case before its siblings, the latest
// staffing before earlier ones, fixed staff before substitutes.
void meet(Acquaintances& known, const std::string& staff, std::string how) {
  if (!staff.empty()) known.emplace(staff, std::move(how));
}

} // namespace

int Context::minimum_visit_minutes() const {
  return provider ? minutes_up(provider->contract.minimum_visit_hours) : 120;
}

Holdings holdings_of(const std::vector<const Case*>& cases, Date today) {
  Holdings out;
  for (const Case* c : cases) {
    if (!holds_staff(c->status) || c->fixed_staff.empty()) continue;
    const int minutes = minutes_up(weekly_hours(c->grant, start_date(c->grant, today)));
    out[c->fixed_staff].push_back({c->id, minutes});
  }
  return out;
}

Acquaintances acquaintances(const Case& c, const std::vector<const Case*>& siblings) {
  Acquaintances known;
  meet(known, c.fixed_staff, "fixed staff on this case");
  for (const auto& s : c.substitutes) meet(known, s, "substitute on this case");
  for (auto h = c.staffing_history.rbegin(); h != c.staffing_history.rend(); ++h) {
    meet(known, h->fixed, fmt::format(fmt::runtime(_("fixed staff on this case from {}")), h->date.iso()));
    for (const auto& s : h->substitutes) meet(known, s, fmt::format(fmt::runtime(_("substitute on this case from {}")), h->date.iso()));
  }
  for (const Case* sibling : siblings) {
    meet(known, sibling->fixed_staff, fmt::format(fmt::runtime(_("fixed staff on sibling case {}")), sibling->id));
    for (const auto& s : sibling->substitutes) meet(known, s, fmt::format(fmt::runtime(_("substitute on sibling case {}")), sibling->id));
    for (const auto& h : sibling->staffing_history) {
      meet(known, h.fixed, fmt::format(fmt::runtime(_("fixed staff on sibling case {}")), sibling->id));
      for (const auto& s : h.substitutes) meet(known, s, fmt::format(fmt::runtime(_("substitute on sibling case {}")), sibling->id));
    }
  }
  return known;
}

Need need_of(const Case& c, const Context& context, Acquaintances known) {
  Need n;
  n.c = &c;
  n.grant_end = grant::end_of(c.grant);
  n.start = start_date(c.grant, context.today);
  n.grant_over = n.start > n.grant_end;
  n.terms = grant::state_on(c.grant, n.grant_over ? n.grant_end : n.start).terms;
  n.weekly_hours = weekly_hours(c.grant, n.start);
  n.weekly_minutes = minutes_up(n.weekly_hours);
  n.municipality = municipality_key(c.municipality);
  n.interests = lowercase(c.child.special_interests);
  n.known = std::move(known);
  return n;
}

int Worker::free_minutes(std::string_view case_id) const {
  int used = 0;
  for (const auto& h : held)
    if (h.case_id != case_id) used += h.minutes;
  return std::max(0, max_minutes - used);
}

Worker worker_of(const Staff& staff, const Context& context) {
  Worker w;
  w.staff = &staff;
  w.max_minutes = staff.max_hours_per_week ? minutes_down(*staff.max_hours_per_week) : default_max_minutes;
  if (auto it = context.holdings.find(staff.id); it != context.holdings.end()) w.held = it->second;
  for (const auto& area : staff.areas) w.areas.push_back(municipality_key(area));
  w.interests = lowercase(staff.interests);
  return w;
}

std::vector<Worker> workers_of(const std::vector<Staff>& staff, const Context& context) {
  std::vector<Worker> out;
  out.reserve(staff.size());
  for (const auto& s : staff) out.push_back(worker_of(s, context));
  return out;
}

} // namespace pusterum::match
