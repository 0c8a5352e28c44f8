#pragma once
// The hours log on disk: cases/<id>/hours/YYYY-MM.yaml, one entry per line
// as a YAML flow map, so the file is a YAML list, `git diff` shows one line
// per entry, and git's union merge joins two clones' entries without a
// conflict. Each line is read on its own: a broken line is reported with
// its line number and never hides the others.
#include "hours/entry.hpp"
#include "store/intent.hpp"
#include "util/diagnostics.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pusterum::hours {

struct LogRead {
  std::vector<Entry> entries;
  Diagnostics problems;
};

std::string month_of(Date day); // "2026-11"
// "2026-11.yaml" -> "2026-11": the month a file of the log is for, or
// nothing when the name is not one (then no command reads the file).
std::optional<std::string> month_of_file_name(std::string_view name);

// An entry ID as new_entry_id makes it: six Crockford base32 characters.
bool is_entry_id(std::string_view id);

// The km of one entry, as log-hours takes them and the log reader reads
// them: whole km from 0 to max_km_per_entry, digits only.
inline constexpr int max_km_per_entry = 5000;
std::optional<int> parse_km(std::string_view text);
// With a zone, each time must be one that zone has: a local time the clocks
// skip, or an offset not in force then, is a problem of its line.
LogRead parse_log(std::string_view text, const std::string& file, const Zone* zone = nullptr);
std::string format_entry(const Entry& entry); // one line with its newline

// Adds the lines of `entries` to what `change` appends to `file`; the
// caller holds the tree's lock and applies the change. A new file gets the
// header; a last line cut short by a crash is closed first, so the new
// entries start on lines of their own.
void append_entries(store::AllOrNothing& change, const std::filesystem::path& file, const std::vector<Entry>& entries);

} // namespace pusterum::hours
