// util/fs.hpp: a lock that holds when its file is deleted or replaced, and
// temporary files of killed writers swept once per folder.
#include "store/tree.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"

#include "tree_copy.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fcntl.h>
#include <fstream>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

using namespace pusterum;
namespace stdfs = std::filesystem;

namespace {

stdfs::path scratch(const char* name) {
  const stdfs::path dir = stdfs::temp_directory_path() / fmt::format("pusterum-fs-safety-{}-{}", name, ::getpid());
  stdfs::remove_all(dir);
  fs::create_private_dirs(dir);
  return dir;
}

void touch(const stdfs::path& file) { fs::write_output_file(file, "x\n"); }
// A file as a killed writer left it: made without pusterum's writers, which would sweep the folder.
void leave(const stdfs::path& file) { std::ofstream(file) << "x\n"; }

// Whether another open of `file` could take its lock now.
bool lockable(const stdfs::path& file) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  REQUIRE(fd >= 0);
  const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
  ::close(fd);
  return free;
}

} // namespace

TEST_CASE("a lock file deleted while it is held admits no second writer") {
  const stdfs::path dir = scratch("deleted");
  const stdfs::path lock = dir / ".pusterum" / "lock";
  std::atomic<bool> second_in = false;
  std::thread second;
  {
    fs::FileLock first(lock, dir);
    stdfs::remove(lock);
    second = std::thread([&] {
      fs::FileLock mine(lock, dir);
      second_in = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK_FALSE(second_in.load());
  }
  second.join();
  CHECK(second_in.load());
  stdfs::remove_all(dir);
}

TEST_CASE("a lock file replaced while a writer waited for it is let go, and the new one taken") {
  const stdfs::path dir = scratch("replaced");
  const stdfs::path lock = dir / "lock";
  std::atomic<bool> taken = false, release = false;
  std::thread waiter;
  {
    fs::FileLock first(lock);
    waiter = std::thread([&] {
      fs::FileLock mine(lock); // waits on the file `first` holds
      taken = true;
      while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    stdfs::remove(lock);
    leave(lock); // another file at the path, which nobody holds
  }
  while (!taken) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  CHECK_FALSE(lockable(lock)); // the waiter holds the file that is there now, not the deleted one
  release = true;
  waiter.join();
  CHECK(lockable(lock));
  stdfs::remove_all(dir);
}

TEST_CASE("temporary files of dead writers are swept from a folder by its first write of the run, once") {
  const stdfs::path dir = scratch("sweep"), other = dir / "other";
  fs::create_private_dirs(other);
  leave(dir / ".a.yaml.tmp.999999");     // a killed writer of another file
  leave(dir / ".c.bin.tmp3.999999");     // a killed cache writer
  leave(dir / ".b.yaml.tmp.1");          // pid 1 runs: kept
  leave(dir / "notes.999999");           // not a temporary file
  touch(dir / "b.yaml");
  CHECK_FALSE(stdfs::exists(dir / ".a.yaml.tmp.999999"));
  CHECK_FALSE(stdfs::exists(dir / ".c.bin.tmp3.999999"));
  CHECK(stdfs::exists(dir / ".b.yaml.tmp.1"));
  CHECK(stdfs::exists(dir / "notes.999999"));
  // Swept once: a second write of the run does not list the folder again
  // (10,000 --out files would list it 10,000 times).
  leave(dir / ".late.tmp.999999");
  touch(dir / "c.yaml");
  CHECK(stdfs::exists(dir / ".late.tmp.999999"));
  // Another folder has its own first write.
  leave(other / ".x.tmp.999999");
  touch(other / "y.yaml");
  CHECK_FALSE(stdfs::exists(other / ".x.tmp.999999"));
  stdfs::remove_all(dir);
}

TEST_CASE("below a tree's root no write or read follows a link, and the root may be one") {
  testing::TreeCopy copy;
  const stdfs::path outside = scratch("outside");
  const stdfs::path via_link = outside / "tree-link";
  stdfs::create_directory_symlink(copy.root, via_link);
  const store::Tree tree(via_link);
  stdfs::create_symlink(outside / "target.yaml", copy.root / "staff" / "linked.yaml");
  CHECK_THROWS_WITH_AS(fs::write_file_atomic(tree.root() / "staff" / "linked.yaml", "x\n"),
                       "staff/linked.yaml is a symbolic link; pusterum does not write through links: replace it with the file it points to",
                       Error);
  CHECK_FALSE(stdfs::exists(outside / "target.yaml"));
  CHECK_THROWS_AS(fs::AppendFile(tree.root() / "staff" / "linked.yaml"), Error);
  CHECK_FALSE(stdfs::exists(outside / "target.yaml"));
  touch(outside / "target.yaml");
  CHECK_THROWS_WITH_AS(fs::read_file(tree.root() / "staff" / "linked.yaml"),
                       "staff/linked.yaml is a symbolic link; pusterum does not read through links: replace it with the file it points to",
                       Error);
  stdfs::create_directory_symlink(outside, copy.root / "cases" / "2026-LINKD");
  CHECK_THROWS_WITH_AS(fs::create_private_dirs(tree.root() / "cases" / "2026-LINKD" / "hours"),
                       "cases/2026-LINKD is a symbolic link; pusterum does not write through links: replace it with the folder it points to",
                       Error);
  CHECK_FALSE(stdfs::exists(outside / "hours"));
  fs::write_file_atomic(tree.root() / "staff" / "plain.yaml", "x\n"); // through the root's own link: the user's choice
  CHECK(fs::read_file(copy.root / "staff" / "plain.yaml") == "x\n");
  stdfs::remove_all(outside);
}
