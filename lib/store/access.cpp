#include "store/access.hpp"

#include "util/clock.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"
#include "util/process.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
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
#include <atomic>

namespace pusterum::store {

namespace stdfs = std::filesystem;

namespace {

std::mutex noted_mutex;
std::atomic<int> noted_generation = 0; // forget_accesses() starts a new one
std::map<std::string, std::set<std::string>>& noted() { // root as given -> case IDs
  static std::map<std::string, std::set<std::string>> by_root;
  return by_root;
}

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

// The tree a written file belongs to: the folder above its cases/<id>/.
std::optional<std::pair<std::string, std::string>> written_case(const stdfs::path& file) {
  const stdfs::path normal = file.lexically_normal();
  std::vector<stdfs::path> parts(normal.begin(), normal.end());
  for (size_t i = parts.size(); i-- > 0;) {
    if (parts[i] != "cases" || i + 2 >= parts.size()) continue;
    const std::string id = parts[i + 1].string();
    if (id.empty() || id.front() == '.') return std::nullopt;
    stdfs::path root;
    for (size_t j = 0; j < i; ++j) root /= parts[j];
    if (root.empty()) root = ".";
    std::error_code ec;
    if (!stdfs::exists(root / "pusterum.yaml", ec)) continue;
    return std::pair{root.string(), id};
  }
  return std::nullopt;
}

bool same_folder(const std::string& a, const std::string& b) {
  if (a == b) return true;
  std::error_code ec1, ec2;
  return stdfs::equivalent(a, b, ec1) && !ec1 && !ec2;
}

} // namespace

void note_case(const stdfs::path& root, std::string_view id) {
  // A reader reads one case's files one after another: noting each of a
  // case's hundred month files under the lock made threads wait on each other.
  thread_local std::string last_root, last_id;
  thread_local int last_generation = -1;
  if (id == last_id && root.native() == last_root && last_generation == noted_generation) return;
  {
    const std::lock_guard lock(noted_mutex);
    noted()[root.string()].emplace(id);
  }
  last_root = root.native();
  last_id = id;
  last_generation = noted_generation;
}

void note_case_path(const stdfs::path& root, const stdfs::path& path) {
  if (auto id = case_of(root.string(), path.string())) note_case(root, *id);
}

std::vector<TreeAccesses> accessed_cases() {
  std::map<std::string, std::set<std::string>> by_root;
  {
    const std::lock_guard lock(noted_mutex);
    by_root = noted();
  }
  for (const auto& w : fs::written_files()) {
    const auto hit = written_case(w.path);
    if (!hit) continue;
    // The same tree under another spelling (-C ex vs ./ex) is one tree.
    auto it = std::find_if(by_root.begin(), by_root.end(), [&](const auto& kv) { return same_folder(kv.first, hit->first); });
    if (it == by_root.end()) it = by_root.emplace(hit->first, std::set<std::string>{}).first;
    it->second.insert(hit->second);
  }
  std::vector<TreeAccesses> out;
  for (auto& [root, ids] : by_root)
    if (!ids.empty()) out.push_back({root, std::vector<std::string>(ids.begin(), ids.end())});
  return out;
}

void forget_accesses() {
  const std::lock_guard lock(noted_mutex);
  noted().clear();
  ++noted_generation;
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
    const stdfs::path file = dir / (month + ".log");
    std::error_code ec;
    const bool fresh = !stdfs::exists(file, ec);
    // Not through the write journal: the log is never committed (.gitignore).
    const int fd = ::open(file.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) throw Error(Exit::environment, fmt::format("{}: cannot open for appending: {}", file.string(), std::strerror(errno)));
    std::string_view rest = data; // one write for all lines; a short write goes on where it stopped
    while (!rest.empty()) {
      const ssize_t n = ::write(fd, rest.data(), rest.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        const int err = errno;
        ::close(fd);
        throw Error(Exit::environment, fmt::format("{}: cannot append: {}", file.string(), std::strerror(err)));
      }
      rest.remove_prefix(static_cast<size_t>(n));
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) throw Error(Exit::environment, fmt::format("{}: cannot sync: {}", file.string(), std::strerror(errno)));
    if (fresh) fs::fsync_dir(dir);
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
