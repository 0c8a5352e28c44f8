#include "app/init.hpp"

#include "app/commit.hpp"
#include "privacy/cpr.hpp"
#include "rulebook/registry.hpp"
#include "store/schemas.hpp"
#include "store/tree.hpp"
#include "store/write.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::app {

namespace {

namespace stdfs = std::filesystem;

std::string provider_yaml(const std::string& name, const std::string& language, bool git) {
  std::string rules;
  for (const auto& r : rules::all_rules())
    rules += fmt::format("#   {}: {}\n", r.name, name_of(r.default_severity));
  return fmt::format(R"(# yaml-language-server: $schema=.pusterum/schemas/provider.schema.json
# Provider settings. Edited by hand: pusterum reads this file and never rewrites it.
provider: {}
time_zone: Europe/Copenhagen
language: {}             # da | en: the language of reports
# CPR numbers are refused everywhere. Set this to true only when an agreement
# requires them; they are then masked in every output.
cpr_field: false
contract:
  minimum_visit_hours: 2
  report_interval_months: 3
  report_periods: grant  # grant: counted from each grant's start; calendar: calendar quarters
  borneattest_renewal_months: 24
special_days: ["06-05", "12-24", "12-31"]
# Rates are dated: the newest `from` on or before a day applies to it.
# rates:
#   - from: {}-01-01
#     hour: 395.00
#     overnight_block: 1650.00
#     evening_supplement: 35.00
#     weekend_supplement: 45.00
#     holiday_supplement: 90.00
#     km: 3.81
# Every rule is off, warn or block; these are the defaults:
# rules:
{}{})",
                     store::yaml_text(name), language, Date::today_in("Europe/Copenhagen").year(), rules,
                     git ? "# Commit every change pusterum makes, with a message saying what changed.\ngit:\n  autocommit: true\n"
                         : "");
}

constexpr const char* gitignore = R"(# pusterum's lock and rebuildable cache: never commit them.
.pusterum/lock
.pusterum/cache/
# Who read which case: kept on this machine, never copied into every clone.
.pusterum/access/
# A change a stopped writer left unfinished: it holds what was being written, notes too.
.pusterum/intent
# Half-written files of an interrupted write.
.*.tmp.*
cases/.new-*
)";

constexpr const char* gitattributes = R"(# pusterum writes YAML with LF line endings and a fixed key order.
*.yaml text eol=lf
*.json text eol=lf
# Hours logs are append-only, one entry per line: a merge keeps both sides' lines.
cases/*/hours/*.yaml merge=union
# Plans hold one visit or change per line too; a line both clones changed is
# kept twice, and `pusterum check` names the visit so one can be deleted.
cases/*/schedule.yaml merge=union
# The record of status reports sent is one line per sending.
cases/*/status/sent.yaml merge=union
)";

} // namespace

CreatedTree create_tree(const NewTree& r) {
  const stdfs::path& root = r.dir;
  if (stdfs::exists(root / "pusterum.yaml"))
    throw Error(Exit::usage, fmt::format(fmt::runtime(_("{} is already a provider folder")), root.string()),
                _("run `pusterum check` there, or choose another folder"));
  const std::string name = r.name.empty() ? stdfs::weakly_canonical(stdfs::absolute(root)).filename().string() : r.name;
  if (privacy::contains_cpr(name)) {
    Diagnostics problems;
    problems.add(Problem{.where = {.file = {}, .line = 0, .column = 0, .flag = r.name.empty() ? "DIR" : "--name"}, .rule = "cpr-number",
                         .severity = Severity::block, .message = _("the provider's name holds a value shaped like a CPR number"),
                         .hint = _("remove it: pusterum identifies people by internal ID and the municipality's case number")});
    store::throw_problems(problems);
  }
  fs::create_private_dirs(root);
  for (const char* sub : {"staff", "cases", ".pusterum/schemas"}) fs::create_private_dirs(root / sub);
  CreatedTree created{.session = std::make_unique<Session>(store::Tree(root)), .name = name.empty() ? "Provider" : name,
                      .git_warning = {}};
  {
    Change change(*created.session);
    for (const auto& schema : store::embedded_schemas())
      fs::write_file_atomic(root / ".pusterum" / "schemas" / std::string(schema.name), schema.content);
    fs::write_file_atomic(root / ".gitignore", gitignore);
    fs::write_file_atomic(root / ".gitattributes", gitattributes);
    fs::write_file_atomic(root / "pusterum.yaml", provider_yaml(created.name, r.language, r.git));
    change.summarize("new provider folder");
  }
  if (r.git) created.git_warning = git_init(root);
  return created;
}

} // namespace pusterum::app
