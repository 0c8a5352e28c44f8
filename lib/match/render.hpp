#pragma once
// The views of match results: text for people, JSON for scripts. The JSON
// shapes are described by schemas/output/match*.schema.json.
#include "match/open.hpp"
#include "match/rank.hpp"
#include "render/json.hpp"
#include "util/terminal.hpp"

#include <string>

namespace pusterum::match {

struct ListOptions {
  size_t top = 0;             // at most this many candidates; 0: all
  bool show_excluded = false; // also everyone excluded, with every rule
};

render::Json ranking_json(const Need& need, const Ranking& ranking, const Context& context, const ListOptions& options);
std::string ranking_text(const Need& need, const Ranking& ranking, const ListOptions& options, const terminal::Painter& paint);

render::Json proposal_json(const Proposal& proposal, const Context& context, bool applied);
std::string proposal_text(const Proposal& proposal, const terminal::Painter& paint);
// "optimal", or "best found, at most 4 points below the optimum".
std::string solver_status_text(bool optimal, int64_t score, int64_t bound);

// The case in one line: "2026-6WPXB (C.M., Skanderborg), matching: 3 h a week from 2026-11-22, mon, wed 14:00-19:00".
std::string need_text(const Need& need);
render::Json need_json(const Need& need);
render::Json weights_json(const Weights& weights);
render::Json reasons_json(const std::vector<Reason>& reasons);
std::string reasons_text(const std::vector<Reason>& reasons);
// Hours with at most 2 decimals, as a JSON number.
render::Json minutes_json(int minutes);

} // namespace pusterum::match
