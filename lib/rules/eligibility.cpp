#include "rules/eligibility.hpp"

#include "rules/borneattest.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::rules {

namespace {

constexpr std::array<EligibilityRule, 7> eligibility_rules{{
  {Eligibility::active, rule::inactive_staff_assigned, "active", false},
  {Eligibility::do_not_match, rule::staff_do_not_match, "do-not-match", true},
  {Eligibility::borneattest, rule::borneattest_expired, "borneattest", false},
  {Eligibility::competences, rule::staff_competences, "competences", true},
  {Eligibility::overnight, rule::staff_overnight, "overnight", true},
  {Eligibility::driving, rule::staff_driving, "driving", true},
  {Eligibility::absence, rule::staff_absent, "absence", true},
}};

std::string_view what(const Placement& at) { return at.staffing ? "the case's start" : "the visit"; }

bool contains(const std::vector<std::string>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool active(const Staff& s, const Placement& at, std::string* why) {
  // Work up to and on the day someone stops still counts: a late timesheet.
  if (s.active || (s.deactivated && at.last <= *s.deactivated)) return true;
  if (why) *why = s.deactivated ? fmt::format(fmt::runtime(_("deactivated on {}")), s.deactivated->iso()) : "not active";
  return false;
}

bool not_refused(const Staff& s, const Case& c, std::string* why) {
  if (!contains(c.do_not_match, s.id)) return true;
  if (why) *why = "on the case's do-not-match list";
  return false;
}

bool borneattest(const Staff& s, const Provider& p, const Placement& at, std::string* why) {
  if (borneattest_valid_on(s, p, at.first) && borneattest_valid_on(s, p, at.last)) return true;
  if (!why) return false;
  const auto& attest = s.borneattest;
  if (!attest)
    *why = "no børneattest recorded";
  else if (!attest->ok)
    *why = fmt::format(fmt::runtime(_("børneattest of {} has a result that is not ok")), attest->checked.iso());
  else if (attest->checked > at.first)
    *why = fmt::format(fmt::runtime(_("børneattest checked {}, after {} on {}")), attest->checked.iso(), what(at), at.first.iso());
  else if (const Date until = *borneattest_valid_until(s, p); until < at.today)
    *why = fmt::format(fmt::runtime(_("børneattest expired on {} (checked {}, renewed every {} months)")), until.iso(), attest->checked.iso(),
                       p.contract.borneattest_renewal_months);
  else
    *why = fmt::format(fmt::runtime(_("børneattest expires on {}, before {} on {}")), until.iso(), what(at), at.last.iso());
  return false;
}

bool competences(const Staff& s, const Case& c, std::string* why) {
  std::vector<std::string> missing;
  for (const auto& needed : c.child.required_competences) {
    if (contains(s.competences, needed)) continue;
    if (!why) return false;
    missing.push_back(needed);
  }
  if (missing.empty()) return true;
  *why = "lacks " + text::join(missing, ", ");
  return false;
}

bool overnight(const Staff& s, const Placement& at, std::string* why) {
  if (!at.overnight || s.overnight) return true;
  if (why) *why = fmt::format(fmt::runtime(_("does not stay overnight, and {} has overnight stays")), at.staffing ? "the grant" : "the visit");
  return false;
}

bool driving(const Staff& s, const Placement& at, std::string* why) {
  if (!at.driving || (s.driving_licence && s.car)) return true;
  if (why) {
    std::vector<std::string> lacks;
    if (!s.driving_licence) lacks.emplace_back("driving licence");
    if (!s.car) lacks.emplace_back("car");
    *why = fmt::format(fmt::runtime(_("has no {}, and {}")), text::join(lacks, " and no "),
                       at.staffing ? "driving is part of the grant" : "the visit drives the child");
  }
  return false;
}

bool present(const Staff& s, const Placement& at, std::string* why) {
  for (const auto& a : s.absences) {
    if (a.to < at.first || at.last < a.from) continue;
    // The reason stays out: it may be health, and messages end up in scripts' logs.
    if (why) *why = fmt::format(fmt::runtime(_("away from {} to {}, over {} on {}")), a.from.iso(), a.to.iso(), what(at), std::max(a.from, at.first).iso());
    return false;
  }
  return true;
}

// Whether the staffing in effect on `day` names the person and records that
// `match --force --reason` overrode `rule` for it.
bool overridden(const Case& c, const Staff& s, std::string_view rule, Date day) {
  const StaffingChange* in_effect = nullptr;
  for (const auto& change : c.staffing_history)
    if (change.date <= day) in_effect = &change;
  if (!in_effect || in_effect->forced.empty()) return false;
  const bool named = in_effect->fixed == s.id || contains(in_effect->substitutes, s.id);
  return named && contains(in_effect->overrode, rule);
}

} // namespace

std::pair<Date, Date> days_with_child(const Moment& start, const Moment& end) {
  const bool ends_at_midnight = end.local.minute == 0 && end.local.date > start.local.date;
  return {start.local.date, ends_at_midnight ? end.local.date - 1 : end.local.date};
}

std::span<const EligibilityRule> all_eligibility_rules() { return eligibility_rules; }
const EligibilityRule& info_of(Eligibility rule) { return eligibility_rules[static_cast<size_t>(rule)]; }

bool meets(Eligibility rule, const Staff& s, const Case& c, const Provider& p, const Placement& at, std::string* why) {
  switch (rule) {
  case Eligibility::active: return active(s, at, why);
  case Eligibility::do_not_match: return not_refused(s, c, why);
  case Eligibility::borneattest: return borneattest(s, p, at, why);
  case Eligibility::competences: return competences(s, c, why);
  case Eligibility::overnight: return overnight(s, at, why);
  case Eligibility::driving: return driving(s, at, why);
  case Eligibility::absence: return present(s, at, why);
  }
  return true;
}

std::vector<Ineligible> ineligibility(const Staff& s, const Case& c, const Provider& p, const Placement& at) {
  std::vector<Ineligible> out;
  for (const auto& info : eligibility_rules) {
    std::string why;
    if (meets(info.rule, s, c, p, at, &why)) continue;
    if (info.overridable && overridden(c, s, info.match, at.first)) continue;
    out.push_back({info.rule, std::move(why)});
  }
  return out;
}

namespace {

// What to do about a broken rule, in the words of the commands that do it.
std::string hint_for(const Ineligible& broken, const Staff& s, const Case& c) {
  switch (broken.rule) {
  case Eligibility::borneattest:
    return fmt::format(fmt::runtime(_("nobody works with a child without a valid børneattest; record a new check with "
                       "`pusterum staff edit {} --borneattest-checked DATE`")),
                       s.id);
  case Eligibility::active: return "plan or log someone who works here on that day";
  case Eligibility::absence:
    return "cover the date with someone who is here (`pusterum schedule CASE cover VISIT --date DATE --staff ID`), or correct the "
           "absence with `pusterum staff edit`";
  default: break;
  }
  // Recorded once for the person on the case, it then holds on every path.
  const std::string exception = s.id == c.fixed_staff
                                    ? fmt::format(fmt::runtime(_("`pusterum match {} --assign {} --reassign --force --reason TEXT`")), c.id, s.id)
                                    : fmt::format(fmt::runtime(_("`pusterum match {} --assign {} --reassign --substitute {} --force --reason TEXT`")), c.id,
                                                  c.fixed_staff.empty() ? "ID" : c.fixed_staff, s.id);
  return "plan someone who may, or record the exception once: " + exception;
}

} // namespace

void check_eligibility(const Staff& s, const Case& c, const Provider& p, const Placement& at, Findings& f, const std::string& field) {
  for (const auto& broken : ineligibility(s, c, p, at))
    f.add(info_of(broken.rule).finding, field, fmt::format(fmt::runtime(_("{} may not work with the child of case {}: {}")), s.id, c.id, broken.reason),
          hint_for(broken, s, c));
}

} // namespace pusterum::rules
