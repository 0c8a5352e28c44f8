#include "match/render.hpp"

#include "render/text.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::match {

namespace {

size_t shown(size_t count, size_t top) { return top == 0 ? count : std::min(count, top); }

std::string plural(size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

} // namespace

render::Json minutes_json(int minutes) { return render::Json::parse(hours_text(minutes)); }

render::Json weights_json(const Weights& weights) {
  render::Json out = render::Json::object();
  for (const auto& c : all_criteria()) out[std::string(c.name)] = weights[c.criterion];
  return out;
}

render::Json reasons_json(const std::vector<Reason>& reasons) {
  render::Json out = render::Json::array();
  for (const auto& r : reasons) out.push_back({{"criterion", r.criterion}, {"points", r.points}, {"text", r.text}});
  return out;
}

std::string reasons_text(const std::vector<Reason>& reasons) {
  std::vector<std::string> parts;
  for (const auto& r : reasons) parts.push_back(reason_text(r));
  return text::join(parts, "; ");
}

std::string need_text(const Need& n) {
  const Case& c = *n.c;
  std::string line = fmt::format("{} ({}, {}), {}", c.id, c.child.initials, c.municipality, name_of(c.status));
  if (n.grant_over) return line + fmt::format(fmt::runtime(_(": the grant ended on {}")), n.grant_end.iso());
  return line + fmt::format(fmt::runtime(_(": {} h a week from {}, {}")), hours_text(n.weekly_minutes), n.start.iso(), render::terms_text(n.terms));
}

render::Json need_json(const Need& n) {
  const Case& c = *n.c;
  return {{"id", c.id},
          {"status", std::string(name_of(c.status))},
          {"child_initials", c.child.initials},
          {"municipality", c.municipality},
          {"start", n.start.iso()},
          {"weekly_hours", minutes_json(n.weekly_minutes)},
          {"fixed_staff", c.fixed_staff.empty() ? render::Json(nullptr) : render::Json(c.fixed_staff)}};
}

render::Json ranking_json(const Need& need, const Ranking& r, const Context& ctx, const ListOptions& o) {
  render::Json candidates = render::Json::array(), excluded = render::Json::array();
  for (size_t i = 0; i < shown(r.candidates.size(), o.top); ++i) {
    const Candidate& c = r.candidates[i];
    candidates.push_back({{"rank", i + 1},
                          {"staff", c.worker->staff->id},
                          {"name", c.worker->staff->name},
                          {"score", c.score},
                          {"free_hours_per_week", minutes_json(c.worker->free_minutes(need.c->id))},
                          {"reasons", reasons_json(c.reasons)}});
  }
  if (o.show_excluded) {
    for (const Excluded& e : r.excluded) {
      render::Json rules = render::Json::array();
      for (const auto& x : e.exclusions) rules.push_back({{"rule", name_of(x.rule)}, {"reason", x.reason}});
      excluded.push_back({{"staff", e.worker->staff->id}, {"name", e.worker->staff->name}, {"rules", rules}});
    }
  }
  return {{"case", need_json(need)},
          {"weights", weights_json(ctx.weights)},
          {"candidates_total", r.candidates.size()},
          {"candidates", candidates},
          {"excluded_total", r.excluded.size()},
          {"excluded", excluded}};
}

std::string ranking_text(const Need& need, const Ranking& r, const ListOptions& o, const terminal::Painter& paint) {
  std::string out = paint(terminal::Colour::bold, need_text(need)) + "\n";
  std::string counts = plural(r.candidates.size(), "candidate", "candidates");
  if (shown(r.candidates.size(), o.top) < r.candidates.size())
    counts += fmt::format(fmt::runtime(_(", the best {} shown")), shown(r.candidates.size(), o.top));
  counts += ", " + plural(r.excluded.size(), "staff member", "staff") + " excluded";
  if (!o.show_excluded && !r.excluded.empty()) counts += " (--show-excluded lists them)";
  out += counts + "\n";
  for (size_t i = 0; i < shown(r.candidates.size(), o.top); ++i) {
    const Candidate& c = r.candidates[i];
    out += fmt::format(fmt::runtime(_("\n{:>2}. {} ({}): {} points\n")), i + 1, paint(terminal::Colour::bold, c.worker->staff->id),
                       c.worker->staff->name, c.score);
    out += "    " + reasons_text(c.reasons) + "\n";
  }
  if (o.show_excluded && !r.excluded.empty()) {
    out += "\n" + paint(terminal::Colour::bold, "Excluded") + "\n";
    for (const Excluded& e : r.excluded) {
      std::vector<std::string> why;
      for (const auto& x : e.exclusions) why.push_back(fmt::format("{} [{}]", x.reason, name_of(x.rule)));
      out += fmt::format("    {} ({}): {}\n", e.worker->staff->id, e.worker->staff->name, text::join(why, "; "));
    }
  }
  return out;
}

std::string solver_status_text(bool optimal, int64_t score, int64_t bound) {
  if (optimal) return "optimal";
  return fmt::format(fmt::runtime(_("best found, at most {} points below the optimum")), bound - score);
}

render::Json proposal_json(const Proposal& p, const Context& ctx, bool applied) {
  render::Json pairs = render::Json::array(), unmatched = render::Json::array(), runs = render::Json::array();
  for (const auto& pair : p.pairs)
    pairs.push_back({{"case", need_json(*pair.need)},
                     {"staff", pair.candidate.worker->staff->id},
                     {"name", pair.candidate.worker->staff->name},
                     {"score", pair.candidate.score},
                     {"reasons", reasons_json(pair.candidate.reasons)}});
  for (const auto& u : p.unmatched) {
    render::Json excluded_by = render::Json::object();
    for (const auto& [rule, count] : u.excluded_by) excluded_by[std::string(name_of(rule))] = count;
    unmatched.push_back({{"case", need_json(*u.need)}, {"why", u.why}, {"candidates", u.candidates}, {"excluded_by", excluded_by}});
  }
  for (const auto& r : p.solution.runs)
    runs.push_back({{"cases", r.cases},
                    {"staff", r.staff},
                    {"options", r.options},
                    {"status", r.optimal ? "optimal" : "best-found"},
                    {"score", r.score},
                    {"bound", r.bound}});
  const JointSolution& s = p.solution;
  return {{"date", p.date.iso()},
          {"weights", weights_json(ctx.weights)},
          {"waiting", p.waiting.size()},
          {"matched", p.pairs.size()},
          {"total_score", s.score},
          {"status", s.optimal ? "optimal" : "best-found"},
          {"bound", s.bound},
          {"groups", s.groups},
          {"runs", runs},
          {"proposal", pairs},
          {"unmatched", unmatched},
          {"applied", applied}};
}

std::string proposal_text(const Proposal& p, const terminal::Painter& paint) {
  if (p.waiting.empty()) return fmt::format(fmt::runtime(_("No case is waiting for a match as of {}.\n")), p.date.iso());
  const JointSolution& s = p.solution;
  std::string out = paint(terminal::Colour::bold,
                          fmt::format(fmt::runtime(_("{} waiting for a match as of {}: {} matched, {} left, {} points in all")),
                                      plural(p.waiting.size(), "case", "cases"), p.date.iso(), p.pairs.size(),
                                      p.unmatched.size(), s.score)) +
                    "\n";
  for (const auto& pair : p.pairs) {
    out += "\n" + need_text(*pair.need) + "\n";
    out += fmt::format(fmt::runtime(_("    {} ({}): {} points\n")), paint(terminal::Colour::bold, pair.candidate.worker->staff->id),
                       pair.candidate.worker->staff->name, pair.candidate.score);
    out += "    " + reasons_text(pair.candidate.reasons) + "\n";
  }
  if (!p.unmatched.empty()) {
    out += "\n" + paint(terminal::Colour::bold, "Not matched") + "\n";
    for (const auto& u : p.unmatched) out += need_text(*u.need) + "\n    " + u.why + "\n";
  }
  const size_t singles = static_cast<size_t>(s.groups) - s.runs.size();
  out += fmt::format(fmt::runtime(_("\nSolver: {} ({} decided directly")), plural(static_cast<size_t>(s.groups), "group of cases", "groups of cases"),
                     plural(singles, "single case", "single cases"));
  if (!s.runs.empty()) out += fmt::format(fmt::runtime(_(", {} solved with CBC")), plural(s.runs.size(), "group", "groups"));
  out += fmt::format("): {}.\n", solver_status_text(s.optimal, s.score, s.bound));
  for (size_t i = 0; i < s.runs.size(); ++i) {
    const SolverRun& r = s.runs[i];
    out += fmt::format(fmt::runtime(_("    group {}: {} cases, {} staff whose hours bind, {} pairs: {}\n")), i + 1, r.cases, r.staff, r.options,
                       solver_status_text(r.optimal, r.score, r.bound));
  }
  return out;
}

} // namespace pusterum::match
