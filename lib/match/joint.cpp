#include "match/joint.hpp"

#include "match/cbc.hpp"

#include <algorithm>
#include <chrono>
#include <numeric>

namespace pusterum::match {

namespace {

using Clock = std::chrono::steady_clock;

// Every candidate of every case that fits at all, with its position.
Picks picks_of(const JointProblem& p) {
  Picks out(p.options.size());
  for (size_t c = 0; c < p.options.size(); ++c)
    for (size_t k = 0; k < p.options[c].size(); ++k) {
      const Option& o = p.options[c][k];
      if (p.need_minutes[c] <= p.free_minutes[o.staff]) out[c].push_back({o.staff, o.score, static_cast<int>(k)});
    }
  return out;
}

// Two reductions that keep every best assignment, applied until neither
// changes anything:
//  - a staff member whose candidate cases all fit together has hours that do
//    not bind: they need no constraint, and they link no cases;
//  - a case never takes a candidate ranked below one whose hours do not
//    bind, since switching to that one would fit and score higher.
// With loose hours most cases then keep one candidate and stand alone.
std::vector<char> reduce(const JointProblem& p, Picks& picks) {
  std::vector<char> binding(p.free_minutes.size(), 0);
  for (bool changed = true; changed;) {
    std::vector<int64_t> wanted(p.free_minutes.size(), 0);
    for (size_t c = 0; c < picks.size(); ++c)
      for (const Pick& pick : picks[c]) wanted[pick.staff] += p.need_minutes[c];
    for (size_t s = 0; s < binding.size(); ++s) binding[s] = wanted[s] > p.free_minutes[s];
    changed = false;
    for (auto& list : picks) {
      const auto loose = std::find_if(list.begin(), list.end(), [&](const Pick& pick) { return !binding[pick.staff]; });
      if (loose != list.end() && loose + 1 != list.end()) {
        list.erase(loose + 1, list.end());
        changed = true;
      }
    }
  }
  return binding;
}

int find_root(std::vector<int>& parent, int x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

// Cases linked by a staff member whose hours bind, as groups in case order.
std::vector<std::vector<int>> groups_of(const Picks& picks, const std::vector<char>& binding) {
  std::vector<int> parent(picks.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<int> first_case_of(binding.size(), -1);
  for (size_t c = 0; c < picks.size(); ++c)
    for (const Pick& pick : picks[c]) {
      if (!binding[pick.staff]) continue;
      int& first = first_case_of[pick.staff];
      if (first < 0)
        first = static_cast<int>(c);
      else
        parent[find_root(parent, static_cast<int>(c))] = find_root(parent, first);
    }
  std::vector<std::vector<int>> groups;
  std::vector<int> group_of_root(picks.size(), -1);
  for (size_t c = 0; c < picks.size(); ++c) {
    const int root = find_root(parent, static_cast<int>(c));
    if (group_of_root[root] < 0) {
      group_of_root[root] = static_cast<int>(groups.size());
      groups.emplace_back();
    }
    groups[group_of_root[root]].push_back(static_cast<int>(c));
  }
  return groups;
}

// Between assignments with the same total, each case moves, in case order,
// to the first candidate in its list with the same points who still has the
// hours, until none can: the same files always give the same proposal.
void prefer_listed_first(const JointProblem& p, std::vector<int>& chosen) {
  std::vector<int64_t> used(p.free_minutes.size(), 0);
  for (size_t c = 0; c < chosen.size(); ++c)
    if (chosen[c] >= 0) used[p.options[c][chosen[c]].staff] += p.need_minutes[c];
  for (bool moved = true; moved;) {
    moved = false;
    for (size_t c = 0; c < chosen.size(); ++c) {
      if (chosen[c] <= 0) continue;
      const Option& now = p.options[c][chosen[c]];
      for (int k = 0; k < chosen[c]; ++k) {
        const Option& earlier = p.options[c][k];
        if (earlier.score != now.score || used[earlier.staff] + p.need_minutes[c] > p.free_minutes[earlier.staff]) continue;
        used[now.staff] -= p.need_minutes[c];
        used[earlier.staff] += p.need_minutes[c];
        chosen[c] = k;
        moved = true;
        break;
      }
    }
  }
}

} // namespace

int64_t score_of(const JointProblem& p, const std::vector<int>& chosen) {
  int64_t sum = 0;
  for (size_t c = 0; c < chosen.size(); ++c)
    if (chosen[c] >= 0) sum += p.options[c][chosen[c]].score;
  return sum;
}

int64_t positions_of(const std::vector<int>& chosen) {
  int64_t sum = 0;
  for (int k : chosen)
    if (k >= 0) sum += k;
  return sum;
}

JointSolution solve_joint(const JointProblem& p, double time_limit_seconds) {
  const auto deadline = Clock::now() + std::chrono::duration<double>(time_limit_seconds);
  Picks picks = picks_of(p);
  const std::vector<char> binding = reduce(p, picks);

  JointSolution out;
  out.chosen.assign(p.options.size(), -1);
  for (const auto& group : groups_of(picks, binding)) {
    ++out.groups;
    if (group.size() == 1) {
      // A case alone takes its best candidate: whoever it is fits.
      const auto& list = picks[group.front()];
      if (!list.empty()) out.chosen[group.front()] = list.front().position;
      continue;
    }
    const double left = std::chrono::duration<double>(deadline - Clock::now()).count();
    const GroupResult r = solve_group(p, picks, group, binding, left);
    SolverRun run;
    run.cases = static_cast<int>(group.size());
    std::vector<int> staff;
    for (int c : group) {
      run.options += static_cast<int>(picks[c].size());
      for (const Pick& pick : picks[c])
        if (binding[pick.staff]) staff.push_back(pick.staff);
    }
    std::sort(staff.begin(), staff.end());
    run.staff = static_cast<int>(std::unique(staff.begin(), staff.end()) - staff.begin());
    for (size_t g = 0; g < group.size(); ++g)
      if (r.chosen[g] >= 0) {
        out.chosen[group[g]] = picks[group[g]][r.chosen[g]].position;
        run.score += picks[group[g]][r.chosen[g]].score;
      }
    run.optimal = r.optimal;
    run.bound = r.bound;
    out.optimal = out.optimal && r.optimal;
    out.bound += r.bound - run.score; // the gap; the scores are added below
    out.runs.push_back(run);
  }
  prefer_listed_first(p, out.chosen);
  out.score = score_of(p, out.chosen);
  out.bound += out.score;
  return out;
}

} // namespace pusterum::match
