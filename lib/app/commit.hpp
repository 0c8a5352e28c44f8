#pragma once
// Git autocommit, like pass: with `git: {autocommit: true}` in pusterum.yaml
// the files a run's changes wrote (Session::changes()) become one commit of
// exactly those paths, made with the user's own git. Files written for the
// user (--out) are never part of a change, so never committed.
#include "app/session.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pusterum::app {

// The files of the run's changes, relative to the tree, each once, without
// what is never committed (the lock, the cache, the access log).
std::vector<std::string> paths_to_commit(const Session& session);

// The IDs the changes were about, in order, each once.
std::vector<std::string> subjects_of(const Session& session);

// Commit `paths` with `message` when the tree has git.autocommit. Returns
// why it could not (git missing, not a repository ...): a warning, since
// the change is already on disk.
std::optional<std::string> commit(const Session& session, const std::vector<std::string>& paths, const std::string& message);

// `init --git`: `git init` unless `dir` is already inside a work tree.
// Returns a warning when it failed.
std::optional<std::string> git_init(const std::filesystem::path& dir);

} // namespace pusterum::app
