#include "hours/staff_index.hpp"

#include "hours/case_log.hpp"
#include "hours/log_cache.hpp"
#include "store/access.hpp"
#include "store/binary.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"
#include "util/parallel.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

namespace pusterum::hours {

namespace {

constexpr uint32_t index_version = 1; // bumped whenever the encoding changes

struct Line {
  FileStamp stamp;
  std::vector<std::string> staff; // sorted, each once
};
using Index = std::map<std::string, Line, std::less<>>; // by case ID

std::string header() { return fmt::format("pusterum staff index {} {}\n", index_version, PUSTERUM_VERSION); }

Index load(const std::filesystem::path& file) {
  std::optional<std::string> bytes;
  try {
    bytes = fs::read_file_if_present(file);
  } catch (const Error&) {
    return {}; // an unreadable index is as good as none
  }
  if (!bytes || !bytes->starts_with(header())) return {};
  try {
    store::In in(std::string_view(*bytes).substr(header().size()));
    Index index;
    for (uint32_t n = in.u32(); n > 0; --n) {
      std::string case_id = in.text();
      Line line;
      line.stamp = get_stamp(in);
      line.staff = in.texts();
      index.emplace(std::move(case_id), std::move(line));
    }
    in.finish();
    return index;
  } catch (const store::CodecError&) {
    return {}; // damaged: rebuilt from the month files
  }
}

void save(const std::filesystem::path& file, const Index& index) {
  store::Out o;
  o.u32(static_cast<uint32_t>(index.size()));
  for (const auto& [case_id, line] : index) {
    o.text(case_id);
    put_stamp(o, line.stamp);
    o.texts(line.staff);
  }
  try {
    fs::write_cache_file(file, header() + o.take());
  } catch (const Error&) {
    // A read-only tree: the next run reads the month files again.
  }
}

// One case's month file read afresh; nullopt when it has a problem.
std::optional<Line> read_line(const store::Tree& tree, const std::string& case_id, const std::string& month,
                              const FileStamp& stamp) {
  const LogRead read = read_months(tree, case_id, {month});
  if (!read.problems.empty()) return std::nullopt;
  Line line{stamp, {}};
  for (const auto& e : read.entries) line.staff.push_back(e.staff);
  std::sort(line.staff.begin(), line.staff.end());
  line.staff.erase(std::unique(line.staff.begin(), line.staff.end()), line.staff.end());
  return line;
}

} // namespace

std::vector<std::string> cases_with_staff(const store::Tree& tree, const std::vector<std::string>& case_ids,
                                          const std::string& month, const std::set<std::string>& staff) {
  const auto file = tree.root() / ".pusterum" / "cache" / "hours" / "by-month" / (month + ".bin");
  const Index index = load(file);
  const size_t n = case_ids.size();
  std::vector<std::optional<Line>> lines(n); // the line each case has now; none without a readable file
  std::vector<char> renewed(n, 0), wanted(n, 0);
  parallel_for(n, [&](size_t i) {
    // The stamp before the read: a line appended after it only makes the next run read the file again.
    const auto stamp = stamp_of(month_file(tree, case_ids[i], month));
    if (!stamp) return;
    if (const auto it = index.find(case_ids[i]); it != index.end() && it->second.stamp == *stamp) {
      // Who worked when in that case is read, if from the index: the access log says so, as it did when every log was read.
      store::note_case(tree.root(), case_ids[i]);
      lines[i] = it->second;
    } else {
      lines[i] = read_line(tree, case_ids[i], month, *stamp);
      renewed[i] = lines[i].has_value();
      if (!lines[i]) {
        wanted[i] = 1; // a problem: the caller meets it
        return;
      }
    }
    wanted[i] = std::any_of(lines[i]->staff.begin(), lines[i]->staff.end(), [&](const std::string& s) { return staff.contains(s); });
  });

  // Lines of files that are gone go too: the index says who worked where.
  Index now;
  for (size_t i = 0; i < n; ++i)
    if (lines[i]) now.emplace(case_ids[i], std::move(*lines[i]));
  const bool changed = std::find(renewed.begin(), renewed.end(), 1) != renewed.end() || now.size() != index.size();
  if (changed) save(file, now);

  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i)
    if (wanted[i]) out.push_back(case_ids[i]);
  return out;
}

} // namespace pusterum::hours
