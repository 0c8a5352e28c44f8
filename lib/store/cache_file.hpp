#pragma once
// The one frame of every cache under .pusterum/cache/: a header line that
// names the cache's kind, its format version and what else its records
// depend on (the build, the zone), then the records, each a key, its bytes
// and an XXH3-64 checksum of both, seeded by the header. A record changed on
// disk, cut short, or copied from another kind or version of cache fails its
// checksum; then the whole file is dropped and its caller rebuilds it from
// the YAML, so a damaged cache is never used, only made again. The caches
// hold personal data, so the cache of a case that is gone is deleted
// (sweep_gone_cases).
#include "store/tree.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace pusterum::store {

// By key (a file's path in the tree, a month, a case ID): the record's bytes.
using CacheRecords = std::map<std::string, std::string, std::less<>>;

// XXH3-64: stable across builds and machines, which std::hash is not.
uint64_t checksum(std::string_view bytes, uint64_t seed = 0);

// The file's bytes, and back. decode_cache_records throws CodecError
// (store/binary.hpp) on another header, a failed checksum, keys out of
// order, or anything cut short or left over: what it returns encodes to the
// same bytes.
std::string encode_cache_records(std::string_view header, const CacheRecords& records);
CacheRecords decode_cache_records(std::string_view bytes, std::string_view header);

// The records of a cache file; none when it is missing, unreadable or
// fails decode_cache_records.
CacheRecords read_cache_records(const std::filesystem::path& file, std::string_view header);
// Written without fsync (a crash leaves at worst a file that fails its
// checksums); failing to write, a read-only tree, is not an error.
void write_cache_records(const std::filesystem::path& file, std::string_view header, const CacheRecords& records);

// Where each cache lives.
std::filesystem::path cache_dir(const Tree& tree);
std::filesystem::path read_cache_file(const Tree& tree);                                  // staff, cases, plans
std::filesystem::path hours_cache_file(const Tree& tree, const std::string& case_id);     // one case's months
std::filesystem::path staff_index_file(const Tree& tree, const std::string& month);       // whose entries, by case

// Deletes the hours cache of every case whose folder is gone (deleted by
// hand, `git rm`, an erasure), and then the staff index, which names who
// worked in it; the next `log-hours` builds the index again. Returns how
// many case caches it deleted.
int sweep_gone_cases(const Tree& tree);

} // namespace pusterum::store
