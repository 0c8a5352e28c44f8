// pusterum match CASE | CASE --assign STAFF | --open
#include "app.hpp"

#include "match/assign.hpp"
#include "match/open.hpp"
#include "match/render.hpp"
#include "match/roster.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <set>

namespace pusterum::cli {

namespace {

struct Options {
  std::string case_id;
  size_t top = 0;
  bool show_excluded = false;
  std::string format;
  std::string assign;
  std::vector<std::string> substitutes;
  std::string date;
  bool force = false;
  std::string reason;
  bool reassign = false;
  bool open = false;
  bool apply = false;
  double time_limit = 30;
};

void warn_unknown_weights(const Provider& provider) {
  for (const auto& w : match::unknown_weights(provider))
    say(fmt::format("pusterum: warning: pusterum.yaml names no match criterion '{}'; its points are ignored ({})", w.name,
                    w.hint));
}

// Where a file the roster skipped is broken (the roster keeps only its
// name): as warnings when the command goes on without it.
void print_unreadable(const store::Tree& tree, const std::string& file, bool going_on) {
  Diagnostics problems;
  if (file.starts_with("staff/") && file.ends_with(".yaml"))
    problems = tree.load_staff(file.substr(6, file.size() - 11)).problems;
  else if (file.starts_with("cases/") && file.ends_with("/case.yaml"))
    problems = tree.load_case(file.substr(6, file.size() - 16)).problems;
  if (!problems.blocking()) {
    say(fmt::format("pusterum: warning: skipped {}: it has problems (`pusterum check` lists them)", file));
    return;
  }
  if (going_on)
    print_skipped(problems);
  else
    print_problems(problems);
}

void warn_unreadable(const store::Tree& tree, const match::Roster& roster) {
  for (const auto& file : roster.unreadable) print_unreadable(tree, file, true);
}

// A listing goes on without the files it could not read, and says so in its exit status.
void fail_if_unreadable(const match::Roster& roster) {
  std::cout.flush(); // the listing before the message about it
  const size_t n = roster.unreadable.size();
  if (n) throw Error(Exit::invalid, fmt::format("{} file{} could not be read", n, n == 1 ? "" : "s"), "run `pusterum check`");
}

// A change is made only when every file it depends on could be read: the
// case files always (they say who holds which hours), the staff files when
// everyone is a candidate (--open --apply).
void refuse_if_unreadable(const store::Tree& tree, const match::Roster& roster, bool staff_too) {
  std::vector<std::string> files;
  for (const auto& file : roster.unreadable)
    if (staff_too || file.starts_with("cases/")) files.push_back(file);
  if (files.empty()) return warn_unreadable(tree, roster);
  for (const auto& file : files) print_unreadable(tree, file, false);
  throw Error(Exit::invalid,
              fmt::format("{} could not be read: {}", files.size() == 1 ? "a file" : fmt::format("{} files", files.size()),
                          text::join(files, ", ")),
              "fix them first (`pusterum check` lists the problems); nothing was changed");
}

void list(Globals& g, const Options& o) {
  const store::Tree& tree = open_tree(g);
  const std::string id = tree.resolve_case(o.case_id);
  store::ReadCache cache(tree);
  const match::Roster roster = match::load_for_case(tree, cache, id);
  warn_unknown_weights(tree.provider());
  warn_unreadable(tree, roster);
  const match::Context ctx = match::context_of(tree, roster, tree.today());
  const Case& c = *roster.find_case(id);
  const match::Need need = match::need_of(c, ctx, match::acquaintances(c, roster.siblings_of(c)));
  if (need.grant_over)
    throw Error(Exit::findings, fmt::format("the grant of case {} ended on {}; there is nothing to match", id, need.grant_end.iso()),
                "amend the grant's end with `pusterum case amend`, or close the case");
  const auto workers = match::workers_of(roster.staff, ctx);
  const match::Ranking ranking = match::rank(need, workers, ctx);
  const match::ListOptions view{.top = o.top, .show_excluded = o.show_excluded};
  if (o.format == "json")
    std::cout << render::dump(match::ranking_json(need, ranking, ctx, view));
  else
    std::cout << match::ranking_text(need, ranking, view, stdout_painter());
  fail_if_unreadable(roster);
  cache.save();
}

// Staff named on the command line, resolved and read; a file with problems
// stops the command with those problems.
std::vector<Staff> named_staff(const store::Tree& tree, const Options& o) {
  std::vector<Staff> out{tree.require_staff(tree.resolve_staff(o.assign))};
  std::set<std::string> seen{out.front().id};
  for (const auto& given : o.substitutes) {
    Staff s = tree.require_staff(tree.resolve_staff(given));
    if (!seen.insert(s.id).second)
      throw Error(Exit::usage, fmt::format("--substitute {}: {} is named twice", given, s.id),
                  "name each person once, and not the fixed staff member as a substitute");
    out.push_back(std::move(s));
  }
  return out;
}

void assign(Globals& g, const Options& o) {
  if (o.format != "text") throw Error(Exit::usage, "--format applies to listings, not to --assign", "leave out --format");
  refuse_cpr(o.reason, "--reason", "reason");
  const store::Tree& tree = open_tree(g);
  app::Change change(g.session());
  match::AssignRequest request;
  request.case_id = tree.resolve_case(o.case_id);
  request.named = named_staff(tree, o);
  request.substitutes_given = !o.substitutes.empty();
  request.day = o.date.empty() ? tree.today() : date_option(o.date, "--date");
  request.reassign = o.reassign;
  request.force = o.force;
  request.reason = o.reason;
  store::ReadCache cache(tree);
  const match::Roster roster = match::load_for_case(tree, cache, request.case_id);
  refuse_if_unreadable(tree, roster, false);
  const match::Assignment a = match::assignment(tree, roster, request, tree.today());
  if (a.force_unneeded) say("note: the staffing breaks no match rule; --force and --reason were not needed");
  tree.save_case(a.after);
  cache.save();

  const auto& s = a.staffing;
  std::string done = fmt::format("Case {}: {} is fixed staff from {}", a.after.id, s.fixed, request.day.iso());
  if (!s.substitutes.empty()) done += ", substitutes " + text::join(s.substitutes, ", ");
  if (a.before.status != a.after.status) done += fmt::format("; the case is now {}", name_of(a.after.status));
  if (!s.overrode.empty()) done += "; forced past " + text::join(s.overrode, ", ") + ", with the reason stored";
  say(done + ".");
}

void propose(const store::Tree& tree, const Options& o) {
  store::ReadCache cache(tree);
  const match::Roster roster = match::load_all(tree, cache);
  warn_unknown_weights(tree.provider());
  if (o.apply)
    refuse_if_unreadable(tree, roster, true);
  else
    warn_unreadable(tree, roster);
  const Date day = o.date.empty() ? tree.today() : date_option(o.date, "--date");
  const match::Context ctx = match::context_of(tree, roster, day);
  const auto workers = match::workers_of(roster.staff, ctx);
  const match::Proposal proposal = match::propose(roster, workers, ctx, o.time_limit);
  if (o.apply) {
    for (const Case& c : match::apply(tree, roster, proposal, day, tree.today())) tree.save_case(c);
  }
  if (o.format == "json")
    std::cout << render::dump(match::proposal_json(proposal, ctx, o.apply));
  else
    std::cout << match::proposal_text(proposal, stdout_painter());
  std::cout.flush(); // the data before the message about it
  if (o.apply)
    say(fmt::format("Recorded {} match{} from {}.", proposal.pairs.size(), proposal.pairs.size() == 1 ? "" : "es", day.iso()));
  else if (!proposal.pairs.empty() && o.format == "text")
    say("Nothing was recorded: give --apply to record the proposal.");
  if (!o.apply) fail_if_unreadable(roster);
  cache.save();
}

void open_cases(Globals& g, const Options& o) {
  const store::Tree& tree = open_tree(g);
  if (!o.apply) return propose(tree, o);
  // Held while reading too, so that what is written is what was proposed.
  app::Change change(g.session());
  propose(tree, o);
}

void run(Globals& g, const Options& o) {
  if (!o.date.empty() && o.assign.empty() && !o.open)
    throw Error(Exit::usage, "--date applies to --assign and --open", "leave out --date");
  if (o.open) return open_cases(g, o);
  if (!o.assign.empty()) return assign(g, o);
  if (o.case_id.empty()) throw Error(Exit::usage, "give a CASE, or --open for every case waiting for a match");
  list(g, o);
}

} // namespace

// CLI11's PositiveNumber names its range up to the largest double (300
// digits) and calls 0 inside it: say what is wrong instead.
const CLI::Validator above_zero(
  [](std::string& value) -> std::string {
    char* end = nullptr;
    const double number = std::strtod(value.c_str(), &end);
    if (value.empty() || end != value.c_str() + value.size() || !(number > 0) || !std::isfinite(number))
      return fmt::format("'{}' is not a number above 0", value);
    return {};
  },
  "POSITIVE");

void register_match(CLI::App& app, Globals& globals) {
  auto* cmd = app.add_subcommand("match", "Rank the staff who can take a case, record the choice, or propose the best "
                                          "matches for every case waiting for one (--open)");
  static Options o;
  auto* case_opt = cmd->add_option("CASE", o.case_id, "case ID or a unique prefix");
  auto* top = cmd->add_option("--top", o.top, "show at most N candidates")->check(above_zero);
  auto* excluded = cmd->add_flag("--show-excluded", o.show_excluded, "also list everyone excluded, with every rule that excludes them");
  add_format_option(cmd, o.format);
  auto* assign = cmd->add_option("--assign", o.assign, "record STAFF as the case's fixed staff member");
  auto* substitute = cmd->add_option("--substitute", o.substitutes, "with --assign: a substitute (repeat, or separate by commas); "
                                                                  "replaces the case's substitutes")
                       ->delimiter(',');
  auto* reassign = cmd->add_flag("--reassign", o.reassign, "with --assign: replace the fixed staff member a case already has");
  auto* force = cmd->add_flag("--force", o.force, "with --assign: record a staffing that breaks match rules");
  auto* reason = cmd->add_option("--reason", o.reason, "with --force: why, stored in the case's staffing history");
  cmd->add_option("--date", o.date, "with --assign or --open: the day the staffing applies from, and the rules are judged on "
                                    "(default: today)");
  auto* open = cmd->add_flag("--open", o.open, "propose the best joint matches for every case waiting for one");
  auto* apply = cmd->add_flag("--apply", o.apply, "with --open: record the proposal");
  auto* limit = cmd->add_option("--time-limit", o.time_limit, "with --open: seconds the solver may search (default 30)")
                  ->check(above_zero);
  assign->needs(case_opt);
  substitute->needs(assign);
  reassign->needs(assign);
  force->needs(assign);
  force->needs(reason);
  reason->needs(force);
  top->excludes(assign);
  excluded->excludes(assign);
  open->excludes(case_opt);
  open->excludes(top);
  open->excludes(excluded);
  apply->needs(open);
  limit->needs(open);
  cmd->callback([&globals] { run(globals, o); });
}

} // namespace pusterum::cli
