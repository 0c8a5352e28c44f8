// pusterum export: the hours in other tools' formats. For now one format,
// ledger/hledger timeclock: every delivered session (visits, overnight
// stays, meetings, after voids and corrections) as an i/o pair with the
// case as account and the staff member as payee, times in UTC.
#include "app.hpp"

#include "export/timeclock.hpp"
#include "hours/case_log.hpp"
#include "hours/ledger.hpp"
#include "store/read_cache.hpp"
#include "util/error.hpp"
#include "util/parallel.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

namespace {

struct Options {
  std::string format = "timeclock";
  std::string from, to, municipality;
};

exporting::SessionFilter filter_of(Globals& g, const Options& o) {
  exporting::SessionFilter filter;
  if (!o.from.empty()) filter.from = date_option(g, o.from, "--from");
  if (!o.to.empty()) filter.to = date_option(g, o.to, "--to");
  if (filter.from && filter.to && *filter.to < *filter.from)
    throw Error(Exit::usage, fmt::format(fmt::runtime(_("--to {} is before --from {}")), filter.to->iso(), filter.from->iso()),
                _("give --to on or after --from"));
  if (!o.municipality.empty()) filter.municipality = o.municipality;
  return filter;
}

// What one case adds to the export: its sessions as timeclock lines, or the
// problems that leave it out.
struct CaseExport {
  std::optional<std::string> municipality; // when the case file could be read
  bool matches = false;
  std::string lines;
  std::optional<Diagnostics> left_out;
};

CaseExport export_case(const store::Tree& tree, store::ReadCache& cache, const std::string& id,
                       const exporting::SessionFilter& filter, const MunicipalitySpellings& spellings) {
  CaseExport done;
  auto loaded = store::load_case(tree, cache, id); // a folder without case.yaml is refused like any unreadable file
  if (!loaded.ok()) {
    done.left_out = std::move(loaded.problems);
    return done;
  }
  const Case& c = *loaded.value;
  done.municipality = c.municipality;
  if (!exporting::municipality_matches(c, filter)) return done;
  done.matches = true;
  const auto log = hours::read_case_log(tree, id);
  if (log.problems.blocking()) {
    done.left_out = log.problems;
    return done;
  }
  for (const auto& session : exporting::sessions_of(c, hours::effective(log.entries), filter, spellings))
    done.lines += exporting::render_session(session);
  return done;
}

void run(Globals& g, const Options& o) {
  const exporting::SessionFilter filter = filter_of(g, o);
  const store::Tree& tree = open_tree(g);
  store::ReadCache cache(tree); // reads the provider once, before the threads share the tree
  const std::vector<std::string> ids = tree.case_ids();
  // Every spelling is counted before the first account is written.
  const MunicipalitySpellings spellings = exporting::municipality_spellings(tree, cache);
  // A few hundred cases at a time, on every core, written out in case order:
  // a large tree never sits in memory whole.
  constexpr size_t cases_at_a_time = 256;
  std::string out = exporting::timeclock_header();
  size_t set_aside = 0;
  std::set<std::string> municipalities; // those the cases name, to check --municipality against
  bool any_matches = false;
  for (size_t first = 0; first < ids.size(); first += cases_at_a_time) {
    std::vector<CaseExport> done(std::min(cases_at_a_time, ids.size() - first));
    parallel_for(done.size(), [&](size_t i) { done[i] = export_case(tree, cache, ids[first + i], filter, spellings); });
    for (size_t i = 0; i < done.size(); ++i) {
      if (done[i].municipality) municipalities.insert(*done[i].municipality);
      any_matches = any_matches || done[i].matches;
      if (done[i].left_out) {
        print_problems(*done[i].left_out);
        say(fmt::format(fmt::runtime(_("pusterum: case {} is left out of the export: fix the lines above, then run again")), ids[first + i]));
        ++set_aside;
        continue;
      }
      out += done[i].lines;
    }
    if (out.size() > (1 << 20)) { // never before a case matched: a misspelt --municipality prints nothing
      std::cout.write(out.data(), static_cast<std::streamsize>(out.size())); // std::cout: the access log is written before it
      out.clear();
    }
  }
  cache.save();
  if (filter.municipality && !any_matches) {
    // A misspelt name would give an empty export that looks like a month without hours.
    const std::vector<std::string> known(municipalities.begin(), municipalities.end());
    const auto close = text::closest(*filter.municipality, known);
    throw Error(Exit::usage, fmt::format(fmt::runtime(_("no case belongs to the municipality '{}'")), *filter.municipality),
                close ? fmt::format(fmt::runtime(_("did you mean '{}'?")), *close)
                      : fmt::format(fmt::runtime(_("the cases name {}")), text::join(known, ", ")));
  }
  std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
  std::cout.flush();
  if (set_aside > 0)
    throw Error(Exit::invalid, fmt::format(fmt::runtime(P_("{} case left out of the export", "{} cases left out of the export", set_aside)), set_aside),
                _("`pusterum check` lists every problem"));
}

} // namespace

void register_export(CLI::App& app, Globals& globals) {
  auto* cmd = app.add_subcommand("export", _("Write the delivered hours in another tool's format: ledger/hledger timeclock, times in UTC"));
  static Options o;
  cmd->add_option("--format", o.format, _("output format: timeclock"))->check(CLI::IsMember({"timeclock"}))->required();
  cmd->add_option("--from", o.from, _("only sessions that start on this day or later (YYYY-MM-DD, local day)"));
  cmd->add_option("--to", o.to, _("only sessions that start on this day or earlier (YYYY-MM-DD, local day)"));
  cmd->add_option("--municipality", o.municipality, _("only the cases of this municipality"));
  cmd->callback([&globals] { run(globals, o); });
}

} // namespace pusterum::cli
