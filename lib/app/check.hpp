#pragma once
// `pusterum check`: every file of the tree against its schema and every rule.
#include "store/tree.hpp"
#include "util/diagnostics.hpp"

namespace pusterum::app {

struct TreeCheck {
  Diagnostics problems;
  size_t files = 0;
};

TreeCheck check_tree(const store::Tree& tree);

} // namespace pusterum::app
