#pragma once
// A private copy of examples/ for a test that writes, removed afterwards.
#include "util/fs.hpp"
#include "scratch_dir.hpp"

#include <filesystem>
#include <string>

namespace pusterum::testing {

inline const std::filesystem::path examples_dir = std::filesystem::path(PUSTERUM_SOURCE_DIR) / "examples";

struct TreeCopy {
  std::filesystem::path root = make_scratch_dir("pusterum-test");
  TreeCopy() {
    std::filesystem::copy(examples_dir, root,
                          std::filesystem::copy_options::recursive | std::filesystem::copy_options::skip_symlinks);
    std::filesystem::remove_all(root / ".pusterum" / "cache"); // a cache left by running pusterum on examples/
  }
  ~TreeCopy() { std::filesystem::remove_all(root); }
  std::string text(const std::string& rel) const { return fs::read_file(root / rel); }
  void write(const std::string& rel, const std::string& content) const { fs::write_file_atomic(root / rel, content); }
};

} // namespace pusterum::testing
