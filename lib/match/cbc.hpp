#pragma once
// One group of interlinked cases as an integer program for COIN-OR CBC:
// a 0/1 variable per case and candidate, at most one candidate per case, and
// per staff member whose hours bind, the minutes of their new cases within
// what they have free. CBC's own output never reaches stdout or stderr.
#include "match/joint.hpp"

#include <vector>

namespace pusterum::match {

// A candidate of a case with its position in the case's full list.
struct Pick {
  int staff = 0;
  int score = 0;
  int position = 0;
};
using Picks = std::vector<std::vector<Pick>>; // per case of the whole problem

struct GroupResult {
  std::vector<int> chosen; // per case of the group: index into its picks, or -1
  bool optimal = false;
  int64_t bound = 0;       // no assignment of the group scores more
};

// `cases` are indices into `picks`; `binding[s]` says which staff need a
// capacity row. Gives up after `seconds` with the best assignment found (at
// worst a greedy one).
GroupResult solve_group(const JointProblem& problem, const Picks& picks, const std::vector<int>& cases,
                        const std::vector<char>& binding, double seconds);

} // namespace pusterum::match
