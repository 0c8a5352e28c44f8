#pragma once
// Git integration: see git.cpp.
#include "store/tree.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace pusterum::cli {

// The commit message for what the command line `app` changed in `tree`
// (`paths` relative to it): a short subject, e.g. "staff louise-bach: edit"
// or "log-hours 2025-FR23R: 3.50 h on 2026-11-17 by maja-kristensen", and a
// body line per option that is a date, a number, an enumerated value or an
// ID (resolved in full), e.g. "--max-hours 25". Never free text.
std::string describe_change(const CLI::App& app, const std::vector<std::string>& paths, const store::Tree& tree);

// After a command succeeded: when the tree it wrote to has git.autocommit,
// commit exactly the files it wrote. A failure of git is a warning: the
// change is already on disk.
void commit_changes(const CLI::App& app);

// --out DIR inside the tree: one warning line. Its files are never
// committed, but a `git add -A` would put reports holding every
// municipality's cases in each clone's history.
void warn_if_inside_tree(const store::Tree& tree, const std::string& out);

// `init --git`: `git init` unless `dir` is already inside a work tree.
void git_init(const std::filesystem::path& dir);

} // namespace pusterum::cli
