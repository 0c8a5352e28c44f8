#pragma once
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace pusterum::cli {

// `pusterum __complete WORD... CURRENT`: prints the candidates for CURRENT,
// one per line (see complete.cpp). Returns the exit status.
int complete(CLI::App& app, const std::vector<std::string>& words);

} // namespace pusterum::cli
