// pusterum init [DIR]: a new, empty provider tree.
#include "app.hpp"

#include "app/init.hpp"

#include <fmt/format.h>

#include <iostream>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

void register_init(CLI::App& app, Globals& globals) {
  auto* cmd = app.add_subcommand("init", _("Create an empty provider folder (pusterum.yaml, staff/, cases/)"));
  static app::NewTree request{.dir = {}, .name = {}, .language = "da", .git = false};
  static std::string dir;
  cmd->add_option("DIR", dir, _("the folder to create or fill (default: the current folder)"));
  cmd->add_option("--name", request.name, _("the provider's name (default: the folder's name)"));
  cmd->add_option("--language", request.language, _("language of reports"))->check(CLI::IsMember({"da", "en"}))->capture_default_str();
  cmd->add_flag("--git", request.git,
                _("commit every change to git (git.autocommit in pusterum.yaml); runs `git init` unless the folder is in a repository"));
  cmd->callback([&globals] {
    request.dir = !dir.empty() ? dir : globals.root.value_or(".");
    auto created = app::create_tree(request);
    if (created.git_warning) {
      const auto paint = stderr_painter();
      std::cerr << "pusterum: " << paint(terminal::Colour::yellow, severity_label(Severity::warn)) << " " << *created.git_warning << "\n";
    }
    globals.adopt(std::move(created.session)); // main() commits the new files
    say(fmt::format(fmt::runtime(_("Created provider folder {} ({}). Next: edit pusterum.yaml, then `pusterum staff add` and `pusterum intake`.")),
                    request.dir.string(), created.name));
  });
}

} // namespace pusterum::cli
