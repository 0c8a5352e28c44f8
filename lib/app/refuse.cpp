#include "app/refuse.hpp"

#include "store/tree.hpp"
#include "util/error.hpp"

namespace pusterum::app {

void refuse(const Diagnostics& problems) {
  Diagnostics warnings;
  for (const auto& p : problems.problems())
    if (p.severity == Severity::warn) warnings.add(p);
  try {
    store::throw_problems(problems);
  } catch (const Error& e) {
    throw Refused(e.code(), e.what(), e.hint(), std::move(warnings));
  }
}

} // namespace pusterum::app
