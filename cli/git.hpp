#pragma once
// Git integration: see git.cpp.
#include "app/session.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace pusterum::cli {

// The commit message for the changes of `session` that the command line
// `app` asked for: a short subject, e.g. "staff louise-bach: edit"
// or "log-hours 2025-FR23R: 3.50 h on 2026-11-17 by maja-kristensen", and a
// body line per option that is a date, a number, an enumerated value or an
// ID (resolved in full), e.g. "--max-hours 25". Never free text.
std::string describe_change(const CLI::App& app, const app::Session& session);

// After a command succeeded: when the tree has git.autocommit, commit
// exactly the files its changes wrote. A failure of git is a warning: the
// change is already on disk.
void commit_changes(const CLI::App& app, const app::Session& session);

// --out DIR inside the tree: one warning line. Its files are never
// committed, but a `git add -A` would put reports holding every
// municipality's cases in each clone's history.
void warn_if_inside_tree(const store::Tree& tree, const std::string& out);

} // namespace pusterum::cli
