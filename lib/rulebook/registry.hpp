#pragma once
// Looking up the rules of rulebook/names.hpp. pusterum.yaml may set any rule to
// off, warn or block.
#include "model/provider.hpp"
#include "rulebook/names.hpp"
#include "util/diagnostics.hpp"

#include <span>
#include <string_view>

namespace pusterum::rules {

std::span<const Rule> all_rules();
const Rule* find_rule(std::string_view name);
Severity severity_of(const Provider& provider, std::string_view rule);
// schema, yaml, merge-conflict, cpr-number, hours-log and borneattest-expired
// always block: pusterum.yaml may name them only as block.
bool is_fixed(std::string_view rule);

} // namespace pusterum::rules
