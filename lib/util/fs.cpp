#include "util/fs.hpp"

#include "util/error.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <charconv>
#include <csignal>
#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <map>
#include <mutex>
#include <atomic>
#include <set>
#include <shared_mutex>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <utility>

#include "util/i18n.hpp" // last: it defines _()

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
  std::map<stdfs::path, std::vector<int>> fds; // lock file, canonical -> its open descriptors
};
KeptLocks& kept() {
  static KeptLocks locks;
  return locks;
}

// ---- Confinement: the roots below which no link is followed ----

struct ConfinedRoot {
  int fd = -1;   // the root folder, opened once
  int users = 0; // Trees of this root alive
};
struct Confined {
  std::shared_mutex mutex; // readers of a check run in parallel; a Tree is made rarely
  std::map<std::string, ConfinedRoot, std::less<>> roots;
};
Confined& confined() {
  static Confined c;
  return c;
}

enum class Use { read, write };

// `path` below a confined root: the root's descriptor and the rest of the path.
struct Below {
  int root_fd = -1;
  std::string root, rel; // rel: "cases/X/hours/2026-10.yaml", empty for the root itself
};

std::optional<Below> below_root(const stdfs::path& given) {
  Confined& c = confined();
  std::shared_lock lock(c.mutex);
  if (c.roots.empty()) return std::nullopt;
  std::string full = given.native();
  // Paths are built as root / "cases" / ...: only a relative one or one with
  // "." or ".." parts needs the work of making it plain.
  if (!given.is_absolute() || full.find("/.") != std::string::npos) {
    std::error_code ec;
    full = stdfs::absolute(given, ec).lexically_normal().native();
    while (full.size() > 1 && full.ends_with('/')) full.pop_back();
  }
  for (const auto& [root, entry] : c.roots) {
    if (full == root) return Below{entry.fd, root, {}};
    if (full.size() > root.size() && full.starts_with(root) && (root == "/" || full[root.size()] == '/'))
      return Below{entry.fd, root, full.substr(root == "/" ? 1 : root.size() + 1)};
  }
  return std::nullopt;
}

[[noreturn]] void refuse_link(const std::string& rel, Use use, bool folder) {
  throw Error(Exit::invalid,
              fmt::format(fmt::runtime(use == Use::read ? (folder ? _("{} is a symbolic link; pusterum does not read through links: replace it with the folder it points to")
                                                                  : _("{} is a symbolic link; pusterum does not read through links: replace it with the file it points to"))
                                                        : (folder ? _("{} is a symbolic link; pusterum does not write through links: replace it with the folder it points to")
                                                                  : _("{} is a symbolic link; pusterum does not write through links: replace it with the file it points to"))),
                          rel),
              _("`pusterum check` lists every link in the tree"));
}

bool is_link_at(int dir, const std::string& name) {
  struct stat info {};
  return ::fstatat(dir, name.c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(info.st_mode);
}

// openat2 with RESOLVE_NO_SYMLINKS: the kernel walks the path and refuses
// any link, in one call. -2 where the kernel (or a sandbox) has no openat2.
int open_beneath(int root_fd, const std::string& rel, int flags, mode_t mode) {
  static std::atomic<bool> unavailable = false;
  if (unavailable) return -2;
  open_how how{};
  how.flags = static_cast<uint64_t>(flags);
  how.mode = (flags & O_CREAT) ? mode : 0;
  how.resolve = RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH;
  const long fd = ::syscall(SYS_openat2, root_fd, rel.c_str(), &how, sizeof how);
  if (fd >= 0) return static_cast<int>(fd);
  if (errno == ENOSYS || errno == EPERM || errno == E2BIG) {
    unavailable = true;
    return -2;
  }
  return -1;
}

// The folder `rel` below the root, walked one part at a time with
// O_NOFOLLOW, creating missing parts (0700) when `create`. A link on the way
// throws; any other failure returns -1 with errno set.
int walk_folder(const Below& at, std::string_view rel, bool create, Use use) {
  int fd = ::openat(at.root_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return -1;
  std::string walked;
  for (size_t start = 0; start < rel.size();) {
    size_t slash = rel.find('/', start);
    if (slash == std::string_view::npos) slash = rel.size();
    const std::string part(rel.substr(start, slash - start));
    start = slash + 1;
    if (part.empty() || part == ".") continue;
    walked += (walked.empty() ? "" : "/") + part;
    if (part == "..") {
      ::close(fd);
      errno = EXDEV;
      return -1;
    }
    int next = ::openat(fd, part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (next < 0 && errno == ENOENT && create) {
      if (::mkdirat(fd, part.c_str(), 0700) == 0 || errno == EEXIST)
        next = ::openat(fd, part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    }
    if (next < 0) {
      const int saved = errno;
      const bool link = is_link_at(fd, part);
      ::close(fd);
      if (link) refuse_link(walked, use, true);
      errno = saved;
      return -1;
    }
    ::close(fd);
    fd = next;
  }
  return fd;
}

// An open folder, for the *at() calls on the files in it.
struct Folder {
  int fd = -1;
  std::string shown; // "cases/X/hours/" below a root, the path as given elsewhere; for messages
  Folder() = default;
  Folder(const Folder&) = delete;
  Folder& operator=(const Folder&) = delete;
  Folder(Folder&& other) noexcept : fd(std::exchange(other.fd, -1)), shown(std::move(other.shown)) {}
  ~Folder() {
    if (fd >= 0) ::close(fd);
  }
};

// The folder `dir`; fd -1 (errno set) when it cannot be opened.
Folder open_folder(const stdfs::path& dir, bool create, Use use) {
  Folder f;
  if (const auto at = below_root(dir)) {
    f.shown = at->rel.empty() ? at->root + "/" : at->rel + "/";
    f.fd = -2;
    if (!create && !at->rel.empty()) f.fd = open_beneath(at->root_fd, at->rel, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    if (f.fd == -1 && errno == ELOOP) f.fd = -2; // the walk names the link
    if (f.fd == -2) f.fd = walk_folder(*at, at->rel, create, use);
    return f;
  }
  const stdfs::path plain = dir.empty() ? stdfs::path(".") : dir;
  f.shown = dir.empty() ? "" : (dir / "").string();
  if (create) create_private_dirs(plain);
  f.fd = ::open(plain.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  return f;
}

stdfs::path parent_of(const stdfs::path& path) { return path.has_parent_path() ? path.parent_path() : stdfs::path("."); }

// The folder that holds `path`, or a failure naming it.
Folder open_parent(const stdfs::path& path, bool create, Use use) {
  Folder f = open_folder(parent_of(path), create, use);
  if (f.fd < 0) fail("cannot open folder", parent_of(path));
  return f;
}

// Opens `name` in `dir` without following a link; -1 with errno set, and a
// link named as one.
int open_in(const Folder& dir, const std::string& name, int flags, mode_t mode, Use use) {
  const int fd = ::openat(dir.fd, name.c_str(), flags | O_NOFOLLOW | O_CLOEXEC, mode);
  if (fd < 0 && errno == ELOOP) refuse_link(dir.shown + name, use, false);
  return fd;
}

// A write must not replace a link either: what git checked out as a link
// stays one until the user replaces it.
void refuse_link_target(const Folder& dir, const std::string& name) {
  if (is_link_at(dir.fd, name)) refuse_link(dir.shown + name, Use::write, false);
}

} // namespace

Confinement::Confinement(const stdfs::path& root) : root_(root.native()) {
  while (root_.size() > 1 && root_.ends_with('/')) root_.pop_back();
  Confined& c = confined();
  std::unique_lock lock(c.mutex);
  auto it = c.roots.find(root_);
  if (it == c.roots.end()) {
    const int fd = ::open(root_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) { // no tree there (yet): nothing to confine, and every read says so
      root_.clear();
      return;
    }
    it = c.roots.emplace(root_, ConfinedRoot{fd, 0}).first;
  }
  ++it->second.users;
}

Confinement::~Confinement() {
  if (root_.empty()) return;
  Confined& c = confined();
  std::unique_lock lock(c.mutex);
  const auto it = c.roots.find(root_);
  if (it == c.roots.end() || --it->second.users > 0) return;
  ::close(it->second.fd);
  c.roots.erase(it);
}

const std::vector<Written>& written_files() { return journal(); }

void note_written(const stdfs::path& path, std::string_view appended) {
  journal().push_back({path, std::string(appended)});
}

void keep_locks() { kept().keep = true; }

void release_kept_locks() {
  for (const auto& [path, fds] : kept().fds)
    for (const int fd : fds) ::close(fd);
  kept().fds.clear();
}

namespace {

// Opens `path` for reading, not through a link below a confined root.
int open_for_reading(const stdfs::path& path) {
  const auto at = below_root(path);
  if (!at || at->rel.empty()) return ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  const int fd = open_beneath(at->root_fd, at->rel, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0);
  if (fd >= 0 || (fd == -1 && errno != ELOOP)) return fd;
  // No openat2, or a link somewhere on the way: walk, which names it.
  const size_t slash = at->rel.rfind('/');
  Folder dir;
  dir.shown = slash == std::string::npos ? "" : at->rel.substr(0, slash + 1);
  dir.fd = walk_folder(*at, slash == std::string::npos ? std::string_view() : std::string_view(at->rel).substr(0, slash), false, Use::read);
  if (dir.fd < 0) return -1;
  return open_in(dir, slash == std::string::npos ? at->rel : at->rel.substr(slash + 1), O_RDONLY, 0, Use::read);
}

} // namespace

std::optional<std::string> read_file_if_present(const stdfs::path& path) {
  // open, fstat and read: a large provider's reports open 100,000 files,
  // and a stream (or a stat before the open) costs each of them more calls.
  const int fd = open_for_reading(path);
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

bool is_plain_file(const stdfs::path& path) {
  std::error_code ec;
  return stdfs::is_regular_file(stdfs::symlink_status(path, ec));
}

bool is_link(const stdfs::path& path) {
  std::error_code ec;
  return stdfs::is_symlink(stdfs::symlink_status(path, ec));
}

void fsync_dir(const stdfs::path& dir) {
  const Folder f = open_folder(dir, false, Use::write);
  if (f.fd < 0) fail("cannot open folder", dir);
  if (::fsync(f.fd) != 0 && errno != EINVAL) fail("cannot sync folder", dir);
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

void remove_leftovers_in(const Folder& dir, const stdfs::path& path, std::string_view prefix, bool temporary_only) {
  const int listing = ::dup(dir.fd);
  if (listing < 0) return;
  DIR* d = ::fdopendir(listing);
  if (!d) {
    ::close(listing);
    return;
  }
  std::vector<std::pair<std::string, bool>> doomed; // name, is a folder
  while (const dirent* e = ::readdir(d)) {
    const std::string name = e->d_name;
    if (temporary_only && name.find(".tmp") == std::string::npos) continue;
    if (left_by_dead_process(name, prefix)) doomed.emplace_back(name, e->d_type == DT_DIR);
  }
  ::closedir(d);
  for (const auto& [name, folder] : doomed) {
    if (!folder && ::unlinkat(dir.fd, name.c_str(), 0) == 0) continue;
    std::error_code ec;
    stdfs::remove_all(path / name, ec); // a folder (an intake's staging): remove_all follows no link inside
  }
}

// The temporary files killed writers left in `dir`, once per folder per run:
// a writer of 10,000 --out files must not read the folder 10,000 times.
void sweep_once(const Folder& dir, const stdfs::path& path) {
  static std::mutex mutex;
  static std::set<std::string> swept;
  {
    std::lock_guard lock(mutex);
    if (!swept.insert(path.lexically_normal().native()).second) return;
  }
  remove_leftovers_in(dir, path, ".", true);
}

// Writes `content` to the new file `tmp` in `dir` (0600, fsynced when
// `sync`) and renames it over `name`; on failure `tmp` is gone and `name`
// untouched. Neither is a link.
void write_and_rename(const Folder& dir, const std::string& tmp, const std::string& name, std::string_view content, bool sync) {
  refuse_link_target(dir, name);
  const stdfs::path shown_tmp = dir.shown + tmp, shown = dir.shown + name;
  const int fd = open_in(dir, tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600, Use::write);
  if (fd < 0) fail("cannot create", shown_tmp);
  try {
    write_all(fd, content, shown_tmp);
    if (::fchmod(fd, 0600) != 0) fail("cannot set permissions on", shown_tmp);
    if (sync && ::fsync(fd) != 0) fail("cannot sync", shown_tmp);
  } catch (...) {
    ::close(fd);
    ::unlinkat(dir.fd, tmp.c_str(), 0);
    throw;
  }
  ::close(fd);
  if (::renameat(dir.fd, tmp.c_str(), dir.fd, name.c_str()) != 0) {
    const int saved = errno;
    ::unlinkat(dir.fd, tmp.c_str(), 0);
    errno = saved;
    fail("cannot replace", shown);
  }
}

void write_synced(const stdfs::path& path, std::string_view content) {
  const Folder dir = open_parent(path, false, Use::write);
  // A writer killed between creating its temporary file and the rename leaves it behind.
  sweep_once(dir, parent_of(path));
  const std::string name = path.filename().string();
  write_and_rename(dir, fmt::format(".{}.tmp.{}", name, ::getpid()), name, content, true);
  if (::fsync(dir.fd) != 0 && errno != EINVAL) fail("cannot sync folder", parent_of(path));
}

} // namespace

void remove_leftovers(const stdfs::path& dir, std::string_view prefix) {
  const Folder f = open_folder(dir, false, Use::write);
  if (f.fd >= 0) remove_leftovers_in(f, dir, prefix, false);
}

void write_file_atomic(const stdfs::path& path, std::string_view content) {
  write_synced(path, content);
  note_written(path);
}

void write_output_file(const stdfs::path& path, std::string_view content) { write_synced(path, content); }

void write_cache_file(const stdfs::path& path, std::string_view content) {
  const Folder dir = open_parent(path, true, Use::write);
  sweep_once(dir, parent_of(path)); // what a killed reader left
  static std::atomic<int> serial = 0;
  // The pid last: remove_leftovers reads it there.
  const std::string name = path.filename().string();
  write_and_rename(dir, fmt::format(".{}.tmp{}.{}", name, serial++, ::getpid()), name, content, false);
}

int open_file_no_follow(const stdfs::path& path, int flags, mode_t mode) {
  const Folder dir = open_parent(path, (flags & O_CREAT) != 0, Use::write);
  const int fd = open_in(dir, path.filename().string(), flags, mode, Use::write);
  if (fd < 0) fail("cannot open", path);
  return fd;
}

void rename_no_follow(const stdfs::path& from, const stdfs::path& to) {
  const Folder dir = open_parent(to, false, Use::write);
  const std::string name = to.filename().string();
  refuse_link_target(dir, name);
  if (::renameat(dir.fd, from.filename().c_str(), dir.fd, name.c_str()) != 0) fail("cannot replace", to);
}

void create_private_dirs(const stdfs::path& path) {
  if (const auto at = below_root(path)) {
    const Folder f = open_folder(path, true, Use::write);
    if (f.fd < 0) fail("cannot create folder", at->rel.empty() ? path : stdfs::path(at->rel)); // named as in the tree
    return;
  }
  std::error_code ec;
  if (stdfs::is_directory(path, ec)) return;
  if (path.has_parent_path() && path.parent_path() != path) create_private_dirs(path.parent_path());
  if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST) fail("cannot create folder", path);
}

void publish_dir(const stdfs::path& from, const stdfs::path& to) {
  const Folder source = open_parent(from, false, Use::write), target = open_parent(to, false, Use::write);
  refuse_link_target(target, to.filename().string());
  if (::renameat(source.fd, from.filename().c_str(), target.fd, to.filename().c_str()) != 0) fail("cannot move folder into place", to);
  if (::fsync(target.fd) != 0 && errno != EINVAL) fail("cannot sync folder", parent_of(to));
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

namespace {

void lock_exclusive(int fd, const stdfs::path& path) {
  while (::flock(fd, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    const int saved = errno;
    ::close(fd);
    errno = saved;
    fail("cannot lock", path);
  }
}

// The folder's own flock; -1 where the file system has none for folders
// (the lock file alone then keeps writers apart).
int lock_folder(const stdfs::path& folder) {
  const Folder f = open_folder(folder, false, Use::write);
  if (f.fd < 0) fail("cannot open folder", folder);
  const int fd = ::dup(f.fd);
  if (fd < 0) fail("cannot open folder", folder);
  while (::flock(fd, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    ::close(fd);
    return -1;
  }
  return fd;
}

} // namespace

FileLock::FileLock(const stdfs::path& path, const stdfs::path& folder) {
  // One lock file under two spellings (rel/.pusterum/lock, /home/x/rel/.pusterum/lock)
  // is one lock: a second flock of it by this process would wait for itself.
  const stdfs::path key = canonical_path(path);
  if (kept().fds.contains(key)) return; // held since an earlier FileLock of this process
  if (!folder.empty()) folder_fd_ = lock_folder(folder);
  const std::string name = path.filename().string();
  for (;;) {
    const Folder dir = open_parent(path, true, Use::write);
    fd_ = open_in(dir, name, O_RDWR | O_CREAT, 0600, Use::write);
    if (fd_ < 0) fail("cannot open lock file", path);
    lock_exclusive(fd_, path);
    // Locked, but is it still the lock? Another writer (or a user) may have
    // deleted or replaced the file while this one waited for it.
    struct stat held {}, there {};
    if (::fstat(fd_, &held) == 0 && ::fstatat(dir.fd, name.c_str(), &there, AT_SYMLINK_NOFOLLOW) == 0 &&
        held.st_dev == there.st_dev && held.st_ino == there.st_ino)
      break;
    ::close(fd_);
    fd_ = -1;
  }
  if (kept().keep) {
    auto& fds = kept().fds[key];
    fds.push_back(fd_);
    if (folder_fd_ >= 0) fds.push_back(folder_fd_);
    fd_ = folder_fd_ = -1;
  }
}

FileLock::~FileLock() {
  if (fd_ >= 0) ::close(fd_); // closing releases the flock
  if (folder_fd_ >= 0) ::close(folder_fd_);
}

AppendFile::AppendFile(const stdfs::path& path) : path_(path) {
  Folder dir = open_parent(path, true, Use::write);
  const std::string name = path.filename().string();
  // O_EXCL first: whether this open made the file is known, not guessed from an earlier stat.
  fd_ = open_in(dir, name, O_RDWR | O_APPEND | O_CREAT | O_EXCL, 0600, Use::write);
  created_ = fd_ >= 0;
  if (fd_ < 0 && errno == EEXIST) fd_ = open_in(dir, name, O_RDWR | O_APPEND, 0, Use::write);
  if (fd_ < 0) fail("cannot open for appending", path);
  // A log git checked out (or anything else made) readable by others becomes
  // the owner's only, like every file pusterum writes.
  if (!created_) ::fchmod(fd_, 0600);
  dir_ = std::exchange(dir.fd, -1);
}

AppendFile::~AppendFile() {
  if (fd_ >= 0) ::close(fd_);
  if (dir_ >= 0) ::close(dir_);
}

bool AppendFile::ends_mid_line() const {
  struct stat info {};
  char last = '\n';
  return ::fstat(fd_, &info) == 0 && info.st_size > 0 && ::pread(fd_, &last, 1, info.st_size - 1) == 1 && last != '\n';
}

void AppendFile::append(std::string_view data) {
  write_all(fd_, data, path_);
  if (::fsync(fd_) != 0) fail("cannot sync", path_);
  if (created_ && ::fsync(dir_) != 0 && errno != EINVAL) fail("cannot sync folder", parent_of(path_));
}

} // namespace pusterum::fs
