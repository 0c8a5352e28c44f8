// Git integration, like pass: with `git: {autocommit: true}` in pusterum.yaml
// every command that changes the tree makes one commit of the files it wrote.
//
// Commands know nothing of git. The write layer records every file a
// command writes (fs::written_files()); after the command has succeeded,
// main() calls commit_changes(), which describes the change in one place
// (describe() below, from the command line and what was written) and
// commits exactly those paths with the user's own git.
#include "app.hpp"
#include "git.hpp"

#include "hours/log_file.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"
#include "util/process.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <set>

namespace pusterum::cli {

namespace {

namespace stdfs = std::filesystem;

// Never committed: the lock, the rebuildable cache and the access log (init's
// .gitignore says so too). The access log is not journaled at all; this is a
// second guard, since a commit would copy who-read-what into every clone.
bool never_committed(const std::string& relative) {
  return relative == ".pusterum/lock" || relative.starts_with(".pusterum/cache/") || relative.starts_with(".pusterum/access/") ||
         relative.starts_with("..");
}

// The provider folder that holds `file`: the nearest folder upwards with pusterum.yaml.
std::optional<stdfs::path> tree_of(const stdfs::path& file) {
  std::error_code ec;
  for (stdfs::path dir = stdfs::absolute(file, ec).lexically_normal().parent_path(); !dir.empty(); dir = dir.parent_path()) {
    if (stdfs::exists(dir / "pusterum.yaml", ec)) return dir;
    if (dir == dir.parent_path()) break;
  }
  return std::nullopt;
}

// The names of the commands given, without "pusterum": {"schedule", "add"}.
std::vector<const CLI::App*> commands_given(const CLI::App& app) {
  std::vector<const CLI::App*> chain;
  for (const CLI::App* scope = &app;;) {
    const auto subs = scope->get_subcommands();
    if (subs.empty()) break;
    scope = subs.front();
    chain.push_back(scope);
  }
  return chain;
}

// The IDs a change is about, from the paths it wrote: cases/<id>/..., staff/<id>.yaml.
std::vector<std::string> subjects_of(const std::vector<std::string>& paths) {
  std::vector<std::string> ids;
  for (const auto& p : paths) {
    const auto parts = text::split(p, '/');
    std::string id;
    if (parts.size() >= 3 && parts[0] == "cases") id = parts[1];
    if (parts.size() == 2 && parts[0] == "staff" && parts[1].ends_with(".yaml")) id = parts[1].substr(0, parts[1].size() - 5);
    if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
}

std::string shorten(std::string value, size_t most) {
  for (auto& ch : value)
    if (ch == '\n' || ch == '\t') ch = ' ';
  if (value.size() > most) value = value.substr(0, most - 3) + "...";
  return value;
}

// Free text stays out of commit messages: it is in the files, and a message
// is copied into every clone's log for good.
bool free_text(const std::string& option) {
  static const std::set<std::string> names{"note", "reason", "route", "file", "format", "cpr", "phone", "email", "address",
                                           "help"};
  return names.contains(option);
}

// What the last command named was given, e.g. "every tue 15:00-18:30 --from 2027-01-01".
std::string arguments_of(const CLI::App& command) {
  std::vector<std::string> words;
  for (const CLI::Option* opt : command.get_options()) {
    if (opt->count() == 0) continue;
    const std::string name = opt->get_positional() ? opt->get_name() : opt->get_lnames().empty() ? "" : opt->get_lnames().front();
    if (opt->get_positional()) {
      if (name == "CASE" || name == "ID" || name == "CASES") continue; // the subject, named by its full ID instead
      for (const auto& value : opt->results()) words.push_back(shorten(value, 60));
      continue;
    }
    if (name.empty() || free_text(name)) continue;
    if (opt->get_expected_max() == 0) {
      words.push_back("--" + name);
      continue;
    }
    words.push_back("--" + name + " " + shorten(text::join(opt->results(), ","), 40));
  }
  return text::join(words, " ");
}

// log-hours: what the appended lines hold, e.g. "3.50 h on 2026-11-17 by maja-kristensen".
std::string hours_logged() {
  std::vector<hours::Entry> entries;
  for (const auto& w : fs::written_files())
    if (!w.appended.empty()) {
      auto read = hours::parse_log(w.appended, w.path.string());
      entries.insert(entries.end(), read.entries.begin(), read.entries.end());
    }
  auto one = [](const hours::Entry& e) {
    if (e.kind == hours::Kind::void_entry) return fmt::format("void {}", e.voids);
    std::string what = e.kind == hours::Kind::cancelled
                           ? fmt::format("cancelled visit on {}", e.start.local.date.iso())
                           : fmt::format("{} h {}on {} by {}", e.hours().to_decimal(2),
                                         e.kind == hours::Kind::visit ? "" : std::string(name_of(e.kind)) + " ",
                                         e.start.local.date.iso(), e.staff);
    return e.corrects.empty() ? what : fmt::format("correct {}: {}", e.corrects, what);
  };
  if (entries.empty()) return {};
  if (entries.size() <= 2) {
    std::vector<std::string> parts;
    for (const auto& e : entries) parts.push_back(one(e));
    return text::join(parts, "; ");
  }
  Rational total{0};
  Date first = entries.front().start.local.date, last = first;
  for (const auto& e : entries) {
    if (e.uses_grant()) total = total + e.hours();
    first = std::min(first, e.start.local.date);
    last = std::max(last, e.start.local.date);
  }
  return fmt::format("{} entries, {} h from {} to {}", entries.size(), total.to_decimal(2), first.iso(), last.iso());
}

} // namespace

std::string describe_change(const CLI::App& app, const std::vector<std::string>& paths, const std::string& provider_name) {
  const auto chain = commands_given(app);
  if (chain.empty()) return "pusterum: change";
  const std::string top = chain.front()->get_name();
  if (top == "init") return fmt::format("init: provider folder {}", provider_name);
  auto subjects = subjects_of(paths);
  if (subjects.size() > 3) {
    const size_t more = subjects.size() - 2;
    subjects.resize(2);
    subjects.push_back(fmt::format("{} more", more));
  }
  std::string message = top;
  if (!subjects.empty()) message += " " + text::join(subjects, ", ");
  if (top == "intake") return message;
  std::vector<std::string> detail;
  for (size_t i = 1; i < chain.size(); ++i) detail.push_back(chain[i]->get_name()); // "add" of `schedule add`
  const std::string logged = top == "log-hours" ? hours_logged() : "";
  const std::string args = logged.empty() ? arguments_of(*chain.back()) : logged;
  if (!args.empty()) detail.push_back(args);
  if (!detail.empty()) message += ": " + text::join(detail, " ");
  return shorten(message, 150);
}

void commit_changes(const CLI::App& app) {
  const auto& written = fs::written_files();
  if (written.empty()) return;
  const auto root = tree_of(written.back().path); // pusterum.yaml is the last file init writes
  if (!root) return;
  const store::Tree tree(*root);
  const auto provider = tree.load_provider();
  if (!provider.ok() || !provider.value->git_autocommit) return;
  std::vector<std::string> paths;
  for (const auto& w : written) {
    std::error_code ec;
    const std::string relative = stdfs::absolute(w.path, ec).lexically_normal().lexically_relative(*root).generic_string();
    if (relative.empty() || never_committed(relative)) continue;
    if (std::find(paths.begin(), paths.end(), relative) == paths.end()) paths.push_back(relative);
  }
  if (paths.empty()) return;
  const std::string message = describe_change(app, paths, provider.value->name);
  const auto lock = tree.lock(); // still held since the command wrote, when it took the lock
  auto git = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"git", "-C", root->string()});
    return process::run(args);
  };
  std::vector<std::string> add{"add", "--"};
  add.insert(add.end(), paths.begin(), paths.end());
  // Only these paths: changes of other files, staged or not, stay out of the commit.
  std::vector<std::string> commit{"commit", "--quiet", "-m", message, "--"};
  commit.insert(commit.end(), paths.begin(), paths.end());
  for (const auto* step : {&add, &commit}) {
    const auto result = git(*step);
    if (result.ok()) continue;
    std::string why;
    if (!result.started) {
      why = fmt::format("git could not be run ({})", result.error);
    } else {
      // git's own first line of complaint, e.g. "fatal: not a git repository ...".
      std::string first;
      for (const auto& line : text::split(result.err.empty() ? result.out : result.err, '\n'))
        if (!text::trim(line).empty()) {
          first = std::string(text::trim(line));
          break;
        }
      why = fmt::format("`git {}` failed{}", step->front(), first.empty() ? fmt::format(" with exit status {}", result.status) : ": " + first);
    }
    const auto paint = stderr_painter();
    std::cerr << "pusterum: " << paint(terminal::Colour::yellow, "warning:") << " the change is written but not committed: " << why
              << " (git.autocommit is on in pusterum.yaml; commit it yourself)\n";
    return;
  }
}

void git_init(const std::filesystem::path& dir) {
  const auto inside = process::run({"git", "-C", dir.string(), "rev-parse", "--is-inside-work-tree"});
  // Already in a repository: commit there. No git at all: commit_changes() says so, once.
  if (inside.ok() || !inside.started) return;
  const auto made = process::run({"git", "-C", dir.string(), "init", "--quiet"});
  if (!made.ok()) {
    const auto paint = stderr_painter();
    std::cerr << "pusterum: " << paint(terminal::Colour::yellow, "warning:") << " `git init` failed: "
              << std::string(text::trim(text::split(made.err, '\n').front())) << "; the folder is created, run `git init` in it yourself\n";
  }
}

} // namespace pusterum::cli
