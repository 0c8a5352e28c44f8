// pusterum export: the hours in other tools' formats. For now one format,
// ledger/hledger timeclock: every delivered session (visits, overnight
// stays, meetings, after voids and corrections) as an i/o pair with the
// case as account and the staff member as payee, times in UTC.
#include "app.hpp"

#include "export/timeclock.hpp"
#include "hours/case_log.hpp"
#include "hours/ledger.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <set>
#include <string>
#include <vector>

namespace pusterum::cli {

namespace {

struct Options {
  std::string format = "timeclock";
  std::string from, to, municipality;
};

exporting::SessionFilter filter_of(const Options& o) {
  exporting::SessionFilter filter;
  if (!o.from.empty()) filter.from = date_option(o.from, "--from");
  if (!o.to.empty()) filter.to = date_option(o.to, "--to");
  if (filter.from && filter.to && *filter.to < *filter.from)
    throw Error(Exit::usage, fmt::format("--to {} is before --from {}", filter.to->iso(), filter.from->iso()),
                "give --to on or after --from");
  if (!o.municipality.empty()) filter.municipality = o.municipality;
  return filter;
}

void run(const Globals& g, const Options& o) {
  const exporting::SessionFilter filter = filter_of(o);
  const store::Tree tree = open_tree(g);
  // One case at a time: its log is read, written out and dropped, so a
  // large tree never sits in memory whole.
  std::string out = exporting::timeclock_header();
  size_t set_aside = 0;
  std::set<std::string> municipalities; // those the cases name, to check --municipality against
  bool any_matches = false;
  for (const auto& id : tree.case_ids()) {
    const auto loaded = tree.load_case(id);
    if (!loaded.ok()) {
      print_problems(loaded.problems);
      say(fmt::format("pusterum: case {} is left out of the export: fix the lines above, then run again", id));
      ++set_aside;
      continue;
    }
    municipalities.insert(loaded.value->municipality);
    if (!exporting::municipality_matches(*loaded.value, filter)) continue;
    any_matches = true;
    const auto log = hours::read_case_log(tree, id);
    if (log.problems.blocking()) {
      print_problems(log.problems);
      say(fmt::format("pusterum: case {} is left out of the export: fix the lines above, then run again", id));
      ++set_aside;
      continue;
    }
    for (const auto& session : exporting::sessions_of(*loaded.value, hours::effective(log.entries), filter))
      out += exporting::render_session(session);
    if (out.size() > (1 << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  if (filter.municipality && !any_matches) {
    // A misspelt name would give an empty export that looks like a month without hours.
    const std::vector<std::string> known(municipalities.begin(), municipalities.end());
    const auto close = text::closest(*filter.municipality, known);
    throw Error(Exit::usage, fmt::format("no case belongs to the municipality '{}'", *filter.municipality),
                close ? fmt::format("did you mean '{}'?", *close) : fmt::format("the cases name {}", text::join(known, ", ")));
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  if (set_aside > 0)
    throw Error(Exit::invalid, fmt::format("{} case{} left out of the export", set_aside, set_aside == 1 ? "" : "s"),
                "`pusterum check` lists every problem");
}

} // namespace

void register_export(CLI::App& app, Globals& globals) {
  auto* cmd = app.add_subcommand("export", "Write the delivered hours in another tool's format: ledger/hledger timeclock, times in UTC");
  static Options o;
  cmd->add_option("--format", o.format, "output format: timeclock")->check(CLI::IsMember({"timeclock"}))->required();
  cmd->add_option("--from", o.from, "only sessions that start on this day or later (YYYY-MM-DD, local day)");
  cmd->add_option("--to", o.to, "only sessions that start on this day or earlier (YYYY-MM-DD, local day)");
  cmd->add_option("--municipality", o.municipality, "only the cases of this municipality");
  cmd->callback([&globals] { run(globals, o); });
}

} // namespace pusterum::cli
