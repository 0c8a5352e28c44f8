#pragma once
// The files one run of `report --out` or `report billing --out` writes. A
// file is named by its municipality's key, so the cases of one municipality
// land in one file however they spell it; and no two outputs of a run share
// a path, or the second would overwrite the first and its cases go missing
// from the folder without a word.
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::report {

// "Aarhus Kommune" -> "aarhus", "SORØ" -> "soroe": the municipality's part of a file name.
std::string municipality_file_part(std::string_view municipality);

struct OutFile {
  std::filesystem::path path;
  std::string holds;                   // "the summary of Aarhus", for the message
  std::function<std::string()> render; // called only once every path is known to be free
};

// Writes `files` into `dir` (created, private), each atomically, calling
// `written` after each. Refuses with Error(invalid), naming both, before
// anything is written when two would have one path; letter case does not
// tell paths apart, as on the file systems of macOS and Windows.
void write_out_files(const std::filesystem::path& dir, const std::vector<OutFile>& files, const std::string& hint,
                     const std::function<void(const std::filesystem::path&)>& written);

} // namespace pusterum::report
