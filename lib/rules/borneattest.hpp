#pragma once
// The børneattest (child-protection record check) is required before anyone
// with a fixed attachment works with children under 15; providers renew it
// at an interval set in pusterum.yaml.
#include "model/provider.hpp"
#include "model/staff.hpp"

#include <optional>

namespace pusterum::rules {

// The last day the check counts as valid, or nullopt when there is no check
// or its result is not ok.
std::optional<Date> borneattest_valid_until(const Staff& staff, const Provider& provider);
bool borneattest_valid_on(const Staff& staff, const Provider& provider, Date day);

} // namespace pusterum::rules
