#include "store/intent.hpp"

#include "util/error.hpp"
#include "util/fs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::store {

namespace stdfs = std::filesystem;

namespace {

constexpr std::string_view first_line = "pusterum unfinished change 1\n";
constexpr std::string_view last_line = "end\n";

[[noreturn]] void fail(const std::string& what, const stdfs::path& path, int error) {
  throw Error(Exit::environment, fmt::format("{}: {}: {}", path.string(), what, std::strerror(error)));
}

class Fd {
public:
  // Never through a link below the tree's root (util/fs.hpp); a failure throws.
  Fd(const stdfs::path& path, int flags) : fd_(fs::open_file_no_follow(path, flags, 0600)) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

private:
  int fd_;
};

void write_at(int fd, std::string_view data, uint64_t offset, const stdfs::path& path) {
  while (!data.empty()) {
    const ssize_t n = ::pwrite(fd, data.data(), data.size(), static_cast<off_t>(offset));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(_("cannot write"), path, errno);
    data.remove_prefix(static_cast<size_t>(n));
    offset += static_cast<uint64_t>(n);
  }
}

uint64_t size_of(const stdfs::path& file) {
  struct stat info {};
  if (::lstat(file.c_str(), &info) != 0) {
    if (errno == ENOENT) return 0;
    fail(_("cannot read"), file, errno);
  }
  return static_cast<uint64_t>(info.st_size);
}

// Cuts `file` back to `size` and writes `text` after it, synced: the same
// result however much of `text` an earlier try got onto the disk.
void write_appended(const AllOrNothing::Target& t) {
  fs::create_private_dirs(t.file.parent_path());
  const bool fresh = !stdfs::exists(t.file);
  Fd fd(t.file, O_WRONLY | O_CREAT);
  if (fd.get() < 0) fail(_("cannot open for appending"), t.file, errno);
  ::fchmod(fd.get(), 0600); // a log git checked out readable by others becomes the owner's only
  if (::ftruncate(fd.get(), static_cast<off_t>(t.size_before)) != 0) fail(_("cannot append"), t.file, errno);
  write_at(fd.get(), t.text, t.size_before, t.file);
  if (::fsync(fd.get()) != 0) fail(_("cannot sync"), t.file, errno);
  if (fresh) fs::fsync_dir(t.file.parent_path());
}

stdfs::path staged_name(const stdfs::path& file) {
  return file.parent_path() / fmt::format(".{}.tmp.{}", file.filename().string(), ::getpid());
}

void stage(const AllOrNothing::Target& t) {
  fs::remove_leftovers(t.file.parent_path(), "." + t.file.filename().string() + ".tmp.");
  const stdfs::path staged = staged_name(t.file);
  Fd fd(staged, O_WRONLY | O_CREAT | O_TRUNC);
  if (fd.get() < 0) fail(_("cannot create"), staged, errno);
  write_at(fd.get(), t.text, 0, staged);
  if (::fchmod(fd.get(), 0600) != 0) fail(_("cannot set permissions on"), staged, errno);
  if (::fsync(fd.get()) != 0) fail(_("cannot sync"), staged, errno);
}

void publish(const AllOrNothing::Target& t) {
  fs::rename_no_follow(staged_name(t.file), t.file);
  fs::fsync_dir(t.file.parent_path());
}

// Puts the append targets back as they were before apply() began.
void roll_back(const std::vector<AllOrNothing::Target>& targets, const std::vector<bool>& existed) {
  for (size_t i = 0; i < targets.size(); ++i) {
    const auto& t = targets[i];
    if (!t.appended) {
      ::unlink(staged_name(t.file).c_str());
    } else if (!existed[i]) {
      ::unlink(t.file.c_str());
    } else {
      try {
        const Fd fd(t.file, O_WRONLY);
        if (::ftruncate(fd.get(), static_cast<off_t>(t.size_before)) == 0) ::fsync(fd.get());
      } catch (const Error&) { // rolling back what could be undone; the first error is the one reported
      }
    }
  }
}

std::string encode(const stdfs::path& root, const std::vector<AllOrNothing::Target>& targets) {
  std::string out(first_line);
  for (const auto& t : targets) {
    const std::string relative = t.file.lexically_relative(root).generic_string();
    out += t.appended ? fmt::format("append {} {} {}\n", t.size_before, t.text.size(), relative)
                      : fmt::format("replace {} {}\n", t.text.size(), relative);
    out += t.text;
  }
  out += last_line;
  return out;
}

std::vector<AllOrNothing::Target> decode(const stdfs::path& root, std::string_view text, const stdfs::path& file) {
  auto broken = [&] {
    return Error(Exit::environment, fmt::format(fmt::runtime(_("{}: an unfinished change that cannot be read")), file.string()),
                 _("restore the tree with `git checkout`, then delete the file"));
  };
  if (!text.starts_with(first_line) || !text.ends_with(last_line)) throw broken();
  text.remove_prefix(first_line.size());
  text.remove_suffix(last_line.size());
  std::vector<AllOrNothing::Target> targets;
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    if (eol == std::string_view::npos) throw broken();
    std::string_view head = text.substr(0, eol);
    text.remove_prefix(eol + 1);
    AllOrNothing::Target t;
    auto number = [&](uint64_t& value) {
      const auto [end, error] = std::from_chars(head.data(), head.data() + head.size(), value);
      if (error != std::errc() || end == head.data() + head.size() || *end != ' ') throw broken();
      head.remove_prefix(static_cast<size_t>(end - head.data()) + 1);
    };
    uint64_t length = 0;
    if (head.starts_with("append ")) {
      head.remove_prefix(7);
      t.appended = true;
      number(t.size_before);
    } else if (head.starts_with("replace ")) {
      head.remove_prefix(8);
    } else {
      throw broken();
    }
    number(length);
    if (head.empty() || head.starts_with("/") || head.find("..") != std::string_view::npos || length > text.size()) throw broken();
    t.file = root / std::string(head);
    t.text = std::string(text.substr(0, length));
    text.remove_prefix(length);
    targets.push_back(std::move(t));
  }
  return targets;
}

void remove_intent(const stdfs::path& root) {
  const stdfs::path file = intent_file(root);
  if (::unlink(file.c_str()) != 0 && errno != ENOENT) fail(_("cannot remove"), file, errno);
  fs::fsync_dir(file.parent_path());
}

// What an append target holds past its recorded size must be the start of
// what was to be appended: anything else was written by hand since.
void check_still_fits(const AllOrNothing::Target& t, const stdfs::path& intent) {
  const uint64_t size = size_of(t.file);
  bool fits = size >= t.size_before && size - t.size_before <= t.text.size();
  if (fits && size > t.size_before) {
    const std::string now = fs::read_file(t.file);
    fits = std::string_view(now).substr(t.size_before) == std::string_view(t.text).substr(0, size - t.size_before);
  }
  if (!fits)
    throw Error(Exit::environment,
                fmt::format(fmt::runtime(_("{}: changed since the unfinished change in {} was begun")), t.file.string(), intent.string()),
                _("restore the file with `git checkout`, or delete the unfinished change to leave the tree as it is"));
}

} // namespace

stdfs::path intent_file(const stdfs::path& root) { return root / ".pusterum" / "intent"; }

AllOrNothing::AllOrNothing(stdfs::path root) : root_(std::move(root)) {}

void AllOrNothing::append(const stdfs::path& file, std::string text) {
  const auto it = std::find_if(targets_.begin(), targets_.end(), [&](const Target& t) { return t.file == file; });
  if (it != targets_.end()) {
    it->text += text;
    return;
  }
  targets_.push_back({.file = file, .appended = true, .size_before = size_of(file), .text = std::move(text)});
}

bool AllOrNothing::appends_to(const stdfs::path& file) const {
  return std::any_of(targets_.begin(), targets_.end(), [&](const Target& t) { return t.appended && t.file == file; });
}

void AllOrNothing::replace(const stdfs::path& file, std::string content) {
  const auto it = std::find_if(targets_.begin(), targets_.end(), [&](const Target& t) { return t.file == file; });
  if (it != targets_.end()) {
    it->text = std::move(content);
    return;
  }
  targets_.push_back({.file = file, .appended = false, .size_before = 0, .text = std::move(content)});
}

void AllOrNothing::apply() {
  if (targets_.empty()) return;
  // One file is one write already: an append cut short is cut back below,
  // a replaced file is renamed into place whole.
  const bool journaled = targets_.size() > 1;
  if (journaled) {
    fs::create_private_dirs(root_ / ".pusterum");
    fs::write_output_file(intent_file(root_), encode(root_, targets_)); // a full disk fails here, before any file is touched
  }
  std::vector<bool> existed;
  for (const auto& t : targets_) existed.push_back(stdfs::exists(t.file));
  size_t published = 0;
  try {
    for (const auto& t : targets_)
      if (!t.appended) stage(t);
    for (const auto& t : targets_)
      if (t.appended) {
        write_appended(t);
        fs::note_written(t.file, t.text);
        crash_point();
      }
    for (const auto& t : targets_)
      if (!t.appended) {
        publish(t);
        ++published;
        fs::note_written(t.file);
        crash_point();
      }
  } catch (...) {
    if (published == 0) { // else the intent stays, and the next command finishes the change
      roll_back(targets_, existed);
      if (journaled) ::unlink(intent_file(root_).c_str());
    }
    throw;
  }
  if (journaled) remove_intent(root_);
}

std::vector<stdfs::path> finish_unfinished_change(const stdfs::path& root) {
  const stdfs::path file = intent_file(root);
  const auto text = fs::read_file_if_present(file);
  if (!text) return {};
  const auto targets = decode(root, *text, file);
  for (const auto& t : targets)
    if (t.appended) check_still_fits(t, file);
  std::vector<stdfs::path> written;
  for (const auto& t : targets) {
    if (t.appended) {
      write_appended(t);
      fs::note_written(t.file, t.text);
    } else {
      fs::write_file_atomic(t.file, t.text);
    }
    written.push_back(t.file);
  }
  remove_intent(root);
  return written;
}

void crash_point() {
  static const char* limit = std::getenv("PUSTERUM_TEST_CRASH_AFTER");
  static int written = 0;
  if (limit && ++written == std::atoi(limit)) ::raise(SIGKILL);
}

} // namespace pusterum::store
