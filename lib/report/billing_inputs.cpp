#include "report/billing_inputs.hpp"

#include "hours/case_log.hpp"
#include "hours/ledger.hpp"

namespace pusterum::report {

OneCase read_case_with_hours(const store::Tree& tree, store::ReadCache& cache, const std::string& id, const HoursWanted& wanted) {
  const auto text = tree.read_text_if_present(tree.case_file(id));
  if (!text) return {}; // `check` reports the empty folder
  std::optional<Case> c = cache.case_file(id, *text);
  if (!c) {
    auto loaded = tree.load_case(id); // for its problems
    if (!loaded.ok()) return {std::nullopt, SetAside{loaded.value ? loaded.value->id : loaded.file, std::move(loaded.problems)}};
    c = std::move(loaded.value);
  }
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
