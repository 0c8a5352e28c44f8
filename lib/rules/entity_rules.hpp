#pragma once
// Rules about one case or one staff member, used by `check` and by every
// command before it writes.
#include "model/case.hpp"
#include "model/provider.hpp"
#include "model/staff.hpp"
#include "rulebook/findings.hpp"

#include <functional>
#include <string>

namespace pusterum::rules {

// What a case's rules need to know of the rest of the tree.
struct TreeView {
  std::function<const Staff*(const std::string& id)> staff; // nullptr when there is none
  std::function<bool(const std::string& id)> case_exists;
};

// A grant lasts at most this long, amendments and all: schemas/common.schema.json says so too.
inline constexpr int max_grant_years = 10;
void check_grant(const Grant& grant, Findings& findings);
// The staff and cases a case names (do-not-match, siblings) exist.
void check_references(const Case& c, const TreeView& tree, Findings& findings);
void check_case(const Case& c, const std::string& folder, const Provider& provider, Date today, const TreeView& tree,
                Findings& findings);
void check_staff(const Staff& s, const std::string& file_stem, Findings& findings);

} // namespace pusterum::rules
