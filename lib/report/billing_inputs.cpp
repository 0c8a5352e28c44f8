#include "report/billing_inputs.hpp"

#include "hours/case_log.hpp"
#include "hours/ledger.hpp"

namespace pusterum::report {

CaseInputs read_cases_with_hours(const store::Tree& tree, const std::function<bool(const Case&)>& wanted) {
  CaseInputs inputs;
  for (auto& loaded : tree.load_cases()) {
    const std::string id = loaded.value ? loaded.value->id : loaded.file;
    if (!loaded.ok()) {
      inputs.set_aside.push_back({id, loaded.problems});
      continue;
    }
    if (!wanted(*loaded.value)) continue;
    auto log = hours::read_case_log(tree, loaded.value->id);
    if (log.problems.blocking()) {
      inputs.set_aside.push_back({id, log.problems});
      continue;
    }
    inputs.cases.push_back({std::move(*loaded.value), hours::effective(log.entries)});
  }
  return inputs;
}

} // namespace pusterum::report
