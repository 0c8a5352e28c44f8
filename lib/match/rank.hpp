#pragma once
// `pusterum match CASE`: every staff member for one case, the candidates
// best first and the others with every rule that excludes them.
#include "match/rules.hpp"
#include "match/score.hpp"

#include <vector>

namespace pusterum::match {

struct Candidate {
  const Worker* worker = nullptr;
  int score = 0;
  std::vector<Reason> reasons;
};

struct Excluded {
  const Worker* worker = nullptr;
  std::vector<Exclusion> exclusions;
};

struct Ranking {
  std::vector<Candidate> candidates; // score high to low, then staff ID A to Z
  std::vector<Excluded> excluded;    // staff ID A to Z
};

Ranking rank(const Need& need, const std::vector<Worker>& workers, const Context& context);

// The order of candidates everywhere: higher score first, then staff ID.
bool ranks_before(int score_a, std::string_view id_a, int score_b, std::string_view id_b);

} // namespace pusterum::match
