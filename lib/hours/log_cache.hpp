#pragma once
// A rebuildable cache of one case's hours log, in
// .pusterum/cache/hours/<case>.bin (ignored by git, readable by the owner
// only): for each month file read without a problem, the file's size,
// modification and change times and inode, and the entries read from it.
// A month file whose four still match is decoded instead of parsed; any
// other is read, and reported, as always. Writing a file changes its change
// time, whatever a tool does to the modification time, so a stale entry is
// never used; a damaged or old cache file is dropped. It can be deleted at
// any time. Each line has its checksum (store/cache_file.hpp): a damaged
// line is never used; the file is rebuilt from the month files.
#include "hours/entry.hpp"
#include "store/tree.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pusterum::hours {

struct FileStamp {
  int64_t size = 0;
  int64_t modified_ns = 0;
  int64_t changed_ns = 0;
  int64_t inode = 0;
  bool operator==(const FileStamp&) const = default;
};

// A regular file's stamp; nullopt when there is none, or it is a link.
std::optional<FileStamp> stamp_of(const std::filesystem::path& file);

// What a cache file holds: by key (a month, a case ID), bytes made from a
// file of the tree and that file's stamp when they were made.
struct Stamped {
  FileStamp stamp;
  std::string bytes;
};
using StampedFile = std::map<std::string, Stamped, std::less<>>;

// The cache file's lines when it starts with `header` (what else they
// depend on) and every line passes its checksum; none when it is missing,
// unreadable, of another header or damaged: the caller rebuilds it from the
// files.
StampedFile read_stamped(const std::filesystem::path& file, const std::string& header);
// Written without fsync; failing to write (a read-only tree) is not an error.
void write_stamped(const std::filesystem::path& file, const std::string& header, const StampedFile& lines);

class LogCache {
public:
  LogCache(const store::Tree& tree, const std::string& case_id);

  // The entries of `month` when its file still has `stamp`. Only the
  // months asked for are decoded: a quarter's report reads a quarter.
  std::optional<std::vector<Entry>> find(const std::string& month, const FileStamp& stamp);
  void keep(const std::string& month, const FileStamp& stamp, const std::vector<Entry>& entries);
  // Writes the cache file back when anything changed, without the months
  // whose file is gone; failing to (a read-only tree) is not an error.
  void save();

private:
  void forget_gone_months();

  const store::Tree& tree_;
  std::string case_id_;
  std::filesystem::path file_;
  std::string header_;
  StampedFile months_; // encode_entries() by month
  std::set<std::string> seen_; // the months found or kept in this run
  bool changed_ = false;
};

// For the tests: the bytes of a case's entries, and back; decode throws
// store::CodecError on anything cut short or malformed.
std::string encode_entries(const std::vector<Entry>& entries);
std::vector<Entry> decode_entries(std::string_view bytes);

} // namespace pusterum::hours
