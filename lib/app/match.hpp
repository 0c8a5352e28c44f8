#pragma once
// The use-cases of `pusterum match`: rank the staff for one case, propose
// the best joint matches for every case waiting for one, and record a
// staffing, chosen (--assign) or proposed (--open --apply). A staffing is
// judged by the match rules (lib/match/rules) on the day it applies from
// and by the rules `check` blocks on; a change is made only when every file
// it depends on could be read.
#include "app/session.hpp"
#include "match/assign.hpp"
#include "match/open.hpp"
#include "match/rank.hpp"
#include "match/roster.hpp"
#include "util/diagnostics.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pusterum::app {

// What a match command read. The needs, workers and rankings built from it
// point into its vectors, so it moves with them and is never copied.
struct Read {
  Read() = default;
  Read(Read&&) = default;
  Read& operator=(Read&&) = default;
  Read(const Read&) = delete;
  Read& operator=(const Read&) = delete;

  match::Roster roster;
  match::Context context;
  std::vector<match::Worker> workers;
  // Weights pusterum.yaml gives to no criterion, and the problems of each
  // file the roster skipped (as warnings): shown before the result.
  Diagnostics warnings;
};

// `match CASE`: every staff member for the case, as of today. A listing goes
// on without the files it could not read (roster.unreadable names them).
struct CaseRanking {
  Read read;
  match::Need need;
  match::Ranking ranking;
};

CaseRanking rank_case(const Session& session, const std::string& case_id);

struct AssignRequest {
  std::string case_id;                  // as given: any unique prefix
  std::string fixed;                    // the fixed staff member, any unique prefix
  std::vector<std::string> substitutes; // given: they replace the case's substitutes
  std::optional<Date> day;              // the staffing applies from this day (default: today)
  bool reassign = false;
  bool force = false; // record a staffing that breaks match rules that may be overridden
  std::string reason; // with force: stored in the case's staffing history
};

struct Assigned {
  match::Assignment assignment; // the case before and after, and the staffing recorded
  Date day;
  Diagnostics warnings; // files skipped that the staffing does not depend on
};

Assigned assign(const Session& session, const AssignRequest& request);

struct OpenRequest {
  std::optional<Date> day; // the rules are judged and the matches recorded as of this day (default: today)
  double time_limit_seconds = 30;
};

// `match --open`: the best joint matches for every case waiting for one.
struct OpenMatches {
  Read read;
  match::Proposal proposal;
  std::vector<Case> recorded; // --apply: the cases as written
};

OpenMatches propose_open(const Session& session, const OpenRequest& request);
// The proposal recorded, every case or none; the lock is held while reading
// too, so that what is written is what was proposed.
OpenMatches apply_open(const Session& session, const OpenRequest& request);

} // namespace pusterum::app
