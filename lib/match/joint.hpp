#pragma once
// The joint assignment of `pusterum match --open`: give each waiting case at
// most one of its candidates so that the total score is the highest possible
// while every staff member's new cases fit in their free weekly minutes.
// That is a generalized assignment problem; it is solved exactly, as an
// integer program with COIN-OR CBC, one group of interlinked cases at a time.
//
// This layer knows only indices, minutes and scores, so that tests can
// compare it with brute force on many small instances.
#include <cstdint>
#include <vector>

namespace pusterum::match {

struct Option {
  int staff = 0; // index into JointProblem::free_minutes
  int score = 0;
};

struct JointProblem {
  std::vector<int> need_minutes;            // per case: what it takes a week
  std::vector<int> free_minutes;            // per staff member: what they have free a week
  std::vector<std::vector<Option>> options; // per case: its candidates, best first
};

// One group of cases solved with CBC.
struct SolverRun {
  int cases = 0;
  int staff = 0;   // whose hours bind: more cases want them than fit
  int options = 0;
  bool optimal = false;
  int64_t score = 0;
  int64_t bound = 0; // no assignment of the group scores more
};

struct JointSolution {
  std::vector<int> chosen; // per case: the index of its option, or -1 for none
  int64_t score = 0;
  int64_t bound = 0;       // no assignment scores more; equals score when optimal
  bool optimal = true;     // every group was solved to proven optimality
  int groups = 0;          // groups of interlinked cases, including single cases
  std::vector<SolverRun> runs;
};

// Ties between assignments with the same total: after solving, each case
// moves, in case order, to the first candidate in its list (best first, ties
// by staff ID) with the same points who still has the hours; what is left is
// the solver's choice, which is the same for the same problem.
// `time_limit_seconds` bounds the whole search; when it runs out, the best
// assignment found is returned with `optimal` false and a bound it is known
// to be within.
JointSolution solve_joint(const JointProblem& problem, double time_limit_seconds);

// The total score and the sum of positions of `chosen`; for tests.
int64_t score_of(const JointProblem& problem, const std::vector<int>& chosen);
int64_t positions_of(const std::vector<int>& chosen);

} // namespace pusterum::match
