#include "store/read_cache.hpp"

#include "store/cache_file.hpp"
#include "store/codec.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"
#include "util/parallel.hpp"

#include <cstring>

namespace pusterum::store {

namespace {

// What else a cached entity depends on: the format, this build's reader and
// model (a field added to a struct changes its size, and so drops old caches
// even before codec_version is bumped), and the one provider setting the case
// reader looks at.
std::string header(const store::Tree& tree) {
  const size_t sizes[] = {sizeof(Staff), sizeof(Case), sizeof(Child), sizeof(Grant), sizeof(GrantTerms),
                          sizeof(Amendment), sizeof(StaffingChange), sizeof(StatusChange)};
  std::string h = "pusterum read cache " + std::to_string(codec_version) + " " + PUSTERUM_VERSION;
  for (size_t size : sizes) h += " " + std::to_string(size);
  return h + (tree.provider().cpr_field ? " cpr" : " no-cpr") + "\n";
}

// A record's bytes: the hash of the file's content, then what the reader made of it.
std::string record(uint64_t hash, std::string_view bytes) {
  std::string out(reinterpret_cast<const char*>(&hash), sizeof hash);
  return out.append(bytes);
}

} // namespace

uint64_t content_hash(std::string_view bytes) { return checksum(bytes); }

ReadCache::ReadCache(const store::Tree& tree) : tree_(tree) {
  (void)tree.provider(); // the case reader needs it: read once here, before threads share the cache
  for (auto& [path, bytes] : read_cache_records(read_cache_file(tree), header(tree))) {
    Entry e;
    if (bytes.size() < sizeof e.hash) { // not what save() writes: start afresh
      entries_.clear();
      return;
    }
    std::memcpy(&e.hash, bytes.data(), sizeof e.hash);
    e.bytes = bytes.substr(sizeof e.hash);
    entries_.emplace(path, std::move(e));
  }
}

std::optional<std::string> ReadCache::lookup(const std::string& path, uint64_t hash) {
  const std::lock_guard lock(mutex_);
  const auto it = entries_.find(path);
  if (it == entries_.end()) return std::nullopt;
  it->second.seen = true;
  if (it->second.hash != hash) return std::nullopt;
  return it->second.bytes;
}

void ReadCache::store(const std::string& path, uint64_t hash, std::string bytes) {
  const std::lock_guard lock(mutex_);
  entries_[path] = Entry{hash, std::move(bytes), true};
  changed_ = true;
}

template <class T>
std::optional<T> ReadCache::through(const std::string& path, const std::string& id, const std::string& text,
                                    T (*decode)(std::string_view), const std::function<Loaded<T>()>& read) {
  const uint64_t hash = content_hash(text);
  if (auto bytes = lookup(path, hash)) {
    try {
      T value = decode(*bytes);
      ++decoded_;
      return value;
    } catch (const CodecError&) {
      // parsed again below
    }
  }
  ++parsed_;
  auto loaded = read();
  if (!loaded.value || !loaded.problems.empty() || loaded.value->id != id) {
    forget(path);
    return std::nullopt;
  }
  store(path, hash, encode(*loaded.value));
  return std::move(*loaded.value);
}

// Paths in the tree as Tree::relative gives them, without asking the file
// system (std::filesystem::relative resolves every folder on the way).
std::optional<Staff> ReadCache::staff(const std::string& id, const std::string& text) {
  const std::string path = "staff/" + id + ".yaml";
  return through<Staff>(path, id, text, decode_staff, [&] { return read_staff(text, path); });
}

std::optional<Case> ReadCache::case_file(const std::string& id, const std::string& text) {
  const std::string path = "cases/" + id + "/case.yaml";
  return through<Case>(path, id, text, decode_case, [&] { return read_case(text, path, tree_.provider()); });
}

std::optional<Loaded<Case>> load_case_if_present(const Tree& tree, ReadCache& cache, const std::string& id) {
  const auto text = tree.read_text_if_present(tree.case_file(id));
  if (!text) return std::nullopt;
  if (auto c = cache.case_file(id, *text))
    return Loaded<Case>{.value = std::move(c), .problems = {}, .positions = {}, .file = tree.relative(tree.case_file(id))};
  return tree.load_case(id); // for its problems
}

Loaded<Case> load_case(const Tree& tree, ReadCache& cache, const std::string& id) {
  if (auto loaded = load_case_if_present(tree, cache, id)) return std::move(*loaded);
  return tree.load_case(id);
}

std::vector<Loaded<Case>> load_cases(const Tree& tree, ReadCache& cache) {
  const std::vector<std::string> ids = tree.case_ids();
  std::vector<std::optional<Loaded<Case>>> read(ids.size());
  parallel_for(ids.size(), [&](size_t i) { read[i] = load_case_if_present(tree, cache, ids[i]); });
  std::vector<Loaded<Case>> out;
  for (auto& loaded : read)
    if (loaded) out.push_back(std::move(*loaded)); // `check` reports a folder without case.yaml
  return out;
}

void ReadCache::forget(const std::string& path) {
  const std::lock_guard lock(mutex_);
  if (entries_.erase(path)) changed_ = true;
}

void ReadCache::save() {
  // Entries of files that are gone go too, and the hours caches of cases that are gone: the caches hold personal data.
  for (auto it = entries_.begin(); it != entries_.end();) {
    if (!it->second.seen && !fs::is_readable_file(tree_.root() / it->first)) {
      it = entries_.erase(it);
      changed_ = true;
    } else {
      ++it;
    }
  }
  sweep_gone_cases(tree_);
  if (!changed_) return;
  CacheRecords records;
  for (const auto& [path, e] : entries_) records.emplace_hint(records.end(), path, record(e.hash, e.bytes));
  write_cache_records(read_cache_file(tree_), header(tree_), records);
  changed_ = false;
}

} // namespace pusterum::store
