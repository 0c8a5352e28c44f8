#include "store/read_cache.hpp"

#include "store/codec.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"
#include "util/parallel.hpp"

#include <cstring>

namespace pusterum::store {

namespace {

constexpr std::string_view magic = "pusterum read cache\n";

std::filesystem::path cache_file(const store::Tree& tree) { return tree.root() / ".pusterum" / "cache" / "files.bin"; }

// What else a cached entity depends on: the format, this build's reader and
// model (a field added to a struct changes its size, and so drops old caches
// even before codec_version is bumped), and the one provider setting the case
// reader looks at.
std::string header(const store::Tree& tree) {
  const size_t sizes[] = {sizeof(Staff), sizeof(Case), sizeof(Child), sizeof(Grant), sizeof(GrantTerms),
                          sizeof(Amendment), sizeof(StaffingChange), sizeof(StatusChange)};
  std::string h = std::string(magic) + std::to_string(codec_version) + " " + PUSTERUM_VERSION;
  for (size_t size : sizes) h += " " + std::to_string(size);
  return h + (tree.provider().cpr_field ? " cpr" : " no-cpr") + "\n";
}

void put_u64(std::string& out, uint64_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }

bool get_u64(std::string_view& in, uint64_t& v) {
  if (in.size() < sizeof v) return false;
  std::memcpy(&v, in.data(), sizeof v);
  in.remove_prefix(sizeof v);
  return true;
}

bool get_bytes(std::string_view& in, std::string& out) {
  uint64_t n = 0;
  if (!get_u64(in, n) || n > in.size()) return false;
  out.assign(in.substr(0, n));
  in.remove_prefix(n);
  return true;
}

} // namespace

uint64_t content_hash(std::string_view bytes) {
  uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

ReadCache::ReadCache(const store::Tree& tree) : tree_(tree) {
  (void)tree.provider(); // the case reader needs it: read once here, before threads share the cache
  std::string text;
  try {
    if (!fs::is_readable_file(cache_file(tree))) return;
    text = fs::read_file(cache_file(tree));
  } catch (const Error&) {
    return; // an unreadable cache is as good as none
  }
  std::string_view in = text;
  const std::string expected = header(tree);
  if (!in.starts_with(expected)) return;
  in.remove_prefix(expected.size());
  std::map<std::string, Entry, std::less<>> entries;
  while (!in.empty()) {
    std::string path;
    Entry e;
    if (!get_bytes(in, path) || !get_u64(in, e.hash) || !get_bytes(in, e.bytes)) return; // damaged: start afresh
    entries.emplace(std::move(path), std::move(e));
  }
  entries_ = std::move(entries);
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
  // Entries of files that are gone go too: the cache holds personal data.
  for (auto it = entries_.begin(); it != entries_.end();) {
    if (!it->second.seen && !fs::is_readable_file(tree_.root() / it->first)) {
      it = entries_.erase(it);
      changed_ = true;
    } else {
      ++it;
    }
  }
  if (!changed_) return;
  std::string out = header(tree_);
  for (const auto& [path, e] : entries_) {
    put_u64(out, path.size());
    out += path;
    put_u64(out, e.hash);
    put_u64(out, e.bytes.size());
    out += e.bytes;
  }
  try {
    fs::create_private_dirs(cache_file(tree_).parent_path());
    fs::write_file_atomic(cache_file(tree_), out);
    changed_ = false;
  } catch (const Error&) {
    // A read-only tree: the next run parses again.
  }
}

} // namespace pusterum::store
