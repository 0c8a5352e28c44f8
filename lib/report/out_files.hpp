#pragma once
// The files one run of `report --out` or `report billing --out` writes,
// and their names. Each municipality gets a folder named by its key, so the
// cases of one municipality land together however the case files spell it
// and the coordinator sends one folder to one municipality; each name
// carries the case (or what the file sums up) and the period, so next
// quarter's files land beside this quarter's instead of over them. No two
// outputs of a run share a path, or the second would overwrite the first
// and its cases go missing from the folder without a word.
#include "grant/arithmetic.hpp"
#include "render/json.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::report {

// "Aarhus Kommune" -> "aarhus", "SORØ" -> "soroe": the municipality's part of a file name.
std::string municipality_file_part(std::string_view municipality);

// The file name extension of an output format: "text" -> "txt"; md, csv, json and html as they are.
std::string out_extension(std::string_view format);

// "favrskov/2025-QVEHE_2026-09-01_2026-11-30.html": `what` is a case ID,
// "summary" or "billing"; relative to the --out folder.
std::filesystem::path out_file_name(std::string_view municipality, std::string_view what, grant::Span period,
                                    std::string_view extension);

struct OutFile {
  std::filesystem::path path;
  std::string municipality;            // as the case files spell it
  std::string case_id;                 // empty: the file sums up the municipality's cases
  grant::Span period;
  std::string holds;                   // "the summary of Aarhus", for the message
  std::function<std::string()> render; // called only once every path is known to be free
};

// Writes `files` into `dir` (created, private, even when there are none),
// each in its municipality's folder and atomically, calling `written` after each. Refuses with Error(invalid),
// naming both, before anything is written when two would have one path;
// letter case does not tell paths apart, as on the file systems of macOS
// and Windows.
void write_out_files(const std::filesystem::path& dir, const std::vector<OutFile>& files, const std::string& hint,
                     const std::function<void(const OutFile&)>& written);

// The machine list of what a run wrote (schemas/output/written.schema.json).
render::Json written_json(const std::vector<OutFile>& files);

} // namespace pusterum::report
