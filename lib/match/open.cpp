#include "match/open.hpp"

#include "match/assign.hpp"
#include "match/record.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::match {

namespace {

bool waiting(const Case& c) {
  return (c.status == CaseStatus::referred || c.status == CaseStatus::matching) && c.fixed_staff.empty();
}

// Every worker who may take the need, best first, as options for the solver.
std::vector<Option> options_for(const Need& need, const std::vector<Worker>& workers, const Context& ctx) {
  std::vector<Option> out;
  for (size_t w = 0; w < workers.size(); ++w)
    if (eligible(need, workers[w], ctx)) out.push_back({static_cast<int>(w), score(need, workers[w], ctx)});
  std::sort(out.begin(), out.end(), [&](const Option& a, const Option& b) {
    return ranks_before(a.score, workers[a.staff].staff->id, b.score, workers[b.staff].staff->id);
  });
  return out;
}

// Why nobody could take the case: how many staff each rule excluded.
Unmatched nobody(const Need& need, const std::vector<Worker>& workers, const Context& ctx) {
  Unmatched u{&need, {}, {}, {}};
  std::map<HardRule, int> counts;
  for (const Worker& w : workers)
    for (const auto& e : exclusions(need, w, ctx)) ++counts[e.rule];
  std::vector<std::string> parts;
  for (const auto& info : all_hard_rules())
    if (auto it = counts.find(info.rule); it != counts.end()) {
      u.excluded_by.push_back({info.rule, it->second});
      parts.push_back(fmt::format("{} {} [{}]", it->second, it->second == 1 ? info.excluded_one : info.excluded_many, info.name));
    }
  u.why = workers.empty() ? "there are no staff" : fmt::format(fmt::runtime(_("nobody can take it: of {} staff, {}")), workers.size(), text::join(parts, ", "));
  return u;
}

// Why the case got nobody although some could take it: the proposal gives
// their hours to other cases.
Unmatched crowded_out(const Need& need, const std::vector<Option>& options, const std::vector<Worker>& workers) {
  Unmatched u{&need, {}, {}, {}};
  for (const Option& o : options) u.candidates.push_back(workers[o.staff].staff->id);
  u.why = fmt::format(fmt::runtime(_("{} could take it alone, but the proposal needs their hours for other cases: {}")),
                      options.size() == 1 ? "one staff member" : fmt::format(fmt::runtime(_("{} staff")), options.size()),
                      text::join(u.candidates, ", "));
  return u;
}

} // namespace

Proposal propose(const Roster& roster, const std::vector<Worker>& workers, const Context& ctx, double time_limit_seconds) {
  Proposal p;
  p.date = ctx.today;
  for (const Case& c : roster.cases)
    if (waiting(c)) p.waiting.push_back(need_of(c, ctx, acquaintances(c, roster.siblings_of(c))));

  JointProblem problem;
  for (const Worker& w : workers) problem.free_minutes.push_back(w.free_minutes());
  for (const Need& n : p.waiting) {
    problem.need_minutes.push_back(n.weekly_minutes);
    problem.options.push_back(n.grant_over ? std::vector<Option>{} : options_for(n, workers, ctx));
  }
  p.solution = solve_joint(problem, time_limit_seconds);

  for (size_t i = 0; i < p.waiting.size(); ++i) {
    const Need& n = p.waiting[i];
    const int k = p.solution.chosen[i];
    if (k >= 0) {
      const Worker& w = workers[problem.options[i][k].staff];
      Candidate c{&w, 0, {}};
      c.score = score(n, w, ctx, &c.reasons);
      p.pairs.push_back({&n, std::move(c)});
    } else if (n.grant_over) {
      p.unmatched.push_back({&n, fmt::format(fmt::runtime(_("the grant ended on {}")), n.grant_end.iso()), {}, {}});
    } else if (problem.options[i].empty()) {
      p.unmatched.push_back(nobody(n, workers, ctx));
    } else {
      p.unmatched.push_back(crowded_out(n, problem.options[i], workers));
    }
  }
  return p;
}

std::vector<Case> apply(const store::Tree& tree, const Roster& roster, const Proposal& proposal, Date day, Date today) {
  std::vector<Case> out;
  Diagnostics problems;
  for (const auto& pair : proposal.pairs) {
    const Case& before = *pair.need->c;
    check_can_staff(before, day, false);
    Case after = before;
    record_staffing(after, {pair.candidate.worker->staff->id, {}, {}, {}}, day);
    problems.append(new_blocking_findings(tree, roster, {}, before, after, today));
    out.push_back(std::move(after));
  }
  if (!problems.empty()) store::throw_problems(problems);
  return out;
}

} // namespace pusterum::match
