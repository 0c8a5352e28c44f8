#pragma once
// `pusterum init`: a new, empty provider tree.
#include "app/session.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace pusterum::app {

struct NewTree {
  std::filesystem::path dir;
  std::string name;     // empty: the folder's name
  std::string language; // of reports: da | en
  bool git = false;     // git.autocommit, and `git init` unless inside a repository
};

struct CreatedTree {
  std::unique_ptr<Session> session; // the new tree's; its one change holds the files written
  std::string name;                 // the provider's name written
  std::optional<std::string> git_warning; // `git init` failed: the folder is made all the same
};

// Writes the folders, schemas, .gitignore, .gitattributes and, last,
// pusterum.yaml (whose presence makes the folder a tree). Refuses a folder
// that already is one.
CreatedTree create_tree(const NewTree& request);

} // namespace pusterum::app
