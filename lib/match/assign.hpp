#pragma once
// `pusterum match CASE --assign`: which match rules a chosen staffing
// breaks, and the case as it would be recorded. A staffing that breaks
// match rules is refused unless --force comes with a reason; one that would
// break a rule `pusterum check` blocks on is always refused.
#include "match/record.hpp"
#include "match/roster.hpp"
#include "match/rules.hpp"

#include <string>
#include <vector>

namespace pusterum::match {

struct Breach {
  const Staff* staff = nullptr;
  Role role = Role::fixed;
  std::vector<Exclusion> exclusions;
};

// Every rule the fixed staff member and each substitute breaks, in that order.
std::vector<Breach> breaches(const Need& need, const Staff& fixed, const std::vector<const Staff*>& substitutes,
                             const Context& context);

// "mikkel-thomsen: børneattest expired on 2025-10-01 (...) [borneattest]; substitute kasper-holm: lacks autism [competences]"
std::string breaches_text(const std::vector<Breach>& breaches);
// The names of the rules broken, each once, in table order.
std::vector<std::string> broken_rules(const std::vector<Breach>& breaches);

struct AssignRequest {
  std::string case_id;
  std::vector<Staff> named;      // the fixed staff member first, then the substitutes given
  bool substitutes_given = false; // else the case keeps its substitutes, less the new fixed staff member
  Date day;                       // the staffing applies from this day; the rules are judged as of it
  bool reassign = false;
  bool force = false;
  std::string reason;
};

struct Assignment {
  Case before;
  Case after;
  Staffing staffing;
  bool force_unneeded = false; // --force was given but no match rule was broken
};

// The case with the staffing recorded, or an Error saying why not. `today`
// is the day `check` judges the tree on.
Assignment assignment(const store::Tree& tree, const Roster& roster, const AssignRequest& request, Date today);

// The problems `check` blocks on that `after` has and `before` had not:
// --force overrides match rules, never these. Staff are looked up in
// `extra` first, then in the roster. `positions` says where a finding's
// field came from (the flags that named the staff), else the case file.
Diagnostics new_blocking_findings(const store::Tree& tree, const Roster& roster, const std::vector<Staff>& extra,
                                  const Case& before, const Case& after, Date today,
                                  const store::Positions* positions = nullptr);

} // namespace pusterum::match
