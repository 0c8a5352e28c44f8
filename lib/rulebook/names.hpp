#pragma once
// Every business rule, once: its name, its default severity and one sentence
// of meaning. Code names a rule by a constant in pusterum::rule, which
// compiles only for a name in this table, so a misspelt rule is an error at
// build time, not a finding of a rule nobody can configure. The rulebook
// sits below the store, which names rules as it reads; the rules that judge
// a case or a person (rules/) sit above it and share its namespace.
#include "util/diagnostics.hpp"

#include <string>
#include <string_view>

namespace pusterum::rules {

struct Rule {
  std::string_view name;
  Severity default_severity;
  std::string_view meaning;
};

// In the order check --rules lists them.
inline constexpr Rule rule_table[] = {
  Rule{"id-matches-path", Severity::block, "a case's id is its folder name and has the form YYYY-XXXXX; a staff id is its file name"},
  Rule{"status-history", Severity::block, "the status history starts with referred, runs forward in time and ends in the current status"},
  Rule{"staffing-status", Severity::block, "active and paused cases have a fixed staff member; referred and matching cases have none yet"},
  Rule{"unknown-staff", Severity::block, "every staff ID a case (fixed, substitutes, do-not-match), an hours entry (voided ones too) or a plan names has a staff file"},
  Rule{"unknown-sibling", Severity::warn, "every sibling a case names is a case in the tree"},
  Rule{"grant-period", Severity::block, "a grant ends on or after its start and lasts at most 10 years, and amendments fall inside the period in date order"},
  Rule{"amendment-conflict", Severity::block,
       "two amendments from the same day that set one thing differently say which came later (a later recorded date)"},
  Rule{"inactive-staff-assigned", Severity::block,
       "nobody deactivated is fixed staff or substitute on a case that is not closed, or planned or logged after the day they stopped"},
  Rule{"borneattest-expired", Severity::block,
       "everyone staffed, planned or logged with a child has a børneattest with result ok, valid on those days (always blocks)"},
  Rule{"staff-do-not-match", Severity::block, "nobody on a case's do-not-match list is planned or logged on it"},
  Rule{"staff-competences", Severity::block, "whoever is planned or logged on a case has every competence the case requires"},
  Rule{"staff-overnight", Severity::block, "overnight stays are planned and logged only for staff who stay overnight"},
  Rule{"staff-driving", Severity::block,
       "visits on a grant with driving are planned, and km logged, only for staff with a driving licence and a car"},
  Rule{"duplicate-case-number", Severity::warn, "no two cases of one municipality share the municipality's case number"},
  Rule{"municipality-spelling", Severity::warn,
       "municipalities are spelt one way: no two cases name one municipality with a difference only in case, spacing or a \"Kommune\" suffix"},
  Rule{"staff-absences", Severity::block, "an absence ends on or after its start"},
  Rule{"unknown-rule", Severity::warn, "pusterum.yaml names only rules that exist"},
  Rule{"unknown-weight", Severity::warn, "pusterum.yaml's match weights name only criteria that exist"},
  Rule{"case-not-active", Severity::block, "hours are logged only on active cases"},
  Rule{"outside-grant", Severity::block, "an hours entry or a planned visit starts on a day inside the grant period"},
  Rule{"future-entry", Severity::block, "an hours entry has ended, give or take the contract's log_grace_minutes"},
  Rule{"staff-overlap", Severity::block, "one person's logged hours never overlap, across all cases"},
  Rule{"km-not-granted", Severity::block, "km are logged only when driving is part of the grant"},
  Rule{"km-cap", Severity::warn, "the km logged in a month stay within the grant's km cap"},
  Rule{"overnight-not-granted", Severity::block, "overnight stays are logged or planned only when the grant includes them"},
  Rule{"overnight-night", Severity::block, "an overnight stay spans a night (the midnight of billing.night, 23:00-07:00 by default): it is billed by the night"},
  Rule{"short-visit", Severity::warn, "a visit lasts at least the contract's minimum (2 h by default)"},
  Rule{"outside-grant-terms", Severity::warn, "a visit falls on the grant's allowed days and inside its time windows"},
  Rule{"plan-time", Severity::block, "a planned visit starts and ends at local times that exist once (not in the hour the clocks skip or repeat)"},
  Rule{"plan-over-grant", Severity::warn, "the hours planned in each budget period of the grant stay within the hours granted for it"},
  Rule{"plan-overlap", Severity::block, "one person's planned visits never overlap, across all cases"},
  Rule{"staff-absent", Severity::block, "nobody is planned or logged on a day of their recorded absence"},
  Rule{"staff-unavailable", Severity::warn, "planned visits fall inside the person's weekly availability (overnight stays by staff who take them excepted)"},
  Rule{"daily-rest", Severity::warn, "staff have 11 consecutive hours of rest in every 24 (contract.daily_rest_hours by agreement)"},
  Rule{"weekly-rest", Severity::warn, "staff have a rest of 35 consecutive hours in every week"},
  Rule{"average-week", Severity::warn, "staff work at most 48 hours a week on average over 4 months"},
  // Reported while reading, always blocking: listed so that check --rules shows them.
  Rule{"hours-log", Severity::block, "every line of an hours log is one readable entry"},
  Rule{"cpr-number", Severity::block, "no value shaped like a CPR number, unless cpr_field: true allows one in child.cpr"},
  Rule{"merge-conflict", Severity::block, "no file holds git's conflict markers (<<<<<<<, =======, >>>>>>>) of a merge left unresolved"},
  Rule{"schema", Severity::block, "every file has the keys, types and values its JSON Schema describes"},
  Rule{"yaml", Severity::block, "every file is valid YAML"},
  Rule{"symlink", Severity::block, "nothing inside the tree is a symbolic link (pusterum neither reads nor writes through one)"},
  Rule{"not-a-file", Severity::block, "nothing named like a file pusterum reads (*.yaml, *.md, *.log) is a folder"},
  Rule{"unfinished-change", Severity::block, "no change to several files is left half-done by a writer that stopped (.pusterum/intent)"},
};

consteval bool in_rule_table(std::string_view name) {
  for (const Rule& r : rule_table)
    if (r.name == name) return true;
  return false;
}

// A rule's name as code passes it on: only the constants below make one.
class RuleName {
public:
  consteval explicit RuleName(std::string_view text) : text_(text) {
    if (!in_rule_table(text)) throw "not a rule in rule_table"; // stops the build
  }
  constexpr std::string_view text() const { return text_; }
  constexpr operator std::string_view() const { return text_; }
  operator std::string() const { return std::string(text_); } // Problem::rule
  friend constexpr bool operator==(RuleName, RuleName) = default;
  friend constexpr bool operator==(RuleName a, std::string_view b) { return a.text_ == b; }

private:
  std::string_view text_;
};

} // namespace pusterum::rules

namespace pusterum::rule {

inline constexpr rules::RuleName id_matches_path{"id-matches-path"};
inline constexpr rules::RuleName status_history{"status-history"};
inline constexpr rules::RuleName staffing_status{"staffing-status"};
inline constexpr rules::RuleName unknown_staff{"unknown-staff"};
inline constexpr rules::RuleName unknown_sibling{"unknown-sibling"};
inline constexpr rules::RuleName grant_period{"grant-period"};
inline constexpr rules::RuleName amendment_conflict{"amendment-conflict"};
inline constexpr rules::RuleName inactive_staff_assigned{"inactive-staff-assigned"};
inline constexpr rules::RuleName borneattest_expired{"borneattest-expired"};
inline constexpr rules::RuleName staff_do_not_match{"staff-do-not-match"};
inline constexpr rules::RuleName staff_competences{"staff-competences"};
inline constexpr rules::RuleName staff_overnight{"staff-overnight"};
inline constexpr rules::RuleName staff_driving{"staff-driving"};
inline constexpr rules::RuleName duplicate_case_number{"duplicate-case-number"};
inline constexpr rules::RuleName municipality_spelling{"municipality-spelling"};
inline constexpr rules::RuleName staff_absences{"staff-absences"};
inline constexpr rules::RuleName unknown_rule{"unknown-rule"};
inline constexpr rules::RuleName unknown_weight{"unknown-weight"};
inline constexpr rules::RuleName case_not_active{"case-not-active"};
inline constexpr rules::RuleName outside_grant{"outside-grant"};
inline constexpr rules::RuleName future_entry{"future-entry"};
inline constexpr rules::RuleName staff_overlap{"staff-overlap"};
inline constexpr rules::RuleName km_not_granted{"km-not-granted"};
inline constexpr rules::RuleName km_cap{"km-cap"};
inline constexpr rules::RuleName overnight_not_granted{"overnight-not-granted"};
inline constexpr rules::RuleName overnight_night{"overnight-night"};
inline constexpr rules::RuleName short_visit{"short-visit"};
inline constexpr rules::RuleName outside_grant_terms{"outside-grant-terms"};
inline constexpr rules::RuleName plan_time{"plan-time"};
inline constexpr rules::RuleName plan_over_grant{"plan-over-grant"};
inline constexpr rules::RuleName plan_overlap{"plan-overlap"};
inline constexpr rules::RuleName staff_absent{"staff-absent"};
inline constexpr rules::RuleName staff_unavailable{"staff-unavailable"};
inline constexpr rules::RuleName daily_rest{"daily-rest"};
inline constexpr rules::RuleName weekly_rest{"weekly-rest"};
inline constexpr rules::RuleName average_week{"average-week"};
inline constexpr rules::RuleName hours_log{"hours-log"};
inline constexpr rules::RuleName cpr_number{"cpr-number"};
inline constexpr rules::RuleName merge_conflict{"merge-conflict"};
inline constexpr rules::RuleName schema{"schema"};
inline constexpr rules::RuleName symlink{"symlink"};       // a link inside the tree (store/odd_entries.hpp)
inline constexpr rules::RuleName not_a_file{"not-a-file"}; // a folder named like a file
inline constexpr rules::RuleName yaml{"yaml"};
inline constexpr rules::RuleName unfinished_change{"unfinished-change"};

} // namespace pusterum::rule
