// pusterum access-log CASE: who read or changed a case, when, with which
// command (store/access.hpp writes the log; main() appends to it).
#include "app.hpp"

#include "render/json.hpp"
#include "render/table.hpp"
#include "store/access.hpp"
#include "store/ids.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <iostream>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

namespace {

struct Options {
  std::string id;
  std::string from;
  std::string to;
  std::string format;
};

// A case folder may be gone (deleted when its keeping time ended) while its
// accesses are still logged: a full case ID is looked up as it is.
std::string case_id_of(const store::Tree& tree, const std::string& given) {
  try {
    return tree.resolve_case(given);
  } catch (const Error&) {
    const std::string upper = text::to_upper_ascii(given);
    if (store::is_case_id(upper)) return upper;
    throw;
  }
}

void run(Globals& g, const Options& o) {
  const store::Tree& tree = open_tree(g);
  const std::string id = case_id_of(tree, o.id);
  std::optional<Date> from, to;
  if (!o.from.empty()) from = date_option(g, o.from, "--from");
  if (!o.to.empty()) to = date_option(g, o.to, "--to");
  if (from && to && *to < *from)
    throw Error(Exit::usage, fmt::format(fmt::runtime(_("--to {} is before --from {}")), to->iso(), from->iso()), _("give --from first, then a later --to"));
  const auto read = store::read_accesses(tree.root(), id, from, to);
  for (const auto& where : read.damaged)
    say(fmt::format(fmt::runtime(_("pusterum: {} .pusterum/access/{}: a line that is not an access was skipped")), severity_label(Severity::warn), where));
  if (o.format == "json") {
    render::Json rows = render::Json::array();
    for (const auto& a : read.accesses) rows.push_back({{"when", a.when}, {"user", a.user}, {"command", a.command}});
    render::Json out{{"case", id}, {"accesses", rows}};
    out["from"] = from ? render::Json(from->iso()) : render::Json(nullptr);
    out["to"] = to ? render::Json(to->iso()) : render::Json(nullptr);
    std::cout << render::dump(out);
    return;
  }
  if (read.accesses.empty()) {
    const std::string first = from ? from->iso() : _("the start"), last = to ? to->iso() : _("today");
    say(from || to ? fmt::format(fmt::runtime(_("No accesses to case {} are logged from {} to {}.")), id, first, last)
                   : fmt::format(fmt::runtime(_("No accesses to case {} are logged.")), id));
    return;
  }
  render::Table table({_("WHEN"), _("USER"), _("COMMAND")});
  for (const auto& a : read.accesses) table.add({a.when, a.user, a.command});
  std::cout << table.str(stdout_painter());
}

} // namespace

void register_access_log(CLI::App& app, Globals& globals) {
  auto* cmd = app.add_subcommand("access-log",
                                 _("List who read or changed a case, when, and with which command (for a family's request)"));
  static Options o;
  cmd->add_option("CASE", o.id, _("the case ID or a unique part of it"))->required();
  cmd->add_option("--from", o.from, _("only accesses on or after this day (YYYY-MM-DD)"));
  cmd->add_option("--to", o.to, _("only accesses on or before this day (YYYY-MM-DD)"));
  add_format_option(cmd, o.format);
  cmd->callback([&globals] { run(globals, o); });
}

} // namespace pusterum::cli
