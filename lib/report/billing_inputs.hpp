#pragma once
// What the billing basis and the overview read: every case file and its
// hours log, with voids and corrections applied. A case whose file or log
// has a line that cannot be read is set aside with its problems, so one
// broken case never hides or corrupts the others' figures.
#include "hours/entry.hpp"
#include "model/case.hpp"
#include "store/tree.hpp"
#include "util/diagnostics.hpp"

#include <string>
#include <vector>

namespace pusterum::report {

struct CaseWithHours {
  Case c;
  std::vector<hours::Entry> effective;
};

struct SetAside {
  std::string case_id;
  Diagnostics problems;
};

struct CaseInputs {
  std::vector<CaseWithHours> cases; // by ID
  std::vector<SetAside> set_aside;
};

// `wanted` decides from the case file alone whether its log is read at all.
CaseInputs read_cases_with_hours(const store::Tree& tree, const std::function<bool(const Case&)>& wanted);

} // namespace pusterum::report
