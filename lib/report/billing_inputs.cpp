#include "report/billing_inputs.hpp"

#include "hours/case_log.hpp"
#include "hours/ledger.hpp"

namespace pusterum::report {

OneCase read_case_with_hours(const store::Tree& tree, store::ReadCache& cache, const std::string& id, const HoursWanted& wanted) {
  auto loaded = store::load_case_if_present(tree, cache, id);
  if (!loaded) return {}; // `check` reports the empty folder
  if (!loaded->ok()) return {std::nullopt, SetAside{loaded->value ? loaded->value->id : loaded->file, std::move(loaded->problems)}};
  std::optional<Case> c = std::move(loaded->value);
  if (!wanted.of_case(*c)) return {};
  auto log = wanted.days ? hours::read_months(tree, id, hours::months_touched(wanted.days->first, wanted.days->last))
                         : hours::read_case_log(tree, id);
  if (log.problems.blocking()) return {std::nullopt, SetAside{id, std::move(log.problems)}};
  return {CaseWithHours{std::move(*c), hours::effective(std::move(log.entries))}, std::nullopt};
}

CaseInputs read_cases_with_hours(const store::Tree& tree, const HoursWanted& wanted) {
  auto read = map_cases_with_hours<CaseWithHours>(tree, wanted, [](CaseWithHours&& input) { return std::move(input); });
  return {std::move(read.results), std::move(read.set_aside)};
}

} // namespace pusterum::report
