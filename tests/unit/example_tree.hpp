#pragma once
// A fresh copy of examples/ in a temporary folder, judged on 2026-11-22 like
// the e2e tests: the fixture of the use-case tests, which run without the binary.
#include "app/session.hpp"
#include "scratch_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <string>

namespace pusterum::testing {

struct ExampleTree {
  std::filesystem::path root;
  ExampleTree() {
    root = make_scratch_dir("pusterum-app");
    std::filesystem::copy(std::filesystem::path(PUSTERUM_SOURCE_DIR) / "examples", root,
                          std::filesystem::copy_options::recursive);
    ::setenv("PUSTERUM_TODAY", "2026-11-22", 1);
  }
  ~ExampleTree() {
    ::unsetenv("PUSTERUM_TODAY");
    std::error_code ec;
    std::filesystem::remove_all(root, ec);
  }
  ExampleTree(const ExampleTree&) = delete;
  ExampleTree& operator=(const ExampleTree&) = delete;
  app::Session session() const { return app::Session(store::Tree(root)); }
  std::filesystem::path file(const std::string& relative) const { return root / relative; }
};

} // namespace pusterum::testing
