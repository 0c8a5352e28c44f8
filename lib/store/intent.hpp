#pragma once
// A change to several files of the tree, applied as one unit that a crash,
// a kill or a full disk cannot leave half-done.
//
// Before the first file is touched, everything the change writes goes into
// one intent file, .pusterum/intent (owner-only, written atomically and
// synced): for an append-only file its size before and the bytes appended,
// for a replaced file its whole new content. Then the files are written and
// the intent removed. A disk that fills up while the files are written gets
// them put back as they were (appends cut back, staged files dropped); a
// kill or a crash leaves the intent, and the next command rolls it forward
// under the tree's lock before it reads anything: each append target is
// cut back to its recorded size and the bytes appended again, each replaced
// file written again, so finishing twice is finishing once.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pusterum::store {

class AllOrNothing {
public:
  explicit AllOrNothing(std::filesystem::path root);

  // `text` goes at the end of `file` (created, with its folders, when missing).
  void append(const std::filesystem::path& file, std::string text);
  bool appends_to(const std::filesystem::path& file) const;
  // `file` gets `content` in place of what it holds.
  void replace(const std::filesystem::path& file, std::string content);
  // Writes every file, or none; each file written joins fs::written_files().
  void apply();

  struct Target {
    std::filesystem::path file;
    bool appended = false;   // else replaced
    uint64_t size_before = 0; // of an append target
    std::string text;
  };

private:
  std::filesystem::path root_;
  std::vector<Target> targets_;
};

std::filesystem::path intent_file(const std::filesystem::path& root);

// Finishes what a killed writer left in the intent file, if anything; the
// caller holds the tree's lock. Returns the files it wrote. Throws
// Error(environment) when the files no longer fit the intent (changed by
// hand since) or cannot be written.
std::vector<std::filesystem::path> finish_unfinished_change(const std::filesystem::path& root);

// A test hook: with $PUSTERUM_TEST_CRASH_AFTER=N, the process kills itself
// (SIGKILL) once the Nth file of the run's change is written, as a power
// cut or the OOM killer would. Unset, it does nothing.
void crash_point();

} // namespace pusterum::store
