#pragma once
// File-system primitives that never leave a half-written file behind.
#include <filesystem>
#include <sys/types.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::fs {

namespace stdfs = std::filesystem;

// Below the root of a provider tree no read or write follows a symbolic
// link, nor creates what a dangling one names: git carries links into every
// clone, and one at cases/X/hours/2026-10.yaml would have a write land (and
// a chmod apply) outside the tree, or a read take /etc/passwd for hours.
// Every path below the root is walked folder by folder from the root's
// descriptor (openat2 RESOLVE_NO_SYMLINKS, else O_NOFOLLOW at each step);
// a link met is an Error(invalid) naming it. The root itself may be reached
// through a link: that is the user's choice. store::Tree holds one for its
// lifetime; paths outside every confined root are used as given.
class Confinement {
public:
  explicit Confinement(const stdfs::path& root); // absolute and canonical
  ~Confinement();
  Confinement(const Confinement&) = delete;
  Confinement& operator=(const Confinement&) = delete;

private:
  std::string root_;
};

std::string read_file(const stdfs::path& path);
std::optional<std::string> read_file_if_present(const stdfs::path& path); // nullopt when it does not exist
bool is_readable_file(const stdfs::path& path);
// A regular file that is not itself a symbolic link (lstat).
bool is_plain_file(const stdfs::path& path);
bool is_link(const stdfs::path& path);

// A file opened for appending (O_APPEND, created 0600 when missing) without
// following a link, made the owner's only; for append-only logs. Not part
// of written_files(): the caller notes what it appended.
class AppendFile {
public:
  explicit AppendFile(const stdfs::path& path); // creates missing parent folders (0700)
  ~AppendFile();
  AppendFile(const AppendFile&) = delete;
  AppendFile& operator=(const AppendFile&) = delete;

  bool created() const { return created_; }
  // The file does not end with a newline: a crash cut its last line short.
  bool ends_mid_line() const;
  // One write (a reader never sees half of it), then fsync, and the
  // folder's fsync when this open created the file.
  void append(std::string_view data);

private:
  stdfs::path path_;
  int dir_ = -1, fd_ = -1;
  bool created_ = false;
};

// For writers with their own write sequence (store/intent.cpp): `path`
// opened with `flags` (created `mode` with O_CREAT, parents 0700) without
// following a link; a link is an Error naming it. The caller closes the fd.
int open_file_no_follow(const stdfs::path& path, int flags, mode_t mode = 0600);
// Renames `from` over `to`, both in one folder, neither followed if a link.
void rename_no_follow(const stdfs::path& from, const stdfs::path& to);

// Write to a temporary file beside `path`, fsync it, rename it over `path`
// and fsync the folder: readers see the old or the new content, never a mix.
// The file is created readable by the owner only (0600).
void write_file_atomic(const stdfs::path& path, std::string_view content);

// For files a command writes for the user (report --out): the same atomic,
// synced write, without joining written_files(). They are not part of the
// tree's change, so git autocommit never commits them.
void write_output_file(const stdfs::path& path, std::string_view content);

// For caches: the same temporary file and rename, without the fsyncs and
// without joining written_files(). A crash may lose the new content, or
// leave garbage that the cache's own check throws away; the cache is only
// ever a copy of what the tree holds.
void write_cache_file(const stdfs::path& path, std::string_view content);

// Create `path` and missing parents with mode 0700.
void create_private_dirs(const stdfs::path& path);

// Removes the entries of `dir` named "<prefix>...<pid>" whose process is gone:
// what a writer killed halfway left behind. A live process's are kept.
void remove_leftovers(const stdfs::path& dir, std::string_view prefix);
// Rename a fully written folder into place (used to publish a new case
// folder in one step) and fsync the parent.
void publish_dir(const stdfs::path& from, const stdfs::path& to);

void fsync_dir(const stdfs::path& dir);

// `path` made absolute, with ".", ".." and symlinks resolved as far as it
// exists: one spelling for one file, however it was named.
stdfs::path canonical_path(const stdfs::path& path);

// Every file this process has written (write_file_atomic, publish_dir and
// note_written), in order, so that a caller can act on exactly those files
// afterwards: pusterum's git autocommit commits them and nothing else.
struct Written {
  stdfs::path path;      // as the writer named it; a published folder's files under their final name
  std::string appended;  // for an append-only file: the text this process appended
};
const std::vector<Written>& written_files();
// For writers that do not go through write_file_atomic (appends).
void note_written(const stdfs::path& path, std::string_view appended = {});

// From now on every FileLock stays held until release_kept_locks() or the
// end of the process, and taking the same lock again, under any spelling of
// its path, is a no-op: what a command wrote under the lock can be committed
// before another writer moves in.
void keep_locks();
void release_kept_locks();

// An exclusive advisory lock (flock) held for the object's lifetime. The
// kernel drops it when the process dies, so a crash never leaves it stuck.
// The lock file taken is the one at `path` once locked (a file deleted or
// replaced while this process waited is let go and the new one taken).
// `folder` (the tree's root) is locked first: a lock file deleted while a
// writer holds it would let the next writer lock a new file beside it, a
// folder in use is not deleted.
class FileLock {
public:
  explicit FileLock(const stdfs::path& path, const stdfs::path& folder = {});
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

private:
  int fd_ = -1, folder_fd_ = -1;
};

} // namespace pusterum::fs
