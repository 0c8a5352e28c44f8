#include "rulebook/registry.hpp"

namespace pusterum::rules {

std::span<const Rule> all_rules() { return rule_table; }

const Rule* find_rule(std::string_view name) {
  for (const auto& r : rule_table)
    if (r.name == name) return &r;
  return nullptr;
}

bool is_fixed(std::string_view rule) {
  return rule == rule::schema || rule == rule::yaml || rule == rule::merge_conflict || rule == rule::cpr_number ||
         rule == rule::hours_log || rule == rule::borneattest_expired || rule == rule::symlink || rule == rule::not_a_file ||
         rule == rule::unfinished_change;
}

Severity severity_of(const Provider& provider, std::string_view rule) {
  if (is_fixed(rule)) return Severity::block;
  if (auto it = provider.rules.find(rule); it != provider.rules.end()) return it->second;
  if (const Rule* r = find_rule(rule)) return r->default_severity;
  return Severity::block;
}

} // namespace pusterum::rules
