#pragma once
// The hard rules of matching: a staff member who breaks one is no candidate
// for the case. Each rule has a name (shown in brackets and in JSON) and
// says in plain words why it excluded someone.
#include "match/context.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::match {

enum class HardRule { active, do_not_match, borneattest, competences, area, overnight, driving, absence, availability, capacity };

struct HardRuleInfo {
  HardRule rule;
  std::string_view name;
  std::string_view meaning;
  std::string_view excluded_one;  // "works elsewhere": after "1", how a count of excluded staff reads
  std::string_view excluded_many; // "work elsewhere": after any other count
  bool for_substitutes;       // substitutes must meet it too
};

std::span<const HardRuleInfo> all_hard_rules(); // in the order they are checked and shown
const HardRuleInfo& info_of(HardRule rule);
std::string_view name_of(HardRule rule);

enum class Role { fixed, substitute };

struct Exclusion {
  HardRule rule;
  std::string reason; // "børneattest expired on 2025-10-01 (checked 2023-10-02, renewed every 24 months)"
};

// Every hard rule the worker breaks for the need, in table order; empty when
// they can take the case. A substitute is held to the rules marked for them.
std::vector<Exclusion> exclusions(const Need& need, const Worker& worker, const Context& context, Role role = Role::fixed);

// The same question for many pairs: no words, and it stops at the first
// broken rule.
bool eligible(const Need& need, const Worker& worker, const Context& context);

// "3", "3.5", "3.73": minutes a week as hours, for people.
std::string hours_text(int minutes);

} // namespace pusterum::match
