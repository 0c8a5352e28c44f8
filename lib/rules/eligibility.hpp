#pragma once
// May this person work with this child at this time? The one question every
// path that puts a person with a child asks: `match --assign` and `--open
// --apply`, `schedule add --staff` and `cover`, `log-hours` (single,
// --correct, --import, --planned), and `check` and `schedule check` of what
// is already written. It is judged on the days of the visit, never on today:
// a late timesheet for a week when the person's børneattest was valid is
// fine, a cover next month after it lapses is not.
#include "model/case.hpp"
#include "model/provider.hpp"
#include "model/staff.hpp"
#include "rulebook/findings.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::rules {

enum class Eligibility { active, do_not_match, borneattest, competences, overnight, driving, absence };

struct EligibilityRule {
  Eligibility rule;
  RuleName finding;         // the rule's name in findings and in pusterum.yaml's rules:
  std::string_view match;   // its name among match's hard rules, as `match --force` records it in `overrode`
  bool overridable;         // by `match --force --reason`, recorded in the case's staffing history
};

std::span<const EligibilityRule> all_eligibility_rules(); // in the order they are judged
const EligibilityRule& info_of(Eligibility rule);

// Where and how the person is with the child.
struct Placement {
  Date first;                            // the days they are with the child
  Date last;
  bool overnight = false;                // they stay the night
  bool driving = false;                  // they drive the child
  bool staffing = false;                 // a staffing from its first day on (match): overnight and driving as the grant has them
  Date today;                            // only for the wording of a lapsed børneattest
};

// The days from `start` to `end`, less the last when it ends at midnight:
// an evening visit until 00:00 is not with the child the next day.
std::pair<Date, Date> days_with_child(const Moment& start, const Moment& end);

struct Ineligible {
  Eligibility rule;
  std::string reason; // "børneattest expired on 2025-10-01 (checked 2023-10-02, renewed every 24 months)"
};

// Whether `staff` meets one rule for the placement; when not and `why` is
// given, why in plain words. No override is considered here.
bool meets(Eligibility rule, const Staff& staff, const Case& c, const Provider& provider, const Placement& at,
           std::string* why = nullptr);

// Every rule broken, in table order, less those the case's staffing history
// lets this person break: a `match --force --reason` naming them and the rule,
// in effect on the first day. The børneattest and being active are never
// overridden.
std::vector<Ineligible> ineligibility(const Staff& staff, const Case& c, const Provider& provider, const Placement& at);

// The same as findings at `field`, one per broken rule.
void check_eligibility(const Staff& staff, const Case& c, const Provider& provider, const Placement& at, Findings& findings,
                       const std::string& field);

} // namespace pusterum::rules
