#pragma once
// What in a provider tree is not what pusterum reads or writes there:
// symbolic links (util/fs.hpp refuses them) and folders named like files.
#include "store/tree.hpp"
#include "util/diagnostics.hpp"

namespace pusterum::store {

// One finding per link (rule symlink) and per folder named *.yaml, *.yml,
// *.md or *.log (rule not-a-file), anywhere below the root but .git; a link
// is not followed, so a dangling one or a loop is reported like any other.
void report_odd_entries(const Tree& tree, Diagnostics& out);

} // namespace pusterum::store
