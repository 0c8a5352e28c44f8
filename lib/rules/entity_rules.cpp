#include "rules/entity_rules.hpp"

#include "grant/arithmetic.hpp"
#include "rules/borneattest.hpp"
#include "store/ids.hpp"
#include "store/write.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::rules {

namespace {

bool is_open(CaseStatus s) { return s != CaseStatus::closed; }

void check_status_history(const Case& c, Findings& f) {
  const auto& h = c.status_history;
  if (h.empty()) return; // the reader already reported it missing
  if (h.front().status != CaseStatus::referred)
    f.add(rule::status_history, "status_history[0].status",
          fmt::format(fmt::runtime(_("the history starts with {}, not referred")), name_of(h.front().status)),
          _("every case starts as referred at intake"));
  for (size_t i = 1; i < h.size(); ++i)
    if (h[i].date < h[i - 1].date)
      f.add(rule::status_history, fmt::format("status_history[{}].date", i),
            fmt::format(fmt::runtime(_("{} comes before the entry above it ({})")), h[i].date.iso(), h[i - 1].date.iso()),
            _("keep the entries oldest first"));
  if (h.back().status != c.status)
    f.add(rule::status_history, "status",
          fmt::format(fmt::runtime(_("status is {} but the last history entry is {}")), name_of(c.status), name_of(h.back().status)),
          _("use `pusterum case close|reopen` to change the status"));
}

void check_staffing(const Case& c, const Provider& provider, Date today, const TreeView& tree, Findings& f) {
  const bool needs_staff = c.status == CaseStatus::active || c.status == CaseStatus::paused;
  const bool before_match = c.status == CaseStatus::referred || c.status == CaseStatus::matching;
  if (needs_staff && c.fixed_staff.empty())
    f.add(rule::staffing_status, "status", fmt::format(fmt::runtime(_("the case is {} but has no fixed staff member")), name_of(c.status)),
          _("assign one with `pusterum match CASE --assign STAFF`"));
  if (before_match && !c.fixed_staff.empty())
    f.add(rule::staffing_status, "fixed_staff", fmt::format(fmt::runtime(_("the case is {} but already has fixed staff")), name_of(c.status)),
          _("set the status to active, or remove fixed_staff"));

  auto check_assigned = [&](const std::string& id, const std::string& path, std::string_view role) {
    const Staff* s = tree.staff(id);
    if (!s) {
      f.add(rule::unknown_staff, path, fmt::format(fmt::runtime(_("no staff member '{}'")), id), _("`pusterum staff list` shows who there is"));
      return;
    }
    if (!is_open(c.status)) return;
    if (!s->active)
      f.add(rule::inactive_staff_assigned, path, fmt::format(fmt::runtime(_("{} '{}' is deactivated")), role, id),
            _("assign someone else with `pusterum match`"));
    else if (!borneattest_valid_on(*s, provider, today)) {
      const auto until = borneattest_valid_until(*s, provider);
      f.add(rule::borneattest_expired, path,
            until ? fmt::format(fmt::runtime(_("{} '{}' has a børneattest that expired on {}")), role, id, until->iso())
                  : fmt::format(fmt::runtime(_("{} '{}' has no valid børneattest")), role, id),
            fmt::format(fmt::runtime(_("record a new check with `pusterum staff edit {} --borneattest-checked DATE`")), id));
    }
  };
  if (!c.fixed_staff.empty()) check_assigned(c.fixed_staff, "fixed_staff", "fixed staff");
  for (size_t i = 0; i < c.substitutes.size(); ++i)
    check_assigned(c.substitutes[i], fmt::format("substitutes[{}]", i), "substitute");
}

// What two amendments from the same day both set, to different values:
// "quantity: 6 and 7", "end: 2027-01-31 and 2027-02-28", "terms".
std::vector<std::string> disagreements(const Amendment& a, const Amendment& b) {
  std::vector<std::string> out;
  if (a.quantity && b.quantity && *a.quantity != *b.quantity)
    out.push_back(fmt::format(fmt::runtime(_("quantity: {} and {}")), store::decimal_text(*a.quantity), store::decimal_text(*b.quantity)));
  if (a.unit && b.unit && *a.unit != *b.unit) out.push_back(fmt::format(fmt::runtime(_("unit: {} and {}")), name_of(*a.unit), name_of(*b.unit)));
  if (a.end && b.end && *a.end != *b.end) out.push_back(fmt::format(fmt::runtime(_("end: {} and {}")), a.end->iso(), b.end->iso()));
  if (a.terms && b.terms && *a.terms != *b.terms) out.push_back("terms");
  return out;
}

std::string recorded_text(const Amendment& a) { return a.recorded ? a.recorded->iso() : "no date"; }

// Two amendments from one day that set one thing to different values. The
// later in the file wins, and a later `recorded` date says that order is
// meant: a correction. Recorded the same day, or the later one listed first,
// the order is an accident, typically of two clones amending the same grant
// and a merge that kept both: nothing says which decision holds.
void check_amendment_conflicts(const Grant& g, Findings& f) {
  static const char* const field_of[] = {"quantity", "unit", "end", "terms"};
  for (size_t j = 1; j < g.amendments.size(); ++j) {
    const Amendment& b = g.amendments[j];
    for (size_t i = 0; i < j; ++i) {
      const Amendment& a = g.amendments[i];
      if (a.from != b.from || (a.recorded && b.recorded && *a.recorded < *b.recorded)) continue;
      const auto differ = disagreements(a, b);
      if (differ.empty()) continue;
      std::string field = "from";
      for (const char* name : field_of)
        if (differ.front().starts_with(name)) field = name;
      f.add(rule::amendment_conflict, fmt::format("grant.amendments[{}].{}", j, field),
            fmt::format(fmt::runtime(_("grant.amendments[{}] and [{}] both apply from {} and disagree on {} (recorded {} and {}); "
                        "nothing says which holds")),
                        i, j, b.from.iso(), text::join(differ, ", "), recorded_text(a), recorded_text(b)),
            _("two clones amended the same grant? keep the amendment the municipality decided, delete the other from "
            "case.yaml, then run `pusterum check`"));
      break; // one finding per amendment
    }
  }
}

} // namespace

void check_grant(const Grant& g, Findings& f) {
  if (g.end < g.start)
    f.add(rule::grant_period, "grant.end", fmt::format(fmt::runtime(_("the grant ends ({}) before it starts ({})")), g.end.iso(), g.start.iso()),
          _("check the dates in the municipality's decision"));
  // Every report and rule walks the grant's days: a bounded length keeps
  // them bounded, and no municipality grants respite care for longer.
  const Date too_late = add_months(g.start, 12 * max_grant_years);
  auto check_length = [&](Date last, const std::string& path) {
    if (last >= too_late)
      f.add(rule::grant_period, path,
            fmt::format(fmt::runtime(_("the grant would last from {} to {}, more than {} years")), g.start.iso(), last.iso(), max_grant_years),
            fmt::format(fmt::runtime(_("check the end in the municipality's decision; a grant ends before {}")), too_late.iso()));
  };
  check_length(g.end, "grant.end");
  for (size_t i = 0; i < g.amendments.size(); ++i)
    if (g.amendments[i].end) check_length(*g.amendments[i].end, fmt::format("grant.amendments[{}].end", i));
  const Date end = grant::end_of(g);
  for (size_t i = 0; i < g.amendments.size(); ++i) {
    const Amendment& a = g.amendments[i];
    const std::string path = fmt::format("grant.amendments[{}]", i);
    if (a.from < g.start || a.from > end)
      f.add(rule::grant_period, path + ".from",
            fmt::format(fmt::runtime(_("the amendment from {} lies outside the grant period {} to {}")), a.from.iso(), g.start.iso(), end.iso()),
            _("amend from a date inside the period"));
    if (i > 0 && a.from < g.amendments[i - 1].from)
      f.add(rule::grant_period, path + ".from", fmt::format(fmt::runtime(_("the amendment from {} comes after a later one")), a.from.iso()),
            _("keep amendments in date order"));
    if (a.quantity && *a.quantity <= Rational(0))
      f.add(rule::grant_period, path + ".quantity", _("the amended quantity must be more than 0"));
    if (a.quantity && grant::state_on(g, a.from).unit == GrantUnit::hours_per_period) {
      Grant before = g;
      before.amendments.erase(before.amendments.begin() + static_cast<long>(i), before.amendments.end());
      const Rational used = grant::granted_before(before, a.from);
      if (*a.quantity < used)
        f.add(rule::grant_period, path + ".quantity",
              fmt::format(fmt::runtime(_("the new total of {} h is less than the {} h granted before {}")), a.quantity->to_decimal(2),
                          used.to_decimal(2), a.from.iso()),
              _("a whole-period total counts from the grant's start; give the new total for the whole period"));
    }
    if (a.end && *a.end < a.from)
      f.add(rule::grant_period, path + ".end",
            fmt::format(fmt::runtime(_("the amended end {} is before the amendment's own start {}")), a.end->iso(), a.from.iso()),
            _("an amendment can end the grant early, but not before it takes effect"));
    if (!a.quantity && !a.unit && !a.end && !a.terms)
      f.add(rule::grant_period, path, _("the amendment changes nothing"), _("give a new quantity, unit, end or terms"));
  }
  check_amendment_conflicts(g, f);
}

void check_references(const Case& c, const TreeView& tree, Findings& f) {
  for (size_t i = 0; i < c.do_not_match.size(); ++i)
    if (!tree.staff(c.do_not_match[i]))
      f.add(rule::unknown_staff, fmt::format("do_not_match[{}]", i), fmt::format(fmt::runtime(_("no staff member '{}'")), c.do_not_match[i]),
            _("`pusterum staff list` shows who there is"));
  for (size_t i = 0; i < c.siblings.size(); ++i)
    if (!tree.case_exists(c.siblings[i]))
      f.add(rule::unknown_sibling, fmt::format("siblings[{}]", i), fmt::format(fmt::runtime(_("no case '{}'")), c.siblings[i]),
            _("give the sibling's case ID"));
}

void check_case(const Case& c, const std::string& folder, const Provider& provider, Date today, const TreeView& tree,
                Findings& f) {
  if (!store::is_case_id(c.id))
    f.add(rule::id_matches_path, "id", fmt::format(fmt::runtime(_("'{}' is not a case ID")), c.id), _("case IDs look like 2026-K7M3Q"));
  else if (c.id != folder)
    f.add(rule::id_matches_path, "id", fmt::format(fmt::runtime(_("the id '{}' differs from the folder name '{}'")), c.id, folder),
          _("rename the folder or fix the id"));
  check_status_history(c, f);
  check_staffing(c, provider, today, tree, f);
  check_references(c, tree, f);
  check_grant(c.grant, f);
}

void check_staff(const Staff& s, const std::string& file_stem, Findings& f) {
  if (s.id != file_stem)
    f.add(rule::id_matches_path, "id", fmt::format(fmt::runtime(_("the id '{}' differs from the file name '{}.yaml'")), s.id, file_stem),
          _("rename the file or fix the id"));
  for (size_t i = 0; i < s.absences.size(); ++i)
    if (s.absences[i].to < s.absences[i].from)
      f.add(rule::staff_absences, fmt::format("absences[{}].to", i),
            fmt::format(fmt::runtime(_("the absence ends ({}) before it starts ({})")), s.absences[i].to.iso(), s.absences[i].from.iso()));
}

} // namespace pusterum::rules
