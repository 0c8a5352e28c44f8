#include "util/fs.hpp"

#include "util/error.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <charconv>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <mutex>
#include <atomic>
#include <sstream>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pusterum::fs {

namespace {

[[noreturn]] void fail(const std::string& what, const stdfs::path& path) {
  throw Error(Exit::environment, fmt::format("{}: {}: {}", path.string(), what, std::strerror(errno)));
}

void write_all(int fd, std::string_view data, const stdfs::path& path) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("cannot write", path);
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
}

std::vector<Written>& journal() {
  static std::vector<Written> files;
  return files;
}

struct KeptLocks {
  bool keep = false;
  std::map<stdfs::path, int> fds; // lock file, canonical -> its open descriptor
};
KeptLocks& kept() {
  static KeptLocks locks;
  return locks;
}

} // namespace

const std::vector<Written>& written_files() { return journal(); }

void note_written(const stdfs::path& path, std::string_view appended) {
  journal().push_back({path, std::string(appended)});
}

void keep_locks() { kept().keep = true; }

void release_kept_locks() {
  for (const auto& [path, fd] : kept().fds) ::close(fd);
  kept().fds.clear();
}

std::optional<std::string> read_file_if_present(const stdfs::path& path) {
  // open, fstat and read: a large provider's reports open 100,000 files,
  // and a stream (or a stat before the open) costs each of them more calls.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return std::nullopt;
    fail("cannot read", path);
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
    const int saved = S_ISDIR(info.st_mode) ? EISDIR : errno;
    ::close(fd);
    errno = saved;
    fail("cannot read", path);
  }
  // Of a file, the size fstat saw is what is read: an append after it (a
  // whole line, written at once) belongs to the next reader. A pipe
  // (--import <(...)) is read to its end.
  const bool regular = S_ISREG(info.st_mode);
  std::string text(regular ? static_cast<size_t>(info.st_size) : 65536, '\0');
  size_t done = 0;
  for (;;) {
    if (done == text.size()) {
      if (regular) break;
      text.resize(2 * done);
    }
    const ssize_t n = ::read(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int saved = errno;
      ::close(fd);
      errno = saved;
      fail("cannot read", path);
    }
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  ::close(fd);
  text.resize(done);
  return text;
}

std::string read_file(const stdfs::path& path) {
  if (auto text = read_file_if_present(path)) return std::move(*text);
  errno = ENOENT;
  fail("cannot read", path);
}

bool is_readable_file(const stdfs::path& path) {
  std::error_code ec;
  return stdfs::is_regular_file(path, ec) && ::access(path.c_str(), R_OK) == 0;
}

void fsync_dir(const stdfs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) fail("cannot open folder", dir);
  if (::fsync(fd) != 0 && errno != EINVAL) {
    ::close(fd);
    fail("cannot sync folder", dir);
  }
  ::close(fd);
}

namespace {

// "<anything>.<pid>" where no process <pid> runs any more.
bool left_by_dead_process(const std::string& name, std::string_view prefix) {
  if (!name.starts_with(prefix)) return false;
  const size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || dot + 1 >= name.size()) return false;
  int pid = 0;
  const auto [end, error] = std::from_chars(name.data() + dot + 1, name.data() + name.size(), pid);
  if (error != std::errc() || end != name.data() + name.size() || pid <= 0) return false;
  return ::kill(pid, 0) != 0 && errno == ESRCH;
}

} // namespace

void remove_leftovers(const stdfs::path& dir, std::string_view prefix) {
  std::error_code ec;
  for (const auto& entry : stdfs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (left_by_dead_process(name, prefix)) stdfs::remove_all(entry.path(), ec);
  }
}

namespace {

// Writes `content` to the new file `tmp` (0600, fsynced when `sync`) and
// renames it over `path`; on failure `tmp` is gone and `path` untouched.
void write_and_rename(const stdfs::path& tmp, const stdfs::path& path, std::string_view content, bool sync) {
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) fail("cannot create", tmp);
  try {
    write_all(fd, content, tmp);
    if (::fchmod(fd, 0600) != 0) fail("cannot set permissions on", tmp);
    if (sync && ::fsync(fd) != 0) fail("cannot sync", tmp);
  } catch (...) {
    ::close(fd);
    ::unlink(tmp.c_str());
    throw;
  }
  ::close(fd);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int saved = errno;
    ::unlink(tmp.c_str());
    errno = saved;
    fail("cannot replace", path);
  }
}

void write_synced(const stdfs::path& path, std::string_view content) {
  const stdfs::path dir = path.has_parent_path() ? path.parent_path() : stdfs::path(".");
  // A writer killed between creating its temporary file and the rename leaves it behind.
  remove_leftovers(dir, "." + path.filename().string() + ".tmp.");
  write_and_rename(dir / fmt::format(".{}.tmp.{}", path.filename().string(), ::getpid()), path, content, true);
  fsync_dir(dir);
}

} // namespace

void write_file_atomic(const stdfs::path& path, std::string_view content) {
  write_synced(path, content);
  note_written(path);
}

void write_output_file(const stdfs::path& path, std::string_view content) { write_synced(path, content); }

void write_cache_file(const stdfs::path& path, std::string_view content) {
  const stdfs::path dir = path.parent_path();
  create_private_dirs(dir);
  static std::once_flag swept; // what a killed reader left, once per process rather than once per file
  std::call_once(swept, [&] { remove_leftovers(dir, "."); });
  static std::atomic<int> serial = 0;
  // The pid last: remove_leftovers reads it there.
  write_and_rename(dir / fmt::format(".{}.tmp{}.{}", path.filename().string(), serial++, ::getpid()), path, content, false);
}

void create_private_dirs(const stdfs::path& path) {
  std::error_code ec;
  if (stdfs::is_directory(path, ec)) return;
  if (path.has_parent_path() && path.parent_path() != path) create_private_dirs(path.parent_path());
  if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) fail("cannot create folder", path);
}

void publish_dir(const stdfs::path& from, const stdfs::path& to) {
  if (::rename(from.c_str(), to.c_str()) != 0) fail("cannot move folder into place", to);
  fsync_dir(to.parent_path());
  for (auto& w : journal()) { // the files written in the staging folder now live under `to`
    const auto inside = w.path.lexically_relative(from);
    if (!inside.empty() && *inside.begin() != "..") w.path = to / inside;
  }
}

stdfs::path canonical_path(const stdfs::path& path) {
  std::error_code ec;
  stdfs::path absolute = stdfs::absolute(path, ec).lexically_normal();
  if (!absolute.has_filename() && absolute.has_relative_path()) absolute = absolute.parent_path(); // "rel/" is "rel"
  stdfs::path canonical = stdfs::weakly_canonical(absolute, ec);
  return ec ? absolute : canonical;
}

FileLock::FileLock(const stdfs::path& path) {
  // One lock file under two spellings (rel/.pusterum/lock, /home/x/rel/.pusterum/lock)
  // is one lock: a second flock of it by this process would wait for itself.
  const stdfs::path key = canonical_path(path);
  if (kept().fds.contains(key)) return; // held since an earlier FileLock of this process
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd_ < 0) fail("cannot open lock file", path);
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    ::close(fd_);
    fail("cannot lock", path);
  }
  if (kept().keep) {
    kept().fds[key] = fd_;
    fd_ = -1;
  }
}

FileLock::~FileLock() {
  if (fd_ >= 0) ::close(fd_); // closing releases the flock
}

} // namespace pusterum::fs
