#include "match/assign.hpp"

#include "rules/entity_rules.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::match {

namespace {

// The substitutes after the change: those given, else the case's own, less
// the new fixed staff member.
std::vector<std::string> substitutes_after(const Case& c, const AssignRequest& r) {
  std::vector<std::string> out;
  if (r.substitutes_given) {
    for (size_t i = 1; i < r.named.size(); ++i) out.push_back(r.named[i].id);
    return out;
  }
  for (const auto& s : c.substitutes)
    if (s != r.named.front().id) out.push_back(s);
  return out;
}

// A child is never placed with someone without a valid børneattest, or with
// someone who no longer works here, whatever --force says.
void refuse_never_overridden(const std::vector<Breach>& broken) {
  std::vector<Breach> hard;
  for (const auto& b : broken) {
    Breach kept{b.staff, b.role, {}};
    for (const auto& e : b.exclusions)
      if (e.rule == HardRule::borneattest || e.rule == HardRule::active) kept.exclusions.push_back(e);
    if (!kept.exclusions.empty()) hard.push_back(std::move(kept));
  }
  if (!hard.empty())
    throw Error(Exit::findings, "the staffing breaks rules that --force cannot override: " + breaches_text(hard),
                _("name someone with a valid børneattest who works here"));
}

} // namespace

std::vector<Breach> breaches(const Need& need, const Staff& fixed, const std::vector<const Staff*>& substitutes,
                             const Context& context) {
  std::vector<Breach> out;
  auto add = [&](const Staff& s, Role role) {
    auto broken = exclusions(need, worker_of(s, context), context, role);
    if (!broken.empty()) out.push_back({&s, role, std::move(broken)});
  };
  add(fixed, Role::fixed);
  for (const Staff* s : substitutes) add(*s, Role::substitute);
  return out;
}

std::string breaches_text(const std::vector<Breach>& breaches) {
  std::vector<std::string> parts;
  for (const auto& b : breaches) {
    std::vector<std::string> why;
    for (const auto& e : b.exclusions) why.push_back(fmt::format("{} [{}]", e.reason, name_of(e.rule)));
    parts.push_back(fmt::format("{}{}: {}", b.role == Role::substitute ? "substitute " : "", b.staff->id, text::join(why, "; ")));
  }
  return text::join(parts, "; ");
}

std::vector<std::string> broken_rules(const std::vector<Breach>& breaches) {
  std::vector<std::string> out;
  for (const auto& info : all_hard_rules()) {
    const bool broken = std::any_of(breaches.begin(), breaches.end(), [&](const Breach& b) {
      return std::any_of(b.exclusions.begin(), b.exclusions.end(), [&](const Exclusion& e) { return e.rule == info.rule; });
    });
    if (broken) out.emplace_back(info.name);
  }
  return out;
}

Diagnostics new_blocking_findings(const store::Tree& tree, const Roster& roster, const std::vector<Staff>& extra,
                                  const Case& before, const Case& after, Date today, const store::Positions* positions) {
  const rules::TreeView view{
    .staff = [&](const std::string& id) -> const Staff* {
      for (const auto* list : {&extra, &roster.staff})
        for (const auto& s : *list)
          if (s.id == id) return &s;
      return nullptr;
    },
    .case_exists = [&](const std::string& id) { return tree.has_case(id); },
  };
  const std::string file = tree.relative(tree.case_file(before.id));
  auto findings = [&](const Case& c) {
    Diagnostics out;
    rules::Findings f(tree.provider(), out, file, positions);
    rules::check_case(c, c.id, tree.provider(), today, view, f);
    return out;
  };
  const Diagnostics was = findings(before), will_be = findings(after);
  std::set<std::string> known;
  for (const auto& p : was.problems()) known.insert(p.to_string());
  Diagnostics fresh;
  for (const auto& p : will_be.problems())
    if (p.severity == Severity::block && !known.contains(p.to_string())) fresh.add(p);
  return fresh;
}

Assignment assignment(const store::Tree& tree, const Roster& roster, const AssignRequest& r, Date today) {
  const Case* found = roster.find_case(r.case_id);
  if (!found) throw Error(Exit::usage, fmt::format(fmt::runtime(_("no case {}")), r.case_id));
  Assignment a{*found, *found, {}, false};
  check_can_staff(a.before, r.day, r.reassign);

  // As of the day the staffing applies from.
  const Context ctx = context_of(tree, roster, r.day);
  const Need need = need_of(a.before, ctx, acquaintances(a.before, roster.siblings_of(a.before)));
  if (need.grant_over)
    throw Error(Exit::findings, fmt::format(fmt::runtime(_("the grant of case {} ended on {}")), r.case_id, need.grant_end.iso()),
                _("amend the grant's end with `pusterum case amend` first"));
  std::vector<const Staff*> substitutes;
  for (size_t i = 1; i < r.named.size(); ++i) substitutes.push_back(&r.named[i]);
  const auto broken = breaches(need, r.named.front(), substitutes, ctx);
  if (!broken.empty() && !r.force)
    throw Error(Exit::findings, "the staffing breaks match rules: " + breaches_text(broken),
                _("give --force with --reason TEXT to record it anyway"));

  a.force_unneeded = r.force && broken.empty();
  a.staffing = {r.named.front().id, substitutes_after(a.before, r), {}, {}};
  if (!broken.empty()) {
    a.staffing.forced = r.reason;
    a.staffing.overrode = broken_rules(broken);
  }
  record_staffing(a.after, a.staffing, r.day);
  // The staff named on the command line: findings about them point at its flags.
  store::Positions flags{{"fixed_staff", Location{.file = {}, .line = 0, .column = 0, .flag = "--assign"}}};
  if (r.substitutes_given) flags["substitutes"] = Location{.file = {}, .line = 0, .column = 0, .flag = "--substitute"};
  const Diagnostics fresh = new_blocking_findings(tree, roster, r.named, a.before, a.after, today, &flags);
  if (!fresh.empty()) store::throw_problems(fresh);
  refuse_never_overridden(broken);
  return a;
}

} // namespace pusterum::match
