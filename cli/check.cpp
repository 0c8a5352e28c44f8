// pusterum check: validate the whole tree.
#include "app.hpp"

#include "app/check.hpp"
#include "render/json.hpp"
#include "render/table.hpp"
#include "rulebook/registry.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <iostream>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

namespace {

struct Options {
  std::string format;
  bool list_rules = false;
};

void print_rules(const store::Tree& tree, const Options& o) {
  // The severities pusterum.yaml sets: a broken file would show the defaults as if they were its own.
  const Provider& provider = tree.provider();
  if (o.format == "json") {
    render::Json rules = render::Json::array();
    for (const auto& r : rules::all_rules())
      rules.push_back({{"name", r.name},
                       {"severity", name_of(rules::severity_of(provider, r.name))},
                       {"default", name_of(r.default_severity)},
                       {"meaning", r.meaning}});
    std::cout << render::dump({{"rules", rules}});
    return;
  }
  render::Table table({_("RULE"), _("SEVERITY"), _("MEANING")});
  for (const auto& r : rules::all_rules())
    table.add({std::string(r.name), std::string(name_of(rules::severity_of(provider, r.name))), std::string(r.meaning)});
  std::cout << table.str(stdout_painter());
}

int run_check(Globals& g, const Options& o) {
  g.leave_unfinished_change = true;
  const store::Tree& tree = open_tree(g);
  if (o.list_rules) {
    print_rules(tree, o);
    return 0;
  }
  const app::TreeCheck result = app::check_tree(tree);
  const auto& problems = result.problems;
  const size_t errors = problems.count(Severity::block), warnings = problems.count(Severity::warn);
  if (o.format == "json") {
    render::Json findings = render::Json::array();
    for (const auto& p : problems.problems()) findings.push_back(render::to_json(p));
    std::cout << render::dump({{"root", tree.root().string()},
                               {"files", result.files},
                               {"errors", errors},
                               {"warnings", warnings},
                               {"findings", findings}});
  } else {
    const auto paint = stdout_painter();
    for (const auto& p : problems.problems()) {
      std::string line = shown(p);
      const std::string label = severity_label(p.severity);
      if (const size_t at = line.find(label); at != std::string::npos)
        line.replace(at, label.size(), paint(p.severity == Severity::block ? terminal::Colour::red : terminal::Colour::yellow, label));
      std::cout << line << "\n";
    }
    if (problems.empty())
      std::cout << paint(terminal::Colour::green, _("ok")) << ": "
                << fmt::format(fmt::runtime(P_("{} file, no problems", "{} files, no problems", result.files)), result.files) << "\n";
    else
      std::cout << fmt::format(fmt::runtime(_("{}, {} in {}")), counted(P_("{} error", "{} errors", errors), errors),
                               counted(P_("{} warning", "{} warnings", warnings), warnings),
                               counted(P_("{} file", "{} files", result.files), result.files))
                << "\n";
  }
  return problems.empty() ? 0 : static_cast<int>(Exit::findings);
}

} // namespace

void register_check(CLI::App& app, Globals& globals) {
  auto* cmd = app.add_subcommand("check", _("Check every file of the tree against its schema and the rules; exit 1 on findings"));
  static Options o;
  add_format_option(cmd, o.format);
  cmd->add_flag("--rules", o.list_rules, _("list the rules with their severity instead of checking"));
  cmd->callback([&globals] {
    const int code = run_check(globals, o);
    if (code != 0) throw Error(static_cast<Exit>(code), "");
  });
}

} // namespace pusterum::cli
