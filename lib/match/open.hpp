#pragma once
// `pusterum match --open`: the best joint matches for every case waiting for
// one (referred or matching), with each pair's reasons, and for every case
// left over why nobody took it.
#include "match/joint.hpp"
#include "match/rank.hpp"
#include "match/roster.hpp"

#include <string>
#include <vector>

namespace pusterum::match {

struct ProposedPair {
  const Need* need = nullptr;
  Candidate candidate;
};

struct Unmatched {
  const Need* need = nullptr;
  std::string why;                                   // in plain words
  std::vector<std::string> candidates;               // who could take it alone, when anyone could
  std::vector<std::pair<HardRule, int>> excluded_by; // when nobody could: how many staff each rule excluded
};

// Pairs and leftovers point into `waiting`, so a proposal moves but is never copied.
struct Proposal {
  Proposal() = default;
  Proposal(Proposal&&) = default;
  Proposal& operator=(Proposal&&) = default;
  Proposal(const Proposal&) = delete;
  Proposal& operator=(const Proposal&) = delete;

  Date date;                      // the rules are judged as of this day
  std::vector<Need> waiting;      // every case waiting for a match, by ID
  std::vector<ProposedPair> pairs; // by case ID
  std::vector<Unmatched> unmatched; // by case ID
  JointSolution solution;
};

Proposal propose(const Roster& roster, const std::vector<Worker>& workers, const Context& context, double time_limit_seconds);

// The cases with the proposal recorded from `day`, checked like --assign;
// an Error when any would break a rule `check` blocks on (then none is written).
std::vector<Case> apply(const store::Tree& tree, const Roster& roster, const Proposal& proposal, Date day, Date today);

} // namespace pusterum::match
