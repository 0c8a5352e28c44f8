#include "store/access.hpp"

#include "util/clock.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"
#include "util/process.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <pwd.h>
#include <set>
#include <unistd.h>

namespace pusterum::store {

namespace stdfs = std::filesystem;

namespace {

// The case folder name right after root/cases/ in `path`, when there is one
// and the path goes on below it. Lexical: the readers and writers build their
// paths from the tree's root as given.
std::optional<std::string> case_of(const std::string& root, const std::string& path) {
  const std::string prefix = (stdfs::path(root) / "cases").string() + "/";
  if (!path.starts_with(prefix)) return std::nullopt;
  const std::string_view rest = std::string_view(path).substr(prefix.size());
  const size_t slash = rest.find('/');
  if (slash == std::string_view::npos || slash == 0 || rest.front() == '.') return std::nullopt; // .new-* of a writer
  return std::string(rest.substr(0, slash));
}

// A field holds no tab or line break, whatever an OS user name contains.
std::string field(std::string_view value) {
  std::string out(value);
  for (auto& ch : out)
    if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
  return out.empty() ? "-" : out;
}

} // namespace

ReadJournal::ReadJournal() {
  static std::atomic<uint64_t> journals = 0;
  serial_ = ++journals;
}

void ReadJournal::note_path(const stdfs::path& root, const stdfs::path& path) {
  if (auto id = case_of(root.string(), path.string())) note(*id);
}

void ReadJournal::note(std::string_view case_id) {
  // A reader reads one case's files one after another: noting each of a
  // case's hundred month files under the lock made threads wait on each other.
  thread_local uint64_t last_journal = 0;
  thread_local std::string last_id;
  if (last_journal == serial_ && case_id == last_id) return;
  {
    const std::lock_guard lock(mutex_);
    ids_.emplace(case_id);
  }
  last_journal = serial_;
  last_id = case_id;
}

std::vector<std::string> ReadJournal::case_ids() const {
  const std::lock_guard lock(mutex_);
  return {ids_.begin(), ids_.end()};
}

std::string format_access(const Access& a) {
  return fmt::format("{}\t{}\t{}\t{}\n", field(a.when), field(a.user), field(a.command), field(a.case_id));
}

std::optional<Access> parse_access(std::string_view line) {
  if (line.ends_with('\n')) line.remove_suffix(1);
  if (line.ends_with('\r')) line.remove_suffix(1);
  const auto parts = text::split(line, '\t');
  if (parts.size() != 4) return std::nullopt;
  for (const auto& p : parts)
    if (p.empty()) return std::nullopt;
  Access a{parts[0], parts[1], parts[2], parts[3]};
  // 2026-11-22T10:15:03+01:00
  if (a.when.size() != 25 || a.when[10] != 'T' || !Date::parse(std::string_view(a.when).substr(0, 10))) return std::nullopt;
  return a;
}

std::string access_user() {
  return field(process::user_name());
}

std::string access_timestamp(std::string_view time_zone) {
  const auto now = std::chrono::system_clock::now();
  const Instant instant = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
  Moment m{LocalTime{Date::from_days(static_cast<int32_t>(instant / 86400)), static_cast<int>(instant % 86400 / 60)}, 0};
  try {
    m = Zone(time_zone).moment_at(instant);
  } catch (const Error&) {
    // an unknown zone: UTC, which the offset says
  }
  try {
    if (const auto day = fixed_today()) m.local.date = *day; // tests ask "as of" a day; the time of day stays real
  } catch (const Error&) {
    // a bad $PUSTERUM_TODAY: the command has said so; the log keeps the real day
  }
  const int offset = std::abs(m.offset_minutes);
  return fmt::format("{}T{:02}:{:02}:{:02}{}{:02}:{:02}", m.local.date.iso(), m.local.minute / 60, m.local.minute % 60,
                     static_cast<int>(((instant % 60) + 60) % 60), m.offset_minutes < 0 ? '-' : '+', offset / 60, offset % 60);
}

stdfs::path access_dir(const stdfs::path& root) { return root / ".pusterum" / "access"; }

void append_accesses(const stdfs::path& root, const std::vector<Access>& lines) {
  std::map<std::string, std::string> by_month; // "2026-11" -> the lines
  for (const auto& a : lines) by_month[a.when.substr(0, 7)] += format_access(a);
  const stdfs::path dir = access_dir(root);
  fs::create_private_dirs(dir);
  for (const auto& [month, data] : by_month) {
    // Not through the write journal: the log is never committed (.gitignore).
    fs::AppendFile(dir / (month + ".log")).append(data); // one write for all lines
  }
}

AccessRead read_accesses(const stdfs::path& root, const std::string& case_id, std::optional<Date> from, std::optional<Date> to) {
  AccessRead out;
  std::vector<stdfs::path> files;
  std::error_code ec;
  for (const auto& entry : stdfs::directory_iterator(access_dir(root), ec)) {
    const std::string name = entry.path().filename().string();
    if (name.size() != 11 || !name.ends_with(".log") || !entry.is_regular_file()) continue; // YYYY-MM.log
    // Whole months outside the span are not read at all.
    const std::string month = name.substr(0, 7);
    if (from && month < from->iso().substr(0, 7)) continue;
    if (to && month > to->iso().substr(0, 7)) continue;
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  const std::string from_iso = from ? from->iso() : "", to_iso = to ? to->iso() : "";
  for (const auto& file : files) {
    const std::string text = fs::read_file(file);
    size_t line_no = 0;
    for (size_t at = 0; at < text.size();) {
      size_t end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      const std::string_view line = std::string_view(text).substr(at, end - at);
      at = end + 1;
      ++line_no;
      if (line.empty()) continue;
      // Cheap test first: most lines are about other cases.
      if (!line.ends_with(case_id) && !line.ends_with(case_id + "\r")) {
        if (line.find('\t') == std::string_view::npos) out.damaged.push_back(fmt::format("{}:{}", file.filename().string(), line_no));
        continue;
      }
      auto a = parse_access(line);
      if (!a) {
        out.damaged.push_back(fmt::format("{}:{}", file.filename().string(), line_no));
        continue;
      }
      if (a->case_id != case_id) continue;
      const std::string day = a->when.substr(0, 10);
      if ((from && day < from_iso) || (to && day > to_iso)) continue;
      out.accesses.push_back(std::move(*a));
    }
  }
  return out;
}

} // namespace pusterum::store
