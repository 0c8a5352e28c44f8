#include "hours/log_cache.hpp"

#include "hours/case_log.hpp"
#include "store/binary.hpp"
#include "store/cache_file.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"

#include <fmt/format.h>

#include <algorithm>

#include <sys/stat.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::hours {

namespace stdfs = std::filesystem;

namespace {

constexpr uint32_t cache_version = 3; // bumped whenever the encoding changes

void put(store::Out& o, const Moment& m) {
  o.date(m.local.date);
  o.i32(m.local.minute);
  o.i32(m.offset_minutes);
}
Moment get_moment(store::In& in) {
  Moment m;
  m.local.date = in.date();
  m.local.minute = in.i32();
  m.offset_minutes = in.i32();
  return m;
}

void put(store::Out& o, const Entry& e) {
  o.text(e.id);
  o.choice(e.kind);
  o.text(e.staff);
  put(o, e.start);
  put(o, e.end);
  o.flag(e.cancelled_by.has_value());
  if (e.cancelled_by) o.choice(*e.cancelled_by);
  o.flag(e.km.has_value());
  if (e.km) o.i32(*e.km);
  for (const std::string* s : {&e.route, &e.note, &e.voids, &e.corrects, &e.reason, &e.logged, &e.by}) o.text(*s);
  o.i32(e.line);
}
Entry get_entry(store::In& in) {
  Entry e;
  e.id = in.text();
  e.kind = in.choice<Kind>(EnumNames<Kind>::table.size());
  e.staff = in.text();
  e.start = get_moment(in);
  e.end = get_moment(in);
  if (in.flag()) e.cancelled_by = in.choice<CancelledBy>(EnumNames<CancelledBy>::table.size());
  if (in.flag()) e.km = in.i32();
  for (std::string* s : {&e.route, &e.note, &e.voids, &e.corrects, &e.reason, &e.logged, &e.by}) *s = in.text();
  e.line = in.i32();
  return e;
}

void put_stamp(store::Out& o, const FileStamp& s) {
  o.i64(s.size);
  o.i64(s.modified_ns);
  o.i64(s.changed_ns);
  o.i64(s.inode);
}

FileStamp get_stamp(store::In& in) {
  FileStamp s;
  s.size = in.i64();
  s.modified_ns = in.i64();
  s.changed_ns = in.i64();
  s.inode = in.i64();
  return s;
}

} // namespace

std::optional<FileStamp> stamp_of(const stdfs::path& file) {
  struct stat st {};
  // lstat: a link's target may carry the stamp a cached file had, and the
  // readers refuse links; without a stamp the file is read, and refused.
  if (::lstat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return FileStamp{st.st_size, st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec,
                   st.st_ctim.tv_sec * 1'000'000'000LL + st.st_ctim.tv_nsec, static_cast<int64_t>(st.st_ino)};
}

StampedFile read_stamped(const stdfs::path& file, const std::string& header) {
  StampedFile lines;
  for (auto& [key, bytes] : store::read_cache_records(file, header)) {
    try {
      store::In in(bytes);
      Stamped line;
      line.stamp = get_stamp(in);
      line.bytes = in.text();
      in.finish();
      lines.emplace_hint(lines.end(), key, std::move(line));
    } catch (const store::CodecError&) {
      return {}; // not what write_stamped writes: rebuilt from the files
    }
  }
  return lines;
}

void write_stamped(const stdfs::path& file, const std::string& header, const StampedFile& lines) {
  store::CacheRecords records;
  for (const auto& [key, line] : lines) {
    store::Out o;
    put_stamp(o, line.stamp);
    o.text(line.bytes);
    records.emplace_hint(records.end(), key, o.take());
  }
  store::write_cache_records(file, header, records);
}

std::string encode_entries(const std::vector<Entry>& entries) {
  store::Out o;
  o.list(entries, [&](const Entry& e) { put(o, e); });
  return o.take();
}

std::vector<Entry> decode_entries(std::string_view bytes) {
  store::In in(bytes);
  auto entries = in.list<Entry>([&] { return get_entry(in); });
  in.finish();
  return entries;
}

LogCache::LogCache(const store::Tree& tree, const std::string& case_id)
  : tree_(tree), case_id_(case_id), file_(store::hours_cache_file(tree, case_id)),
    // What else the cached entries depend on: this build's reader, and the
    // zone their times were checked against.
    header_(fmt::format("pusterum hours cache {} {} {} {}\n", cache_version, PUSTERUM_VERSION, sizeof(Entry),
                        tree.provider().time_zone)),
    months_(read_stamped(file_, header_)) {}

std::optional<std::vector<Entry>> LogCache::find(const std::string& month, const FileStamp& stamp) {
  seen_.insert(month);
  const auto it = months_.find(month);
  if (it == months_.end() || it->second.stamp != stamp) return std::nullopt;
  try {
    return decode_entries(it->second.bytes);
  } catch (const store::CodecError&) {
    return std::nullopt; // not what keep() wrote: parsed again, and kept anew
  }
}

void LogCache::keep(const std::string& month, const FileStamp& stamp, const std::vector<Entry>& entries) {
  seen_.insert(month);
  months_[month] = Stamped{stamp, encode_entries(entries)};
  changed_ = true;
}

void LogCache::save() {
  forget_gone_months();
  if (!changed_) return;
  write_stamped(file_, header_, months_);
  changed_ = false;
}

// A month file deleted or renamed takes its entries out of the cache: they are personal data.
void LogCache::forget_gone_months() {
  if (std::all_of(months_.begin(), months_.end(), [&](const auto& m) { return seen_.contains(m.first); })) return;
  const std::vector<std::string> on_disk = months_of(tree_, case_id_);
  for (auto it = months_.begin(); it != months_.end();) {
    if (!seen_.contains(it->first) && !std::binary_search(on_disk.begin(), on_disk.end(), it->first)) {
      it = months_.erase(it);
      changed_ = true;
    } else {
      ++it;
    }
  }
}

} // namespace pusterum::hours
