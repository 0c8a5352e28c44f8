#include "hours/staff_index.hpp"

#include "hours/case_log.hpp"
#include "hours/log_cache.hpp"
#include "store/access.hpp"
#include "store/binary.hpp"
#include "store/cache_file.hpp"
#include "util/fs.hpp"
#include "util/parallel.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::hours {

namespace {

constexpr uint32_t index_version = 2; // bumped whenever the encoding changes

std::string header() { return fmt::format("pusterum staff index {} {}\n", index_version, PUSTERUM_VERSION); }

// The people one case's month file names, read afresh; nullopt when it has a problem.
std::optional<std::vector<std::string>> read_staff(const store::Tree& tree, const std::string& case_id,
                                                   const std::string& month) {
  const LogRead read = read_months(tree, case_id, {month});
  if (!read.problems.empty()) return std::nullopt;
  std::vector<std::string> staff;
  for (const auto& e : read.entries) staff.push_back(e.staff);
  std::sort(staff.begin(), staff.end());
  staff.erase(std::unique(staff.begin(), staff.end()), staff.end());
  return staff;
}

} // namespace

std::string encode_staff_line(const std::vector<std::string>& staff) {
  store::Out o;
  o.texts(staff);
  return o.take();
}

std::vector<std::string> decode_staff_line(std::string_view bytes) {
  store::In in(bytes);
  auto staff = in.texts();
  in.finish();
  return staff;
}

std::vector<std::string> cases_with_staff(const store::Tree& tree, const std::vector<std::string>& case_ids,
                                          const std::string& month, const std::set<std::string>& staff) {
  const auto file = store::staff_index_file(tree, month);
  (void)tree.provider(); // the month files' zone: read once here, before the threads share the tree
  const StampedFile index = read_stamped(file, header());
  const size_t n = case_ids.size();
  std::vector<std::optional<Stamped>> lines(n); // the line each case has now; none without a readable file
  std::vector<char> renewed(n, 0), wanted(n, 0);
  parallel_for(n, [&](size_t i) {
    // The stamp before the read: a line appended after it only makes the next run read the file again.
    const auto month_path = month_file(tree, case_ids[i], month);
    const auto stamp = stamp_of(month_path);
    if (!stamp) {
      wanted[i] = fs::is_link(month_path); // refused when the caller reads it, never skipped in silence
      return;
    }
    std::optional<std::vector<std::string>> names;
    if (const auto it = index.find(case_ids[i]); it != index.end() && it->second.stamp == *stamp) {
      try {
        names = decode_staff_line(it->second.bytes);
        lines[i] = it->second;
        // Who worked when in that case is read, if from the index: the access log says so, as it did when every log was read.
        tree.note_read(case_ids[i]);
      } catch (const store::CodecError&) {
        // damaged: read again below
      }
    }
    if (!names) {
      names = read_staff(tree, case_ids[i], month);
      if (!names) {
        wanted[i] = 1; // a problem: the caller meets it
        return;
      }
      lines[i] = Stamped{*stamp, encode_staff_line(*names)};
      renewed[i] = 1;
    }
    wanted[i] = std::any_of(names->begin(), names->end(), [&](const std::string& s) { return staff.contains(s); });
  });

  // Lines of files that are gone go too: the index says who worked where.
  StampedFile now;
  for (size_t i = 0; i < n; ++i)
    if (lines[i]) now.emplace(case_ids[i], std::move(*lines[i]));
  const bool changed = std::find(renewed.begin(), renewed.end(), 1) != renewed.end() || now.size() != index.size();
  if (changed) write_stamped(file, header(), now);

  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i)
    if (wanted[i]) out.push_back(case_ids[i]);
  return out;
}

} // namespace pusterum::hours
