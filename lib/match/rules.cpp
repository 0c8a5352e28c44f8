#include "match/rules.hpp"

#include "match/availability.hpp"
#include "rules/eligibility.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::match {

namespace {

constexpr std::array<HardRuleInfo, 10> hard_rules{{
  {HardRule::active, "active", "the staff member is active (not deactivated)", "is deactivated", "are deactivated", true},
  {HardRule::do_not_match, "do-not-match", "the staff member is not on the case's do-not-match list",
   "is on the do-not-match list", "are on the do-not-match list", true},
  {HardRule::borneattest, "borneattest",
   "a børneattest with result ok, checked on or before the case's start and valid on that day (renewed within the "
   "provider's interval)",
   "has no valid børneattest", "have no valid børneattest", true},
  {HardRule::competences, "competences", "the staff member has every competence the case requires",
   "lacks a required competence", "lack a required competence", true},
  {HardRule::area, "area", "the staff member works in the case's municipality (one of their areas)", "works elsewhere", "work elsewhere",
   true},
  {HardRule::overnight, "overnight", "willing to stay overnight, when the grant has overnight stays",
   "does not stay overnight", "do not stay overnight", true},
  {HardRule::driving, "driving", "a driving licence and a car, when driving is part of the grant",
   "cannot drive the child", "cannot drive the child", true},
  {HardRule::absence, "absence", "the staff member is not absent on the case's start day", "is away when it starts", "are away when it starts",
   false},
  {HardRule::availability, "availability",
   "free at the grant's days and times for the case's weekly hours, counting only free stretches at least the "
   "contract's shortest visit",
   "is not free at the granted times", "are not free at the granted times", false},
  {HardRule::capacity, "capacity",
   "the weekly hours left (max hours per week minus the open cases they are fixed staff on) cover the case's",
   "has too few hours left", "have too few hours left", false},
}};

bool contains(const std::vector<std::string>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Each rule answers whether the worker meets it; when `why` is given and
// they do not, it says why in plain words.
using Check = bool (*)(const Need&, const Worker&, const Context&, std::string* why);

// The rules about the person and the child live in rules/eligibility, asked
// by every path that puts someone with a child; match judges them on the
// staffing's first day, with overnight stays and driving as the grant has them.
rules::Placement placement_of(const Need& n, const Context& ctx) {
  return {.first = n.start, .last = n.start, .overnight = n.terms.overnight, .driving = n.terms.driving, .staffing = true,
          .today = ctx.today};
}

template <rules::Eligibility rule>
bool eligible_by(const Need& n, const Worker& w, const Context& ctx, std::string* why) {
  return rules::meets(rule, *w.staff, *n.c, *ctx.provider, placement_of(n, ctx), why);
}

bool area(const Need& n, const Worker& w, const Context&, std::string* why) {
  if (contains(w.areas, n.municipality)) return true;
  if (why)
    *why = w.staff->areas.empty() ? fmt::format(fmt::runtime(_("does not work in {} (no areas recorded)")), n.c->municipality)
                                  : fmt::format(fmt::runtime(_("does not work in {} (works in {})")), n.c->municipality,
                                                text::join(w.staff->areas, ", "));
  return false;
}

bool available(const Need& n, const Worker& w, const Context& ctx, std::string* why) {
  const int free = total_minutes(usable_slots(w.staff->availability, n.terms, ctx.minimum_visit_minutes()));
  if (free >= n.weekly_minutes) return true;
  if (why)
    *why = free == 0 ? fmt::format(fmt::runtime(_("not free at the granted times, the case needs {} h a week")), hours_text(n.weekly_minutes))
                     : fmt::format(fmt::runtime(_("free only {} h a week at the granted times, the case needs {} h")), hours_text(free),
                                   hours_text(n.weekly_minutes));
  return false;
}

bool has_room(const Need& n, const Worker& w, const Context&, std::string* why) {
  const int free = w.free_minutes(n.c->id);
  if (free >= n.weekly_minutes) return true;
  if (why)
    *why = fmt::format(fmt::runtime(_("has {} of {} h a week left, the case needs {} h")), hours_text(free), hours_text(w.max_minutes),
                       hours_text(n.weekly_minutes));
  return false;
}

// In the order of hard_rules.
using rules::Eligibility;
constexpr std::array<Check, 10> checks{eligible_by<Eligibility::active>,      eligible_by<Eligibility::do_not_match>,
                                       eligible_by<Eligibility::borneattest>, eligible_by<Eligibility::competences>,
                                       area,
                                       eligible_by<Eligibility::overnight>,   eligible_by<Eligibility::driving>,
                                       eligible_by<Eligibility::absence>,     available,
                                       has_room};

} // namespace

std::span<const HardRuleInfo> all_hard_rules() { return hard_rules; }
const HardRuleInfo& info_of(HardRule rule) { return hard_rules[static_cast<size_t>(rule)]; }
std::string_view name_of(HardRule rule) { return info_of(rule).name; }

std::vector<Exclusion> exclusions(const Need& need, const Worker& worker, const Context& context, Role role) {
  std::vector<Exclusion> out;
  for (size_t i = 0; i < hard_rules.size(); ++i) {
    if (role == Role::substitute && !hard_rules[i].for_substitutes) continue;
    std::string why;
    if (!checks[i](need, worker, context, &why)) out.push_back({hard_rules[i].rule, std::move(why)});
  }
  return out;
}

bool eligible(const Need& need, const Worker& worker, const Context& context) {
  for (const Check check : checks)
    if (!check(need, worker, context, nullptr)) return false;
  return true;
}

std::string hours_text(int minutes) {
  std::string s = Rational(minutes, 60).to_decimal(2);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

} // namespace pusterum::match
