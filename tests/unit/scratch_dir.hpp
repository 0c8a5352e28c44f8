#pragma once
// A new, empty, owner-only folder of its own under the temporary directory.
// mkdtemp, not pid and rand(): ctest runs every test case in its own process,
// pids come round again on a busy machine, and rand() is unseeded, so a folder
// left by a killed test would be taken for this one's.
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

namespace pusterum::testing {

inline std::filesystem::path make_scratch_dir(const std::string& prefix) {
  std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr)
    throw std::system_error(errno, std::generic_category(), "mkdtemp " + pattern);
  return pattern;
}

} // namespace pusterum::testing
