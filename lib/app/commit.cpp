#include "app/commit.hpp"

#include "util/error.hpp"
#include "util/process.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::app {

namespace {

// Never committed: the lock, an unfinished change's intent, the rebuildable cache and the access log (init's
// .gitignore says so too). The access log is not journaled at all; this is a
// second guard, since a commit would copy who-read-what into every clone.
bool never_committed(const std::string& relative) {
  return relative == ".pusterum/lock" || relative == ".pusterum/intent" || relative.starts_with(".pusterum/cache/") || relative.starts_with(".pusterum/access/") ||
         relative.starts_with("..");
}

template <class T>
void add_once(std::vector<T>& list, T value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

// git's own first line of complaint, e.g. "fatal: not a git repository ...".
std::string first_line(const process::Result& result) {
  for (const auto& line : text::split(result.err.empty() ? result.out : result.err, '\n'))
    if (!text::trim(line).empty()) return std::string(text::trim(line));
  return {};
}

} // namespace

std::vector<std::string> paths_to_commit(const Session& session) {
  std::vector<std::string> paths;
  for (const auto& change : session.changes())
    for (const auto& file : change.files) {
      const std::string relative = fs::canonical_path(file).lexically_relative(session.tree().root()).generic_string();
      if (!relative.empty() && !never_committed(relative)) add_once(paths, relative);
    }
  return paths;
}

std::vector<std::string> subjects_of(const Session& session) {
  std::vector<std::string> ids;
  for (const auto& change : session.changes())
    for (const auto& id : change.about) add_once(ids, id);
  return ids;
}

std::optional<std::string> commit(const Session& session, const std::vector<std::string>& paths, const std::string& message) {
  if (paths.empty()) return std::nullopt;
  try {
    if (!session.provider().git_autocommit) return std::nullopt; // read once per run, by the tree
  } catch (const Error&) {
    return std::nullopt; // a broken pusterum.yaml: no change was written through it
  }
  const std::string root = session.tree().root().string();
  std::vector<std::string> add{"git", "-C", root, "add", "--"};
  add.insert(add.end(), paths.begin(), paths.end());
  // Only these paths: changes of other files, staged or not, stay out of the commit.
  std::vector<std::string> commit{"git", "-C", root, "commit", "--quiet", "-m", message, "--"};
  commit.insert(commit.end(), paths.begin(), paths.end());
  for (const auto* step : {&add, &commit}) {
    const auto result = process::run(*step);
    if (result.ok()) continue;
    if (!result.started) return fmt::format(fmt::runtime(_("git could not be run ({})")), result.error);
    const std::string why = first_line(result);
    return fmt::format(fmt::runtime(_("`git {}` failed{}")), (*step)[3], why.empty() ? fmt::format(fmt::runtime(_(" with exit status {}")), result.status) : ": " + why);
  }
  return std::nullopt;
}

std::optional<std::string> git_init(const std::filesystem::path& dir) {
  const auto inside = process::run({"git", "-C", dir.string(), "rev-parse", "--is-inside-work-tree"});
  // Already in a repository: commit there. No git at all: commit() says so, once.
  if (inside.ok() || !inside.started) return std::nullopt;
  const auto made = process::run({"git", "-C", dir.string(), "init", "--quiet"});
  if (made.ok()) return std::nullopt;
  return fmt::format(fmt::runtime(_("`git init` failed: {}; the folder is created, run `git init` in it yourself")), first_line(made));
}

} // namespace pusterum::app
