// pusterum match CASE | CASE --assign STAFF | --open
#include "app.hpp"

#include "app/match.hpp"
#include "match/render.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <optional>

#include "util/i18n.hpp" // last: it defines _()

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

// A listing goes on without the files it could not read, and says so in its exit status.
void fail_if_unreadable(const match::Roster& roster) {
  std::cout.flush(); // the listing before the message about it
  const size_t n = roster.unreadable.size();
  if (n) throw Error(Exit::invalid, fmt::format(fmt::runtime(P_("{} file could not be read", "{} files could not be read", n)), n), _("run `pusterum check`"));
}

std::optional<Date> day_of(const app::Session& session, const Options& o) {
  if (o.date.empty()) return std::nullopt;
  return date_option(session, o.date, "--date");
}

void list(const app::Session& session, const Options& o) {
  const app::CaseRanking r = app::rank_case(session, o.case_id);
  print_problems(r.read.warnings);
  const match::ListOptions view{.top = o.top, .show_excluded = o.show_excluded};
  if (o.format == "json")
    std::cout << render::dump(match::ranking_json(r.need, r.ranking, r.read.context, view));
  else
    std::cout << match::ranking_text(r.need, r.ranking, view, stdout_painter());
  fail_if_unreadable(r.read.roster);
}

void assign(const app::Session& session, const Options& o) {
  if (o.format != "text") throw Error(Exit::usage, _("--format applies to listings, not to --assign"), _("leave out --format"));
  refuse_cpr(o.reason, "--reason", _("reason"));
  const app::Assigned done = app::assign(session, {.case_id = o.case_id, .fixed = o.assign, .substitutes = o.substitutes,
                                                   .day = day_of(session, o), .reassign = o.reassign, .force = o.force, .reason = o.reason});
  print_problems(done.warnings);
  const match::Assignment& a = done.assignment;
  if (a.force_unneeded) say(_("note: the staffing breaks no match rule; --force and --reason were not needed"));
  const auto& s = a.staffing;
  std::string line = fmt::format("Case {}: {} is fixed staff from {}", a.after.id, s.fixed, done.day.iso());
  if (!s.substitutes.empty()) line += ", substitutes " + text::join(s.substitutes, ", ");
  if (a.before.status != a.after.status) line += fmt::format("; the case is now {}", name_of(a.after.status));
  if (!s.overrode.empty()) line += "; forced past " + text::join(s.overrode, ", ") + ", with the reason stored";
  say(line + ".");
}

void open_cases(const app::Session& session, const Options& o) {
  const app::OpenRequest request{.day = day_of(session, o), .time_limit_seconds = o.time_limit};
  const app::OpenMatches r = o.apply ? app::apply_open(session, request) : app::propose_open(session, request);
  print_problems(r.read.warnings);
  const match::Proposal& proposal = r.proposal;
  if (o.format == "json")
    std::cout << render::dump(match::proposal_json(proposal, r.read.context, o.apply));
  else
    std::cout << match::proposal_text(proposal, stdout_painter());
  std::cout.flush(); // the data before the message about it
  if (o.apply)
    say(fmt::format(fmt::runtime(P_("Recorded {} match from {}.", "Recorded {} matches from {}.", proposal.pairs.size())), proposal.pairs.size(), proposal.date.iso()));
  else if (!proposal.pairs.empty() && o.format == "text")
    say(_("Nothing was recorded: give --apply to record the proposal."));
  if (!o.apply) fail_if_unreadable(r.read.roster);
}

void run(Globals& g, const Options& o) {
  if (!o.date.empty() && o.assign.empty() && !o.open)
    throw Error(Exit::usage, _("--date applies to --assign and --open"), _("leave out --date"));
  const app::Session& session = g.session();
  if (o.open) return open_cases(session, o);
  if (!o.assign.empty()) return assign(session, o);
  if (o.case_id.empty()) throw Error(Exit::usage, _("give a CASE, or --open for every case waiting for a match"));
  list(session, o);
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
  auto* cmd = app.add_subcommand("match", _("Rank the staff who can take a case, record the choice, or propose the best "
                                          "matches for every case waiting for one (--open)"));
  static Options o;
  auto* case_opt = cmd->add_option("CASE", o.case_id, _("case ID or a unique prefix"));
  auto* top = cmd->add_option("--top", o.top, _("show at most N candidates"))->check(above_zero);
  auto* excluded = cmd->add_flag("--show-excluded", o.show_excluded, _("also list everyone excluded, with every rule that excludes them"));
  add_format_option(cmd, o.format);
  auto* assign = cmd->add_option("--assign", o.assign, _("record STAFF as the case's fixed staff member"));
  auto* substitute = cmd->add_option("--substitute", o.substitutes, _("with --assign: a substitute (repeat, or separate by commas); "
                                                                  "replaces the case's substitutes"))
                       ->delimiter(',');
  auto* reassign = cmd->add_flag("--reassign", o.reassign, _("with --assign: replace the fixed staff member a case already has"));
  auto* force = cmd->add_flag("--force", o.force, _("with --assign: record a staffing that breaks match rules"));
  auto* reason = cmd->add_option("--reason", o.reason, _("with --force: why, stored in the case's staffing history"));
  cmd->add_option("--date", o.date, _("with --assign or --open: the day the staffing applies from, and the rules are judged on "
                                    "(default: today)"));
  auto* open = cmd->add_flag("--open", o.open, _("propose the best joint matches for every case waiting for one"));
  auto* apply = cmd->add_flag("--apply", o.apply, _("with --open: record the proposal"));
  auto* limit = cmd->add_option("--time-limit", o.time_limit, _("with --open: seconds the solver may search (default 30)"))
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
