#pragma once
// A rebuildable cache of the staff, case and plan files, in
// .pusterum/cache/files.bin (ignored by git, readable by the owner only):
// for each file, a 64-bit hash of its bytes and what the reader made of them.
// A file whose bytes hash the same is decoded from the cache instead of being
// parsed as YAML again, which is what makes `match CASE` fast on a large
// tree. Only files read without any problem are cached; any other file is
// read, and reported, every time. The cache is judged by content, not by
// timestamps, and a cache that is missing, old or damaged (each record has
// its checksum, store/cache_file.hpp) is rebuilt; it can be deleted at any
// time. save() also deletes the caches of cases that are gone.
#include "model/case.hpp"
#include "model/staff.hpp"
#include "store/tree.hpp"

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <map>
#include <optional>
#include <string>

namespace pusterum::store {

class ReadCache {
public:
  // Reads the cache file of the tree, when there is a usable one.
  explicit ReadCache(const store::Tree& tree);
  ReadCache(const ReadCache&) = delete;
  ReadCache& operator=(const ReadCache&) = delete;

  // The staff member or case in `text`, the bytes of the file for `id`; nullopt
  // when the file has problems (then `check` says which).
  std::optional<Staff> staff(const std::string& id, const std::string& text);
  std::optional<Case> case_file(const std::string& id, const std::string& text);

  // Any other file of the tree in its reader's own encoding (the shift plans):
  // the bytes kept for `path` when its content hash is still `hash`.
  std::optional<std::string> bytes(const std::string& path, uint64_t hash) { return lookup(path, hash); }
  void keep(const std::string& path, uint64_t hash, std::string bytes) { store(path, hash, std::move(bytes)); }
  void forget(const std::string& path);

  // Writes the cache back when anything changed, keeping entries of files not
  // looked at that still exist, and deletes the hours caches of cases whose
  // folder is gone (store::sweep_gone_cases). Failing to write (a read-only tree) is not an
  // error: the cache only saves time.
  void save();

  // For tests and the benchmark: how many files were parsed, and decoded.
  int parsed() const { return parsed_; }
  int decoded() const { return decoded_; }

  // staff(), case_file(), bytes(), keep() and forget() may be called from
  // several threads at once; the constructor and save() may not.

private:
  struct Entry {
    uint64_t hash = 0;
    std::string bytes; // encode(Staff) or encode(Case)
    bool seen = false; // looked at in this run
  };
  std::optional<std::string> lookup(const std::string& path, uint64_t hash);
  // The decoded bytes when the hash still matches, else what `read` makes of
  // the file, kept when it read without a problem.
  template <class T>
  std::optional<T> through(const std::string& path, const std::string& id, const std::string& text, T (*decode)(std::string_view),
                           const std::function<Loaded<T>()>& read);
  void store(const std::string& path, uint64_t hash, std::string bytes);

  const store::Tree& tree_;
  std::mutex mutex_; // guards entries_ and changed_
  std::map<std::string, Entry, std::less<>> entries_; // by path in the tree
  bool changed_ = false;
  std::atomic<int> parsed_ = 0;
  std::atomic<int> decoded_ = 0;
};

// One case's file through `cache`: decoded when its bytes are unchanged,
// else read as Tree::load_case reads it, problems and all (then it has the
// positions of its fields, which a decoded one has not). nullopt when the
// folder has no case.yaml.
std::optional<Loaded<Case>> load_case_if_present(const Tree& tree, ReadCache& cache, const std::string& id);

// The same, and for a folder without case.yaml what Tree::load_case says of it.
Loaded<Case> load_case(const Tree& tree, ReadCache& cache, const std::string& id);

// Every case folder's file in ID order, read on every core and decoded from
// `cache` when its bytes are unchanged. A file with problems comes with them,
// as Tree::load_case reads it; one decoded from the cache has no positions.
std::vector<Loaded<Case>> load_cases(const Tree& tree, ReadCache& cache);

// XXH3, 64 bits (store::checksum): stable across builds, which std::hash is not.
uint64_t content_hash(std::string_view bytes);

} // namespace pusterum::store
