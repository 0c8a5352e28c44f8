#pragma once
// What matching reads from the provider tree. `match CASE` reads every staff
// member, the case, its siblings and the cases that hold staff hours
// (active and paused ones); a case file that is plainly waiting for a match
// or closed is not parsed at all. `match --open` reads every case. Files
// whose bytes have not changed since the last run come from the read cache
// (read_cache.hpp) instead of being parsed again.
#include "match/context.hpp"
#include "store/read_cache.hpp"
#include "store/tree.hpp"

#include <string>
#include <vector>

namespace pusterum::match {

struct Roster {
  std::vector<Staff> staff;            // every staff file without problems, by ID
  std::vector<Case> cases;             // the cases read, by ID
  std::vector<std::string> unreadable; // files skipped because they have problems (`check` lists them)

  const Case* find_case(std::string_view id) const;
  std::vector<const Case*> case_pointers() const;
  // The cases `c` names as siblings, among those read.
  std::vector<const Case*> siblings_of(const Case& c) const;
};

// For one case: staff, the case, its siblings and every case holding staff.
// The caller saves the cache when its command succeeds: a refused command
// changes nothing on disk, not even the cache.
Roster load_for_case(const store::Tree& tree, store::ReadCache& cache, const std::string& case_id);
// For every case waiting for a match: everything.
Roster load_all(const store::Tree& tree, store::ReadCache& cache);

// The context on `today`: the provider, its weights and the hours held.
Context context_of(const store::Tree& tree, const Roster& roster, Date today);

// The status a case file states on its own top-level line, as pusterum
// writes it, without parsing the YAML; nullopt when the file is not in that
// plain shape (then it is parsed).
std::optional<CaseStatus> peek_status(std::string_view text);

} // namespace pusterum::match
