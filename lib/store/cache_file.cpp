#include "store/cache_file.hpp"

#include "store/binary.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"

#include <xxhash.h>

#include <set>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::store {

namespace stdfs = std::filesystem;

uint64_t checksum(std::string_view bytes, uint64_t seed) { return XXH3_64bits_withSeed(bytes.data(), bytes.size(), seed); }

namespace {

// A record's key and bytes as they stand in the file, which is what its checksum covers.
std::string record_body(std::string_view key, std::string_view bytes) {
  Out o;
  o.text(std::string(key));
  o.text(std::string(bytes));
  return o.take();
}

} // namespace

std::string encode_cache_records(std::string_view header, const CacheRecords& records) {
  const uint64_t seed = checksum(header);
  std::string out(header);
  Out o;
  o.u32(static_cast<uint32_t>(records.size()));
  for (const auto& [key, bytes] : records) {
    o.text(key);
    o.text(bytes);
    o.u64(checksum(record_body(key, bytes), seed));
  }
  return out + o.take();
}

CacheRecords decode_cache_records(std::string_view bytes, std::string_view header) {
  if (!bytes.starts_with(header)) throw CodecError(_("another kind or version of cache"));
  const uint64_t seed = checksum(header);
  In in(bytes.substr(header.size()));
  CacheRecords records;
  for (uint32_t n = in.u32(); n > 0; --n) {
    std::string key = in.text();
    std::string value = in.text();
    if (in.u64() != checksum(record_body(key, value), seed)) throw CodecError(_("a record fails its checksum"));
    if (!records.empty() && records.rbegin()->first >= key) throw CodecError(_("records out of order"));
    records.emplace_hint(records.end(), std::move(key), std::move(value));
  }
  in.finish();
  return records;
}

CacheRecords read_cache_records(const stdfs::path& file, std::string_view header) {
  std::optional<std::string> bytes;
  try {
    bytes = fs::read_file_if_present(file);
  } catch (const Error&) {
    return {}; // an unreadable cache is as good as none
  }
  if (!bytes) return {};
  try {
    return decode_cache_records(*bytes, header);
  } catch (const CodecError&) {
    return {}; // damaged, old or foreign: rebuilt from the files
  }
}

void write_cache_records(const stdfs::path& file, std::string_view header, const CacheRecords& records) {
  try {
    fs::write_cache_file(file, encode_cache_records(header, records));
  } catch (const Error&) {
    // A read-only tree: the next run reads the files again.
  }
}

stdfs::path cache_dir(const Tree& tree) { return tree.root() / ".pusterum" / "cache"; }
stdfs::path read_cache_file(const Tree& tree) { return cache_dir(tree) / "files.bin"; }
stdfs::path hours_cache_file(const Tree& tree, const std::string& case_id) {
  return cache_dir(tree) / "hours" / (case_id + ".bin");
}
stdfs::path staff_index_file(const Tree& tree, const std::string& month) {
  return cache_dir(tree) / "hours" / "by-month" / (month + ".bin");
}

int sweep_gone_cases(const Tree& tree) {
  const stdfs::path hours = cache_dir(tree) / "hours";
  std::error_code ec;
  if (!stdfs::is_directory(hours, ec)) return 0;
  const std::vector<std::string> ids = tree.case_ids();
  const std::set<std::string, std::less<>> cases(ids.begin(), ids.end());
  int deleted = 0;
  for (const auto& entry : stdfs::directory_iterator(hours, ec)) {
    const stdfs::path& file = entry.path();
    if (file.extension() != ".bin" || cases.contains(file.stem().string())) continue;
    if (stdfs::remove(file, ec)) ++deleted;
  }
  if (deleted > 0) stdfs::remove_all(hours / "by-month", ec);
  return deleted;
}

} // namespace pusterum::store
