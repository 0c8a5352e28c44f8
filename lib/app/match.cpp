#include "app/match.hpp"

#include "app/input_text.hpp"
#include "app/refuse.hpp"
#include "store/intent.hpp"
#include "store/write.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <set>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::app {

namespace {

Problem warning(std::string file, std::string message, std::string hint = {}) {
  return Problem{.where = {.file = std::move(file), .line = 0, .column = 0, .flag = {}}, .rule = {}, .severity = Severity::warn,
                 .message = std::move(message), .hint = std::move(hint)};
}

// The problems of a file the roster skipped (it keeps only the name).
Diagnostics problems_of(const store::Tree& tree, const std::string& file) {
  if (file.starts_with("staff/") && file.ends_with(".yaml")) return tree.load_staff(file.substr(6, file.size() - 11)).problems;
  if (file.starts_with("cases/") && file.ends_with("/case.yaml")) return tree.load_case(file.substr(6, file.size() - 16)).problems;
  return {};
}

// A skipped file as warnings: where it is broken, not just that it was skipped.
Diagnostics skipped(const store::Tree& tree, const std::string& file) {
  const Diagnostics problems = problems_of(tree, file);
  Diagnostics out;
  if (!problems.blocking()) {
    out.add(warning(file, "skipped: it has problems", "`pusterum check` lists them"));
    return out;
  }
  for (Problem p : problems.problems()) {
    p.severity = Severity::warn;
    out.add(std::move(p));
  }
  return out;
}

Diagnostics weight_warnings(const Provider& provider) {
  Diagnostics out;
  for (const auto& w : match::unknown_weights(provider))
    out.add(warning("pusterum.yaml", fmt::format(fmt::runtime(_("names no match criterion '{}'; its points are ignored ({})")), w.name, w.hint)));
  return out;
}

// What a listing or a proposal weighs, as of `day`.
Read read_roster(const Session& session, match::Roster roster, Date day) {
  Read read;
  read.warnings = weight_warnings(session.provider());
  read.roster = std::move(roster);
  read.context = match::context_of(session.tree(), read.roster, day);
  read.workers = match::workers_of(read.roster.staff, read.context);
  return read;
}

void warn_skipped(const store::Tree& tree, Read& read) {
  for (const auto& file : read.roster.unreadable) read.warnings.append(skipped(tree, file));
}

// A change is made only when every file it depends on could be read: the
// case files always (they say who holds which hours), the staff files when
// everyone is a candidate (--open --apply). Others are skipped with a warning.
void refuse_if_unreadable(const store::Tree& tree, Read& read, bool staff_too) {
  std::vector<std::string> files;
  for (const auto& file : read.roster.unreadable)
    if (staff_too || file.starts_with("cases/")) files.push_back(file);
  if (files.empty()) return warn_skipped(tree, read);
  Diagnostics problems = read.warnings;
  for (const auto& file : files) problems.append(problems_of(tree, file));
  throw Refused(Exit::invalid,
                fmt::format(fmt::runtime(P_("{} file could not be read: {}", "{} files could not be read: {}", files.size())), files.size(),
                            text::join(files, ", ")),
                _("fix them first (`pusterum check` lists the problems); nothing was changed"), std::move(problems));
}

// Runs `step`; when it throws, the warnings shown so far go with the error,
// which main shows after them.
template <class Step>
auto warned(const Diagnostics& warnings, Step step) {
  try {
    return step();
  } catch (const Refused& e) {
    Diagnostics all = warnings;
    all.append(e.findings());
    throw Refused(e.code(), e.what(), e.hint(), std::move(all));
  } catch (const Error& e) {
    if (warnings.empty()) throw;
    throw Refused(e.code(), e.what(), e.hint(), warnings);
  }
}

// Staff named on the command line, resolved and read, the fixed staff member
// first; a file with problems stops the command with those problems.
std::vector<Staff> named_staff(const store::Tree& tree, const AssignRequest& r) {
  std::vector<Staff> out{tree.require_staff(tree.resolve_staff(r.fixed))};
  std::set<std::string> seen{out.front().id};
  for (const auto& given : r.substitutes) {
    Staff s = tree.require_staff(tree.resolve_staff(given));
    if (!seen.insert(s.id).second)
      throw Error(Exit::usage, fmt::format(fmt::runtime(_("--substitute {}: {} is named twice")), given, s.id),
                  _("name each person once, and not the fixed staff member as a substitute"));
    out.push_back(std::move(s));
  }
  return out;
}

OpenMatches open_matches(const Session& session, const OpenRequest& r, Change* change) {
  const store::Tree& tree = session.tree();
  store::ReadCache cache(tree);
  const Date day = r.day.value_or(session.today());
  OpenMatches out{read_roster(session, match::load_all(tree, cache), day), {}, {}};
  if (change)
    refuse_if_unreadable(tree, out.read, true);
  else
    warn_skipped(tree, out.read);
  const Read& read = out.read;
  out.proposal = match::propose(read.roster, read.workers, read.context, r.time_limit_seconds);
  if (change) {
    out.recorded = warned(read.warnings, [&] { return match::apply(tree, read.roster, out.proposal, day, session.today()); });
    // Every match or none: a kill between two case files must not leave one case matched and the other waiting.
    store::AllOrNothing files(tree.root());
    for (const Case& c : out.recorded) {
      files.replace(tree.case_file(c.id), store::write_case(c));
      change->about(c.id);
    }
    files.apply();
  }
  // A listing that could not read every file fails, and leaves the cache as it was.
  if (read.roster.unreadable.empty()) cache.save();
  return out;
}

} // namespace

CaseRanking rank_case(const Session& session, const std::string& case_id) {
  const store::Tree& tree = session.tree();
  const std::string id = tree.resolve_case(case_id);
  store::ReadCache cache(tree);
  CaseRanking out{read_roster(session, match::load_for_case(tree, cache, id), session.today()), {}, {}};
  warn_skipped(tree, out.read);
  const Case& c = *out.read.roster.find_case(id);
  out.need = match::need_of(c, out.read.context, match::acquaintances(c, out.read.roster.siblings_of(c)));
  if (out.need.grant_over)
    throw Refused(Exit::findings, fmt::format(fmt::runtime(_("the grant of case {} ended on {}; there is nothing to match")), id, out.need.grant_end.iso()),
                  _("amend the grant's end with `pusterum case amend`, or close the case"), out.read.warnings);
  out.ranking = match::rank(out.need, out.read.workers, out.read.context);
  if (out.read.roster.unreadable.empty()) cache.save();
  return out;
}

Assigned assign(const Session& session, const AssignRequest& r) {
  Diagnostics typed;
  screen_flag_text("--reason", r.reason, typed);
  if (typed.blocking()) refuse(typed);
  Change change(session);
  const store::Tree& tree = session.tree();
  match::AssignRequest request;
  request.case_id = tree.resolve_case(r.case_id);
  request.named = named_staff(tree, r);
  request.substitutes_given = !r.substitutes.empty();
  request.day = r.day.value_or(session.today());
  request.reassign = r.reassign;
  request.force = r.force;
  request.reason = r.reason;
  store::ReadCache cache(tree);
  Read read;
  read.roster = match::load_for_case(tree, cache, request.case_id);
  refuse_if_unreadable(tree, read, false);
  Assigned out{warned(read.warnings, [&] { return match::assignment(tree, read.roster, request, session.today()); }), request.day,
               std::move(read.warnings)};
  tree.save_case(out.assignment.after);
  change.about(out.assignment.after.id);
  cache.save();
  return out;
}

OpenMatches propose_open(const Session& session, const OpenRequest& request) { return open_matches(session, request, nullptr); }

OpenMatches apply_open(const Session& session, const OpenRequest& request) {
  Change change(session);
  return open_matches(session, request, &change);
}

} // namespace pusterum::app
