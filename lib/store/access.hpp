#pragma once
// The access log: who (the OS user) read or changed which case, when, and
// with which command, so that a family's request to see who looked at their
// data can be answered. It holds no data and no arguments, only
//
//   2026-11-22T10:15:03+01:00<TAB>maja<TAB>log-hours<TAB>2025-FR23R
//
// one line per case per command, in .pusterum/access/YYYY-MM.log (by the
// month of the timestamp): outside the case folders and ignored by git,
// appended with O_APPEND and fsync, readable by the owner only.
//
// Recording: the tree's ReadJournal holds the case of every case-folder file
// the run read, and the run's changes (app::Session) the files it wrote;
// app::log_accesses appends the lines before the command's first byte of
// output (and at its end those of cases read later), also when it failed.
#include "util/date.hpp"

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::store {

// The cases a run read, noted by the tree's readers (Tree::read_text and
// the caches that stand in for it). Safe to note from several threads.
class ReadJournal {
public:
  // The case `path` belongs to when it is a file of a case folder of the
  // tree at `root` (root/cases/<id>/...).
  void note_path(const std::filesystem::path& root, const std::filesystem::path& path);
  void note(std::string_view case_id);
  std::vector<std::string> case_ids() const; // sorted, each once

  ReadJournal();

private:
  uint64_t serial_; // which journal a thread noted last: never reused, unlike an address
  mutable std::mutex mutex_;
  std::set<std::string> ids_;
};

struct Access {
  std::string when;    // 2026-11-22T10:15:03+01:00
  std::string user;    // the OS user
  std::string command; // "log-hours", "schedule add"
  std::string case_id;
  bool operator==(const Access&) const = default;
};

std::string format_access(const Access& a); // one line, with its newline
std::optional<Access> parse_access(std::string_view line);

// The current OS user (getpwuid, else $USER), fit for one field of a line.
std::string access_user();
// Now in `time_zone` as YYYY-MM-DDTHH:MM:SS+HH:MM. With $PUSTERUM_TODAY the
// date is that day's (the time of day stays the real one).
std::string access_timestamp(std::string_view time_zone);

std::filesystem::path access_dir(const std::filesystem::path& root);

// Appends all lines in one write to the month file of each line's
// timestamp. Throws Error(environment) when it cannot.
void append_accesses(const std::filesystem::path& root, const std::vector<Access>& lines);

struct AccessRead {
  std::vector<Access> accesses;     // in the order they were logged
  std::vector<std::string> damaged; // "file:line" of lines that could not be read
};
// The accesses to `case_id` whose date lies in [from, to] (either open).
AccessRead read_accesses(const std::filesystem::path& root, const std::string& case_id, std::optional<Date> from,
                         std::optional<Date> to);

} // namespace pusterum::store
