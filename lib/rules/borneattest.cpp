#include "rules/borneattest.hpp"

namespace pusterum::rules {

std::optional<Date> borneattest_valid_until(const Staff& staff, const Provider& provider) {
  if (!staff.borneattest || !staff.borneattest->ok) return std::nullopt;
  return add_months(staff.borneattest->checked, provider.contract.borneattest_renewal_months) - 1;
}

bool borneattest_valid_on(const Staff& staff, const Provider& provider, Date day) {
  const auto until = borneattest_valid_until(staff, provider);
  return until && staff.borneattest->checked <= day && day <= *until;
}

} // namespace pusterum::rules
