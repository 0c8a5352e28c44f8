#include "hours/case_log.hpp"

#include "hours/log_cache.hpp"
#include "store/access.hpp"
#include "store/ids.hpp"
#include "util/error.hpp"

#include <chrono>
#include <cstdlib>
#include <pwd.h>
#include <random>
#include <unistd.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::hours {

namespace stdfs = std::filesystem;

stdfs::path month_file(const store::Tree& tree, const std::string& case_id, const std::string& month) {
  return tree.case_dir(case_id) / "hours" / (month + ".yaml");
}

std::vector<std::string> months_touched(Date first, Date last) {
  std::vector<std::string> months;
  for (Date day = first_of_month(first); day <= last; day = add_months(day, 1)) months.push_back(month_of(day));
  return months;
}

std::vector<std::string> months_of(const store::Tree& tree, const std::string& case_id) {
  std::vector<std::string> months;
  std::error_code ec;
  for (const auto& entry : stdfs::directory_iterator(tree.case_dir(case_id) / "hours", ec)) {
    if (auto month = month_of_file_name(entry.path().filename().string())) months.push_back(std::move(*month));
  }
  std::sort(months.begin(), months.end());
  return months;
}

LogRead read_months(const store::Tree& tree, const std::string& case_id, const std::vector<std::string>& months) {
  LogRead all;
  LogCache cache(tree, case_id);
  std::optional<Zone> zone; // the provider's, to check each time against
  for (const auto& month : months) {
    const stdfs::path file = month_file(tree, case_id, month);
    const auto stamp = stamp_of(file); // before the read: a line appended after it only makes the next run parse again
    if (auto cached = stamp ? cache.find(month, *stamp) : std::nullopt) {
      tree.note_read(case_id); // read, if from the cache: the access log says so
      all.entries.insert(all.entries.end(), std::make_move_iterator(cached->begin()), std::make_move_iterator(cached->end()));
      continue;
    }
    const auto text = tree.read_text_if_present(file);
    if (!text) continue;
    if (!zone) zone.emplace(tree.provider().time_zone);
    LogRead part = parse_log(*text, tree.relative(file), &*zone);
    if (stamp && part.problems.empty()) cache.keep(month, *stamp, part.entries);
    all.entries.insert(all.entries.end(), std::make_move_iterator(part.entries.begin()),
                       std::make_move_iterator(part.entries.end()));
    all.problems.append(part.problems);
  }
  cache.save();
  return all;
}

LogRead read_case_log(const store::Tree& tree, const std::string& case_id) {
  return read_months(tree, case_id, months_of(tree, case_id));
}

Instant now(const store::Tree& tree) {
  return now_in(Zone(tree.provider().time_zone));
}

std::string new_entry_id(const std::set<std::string>& taken) {
  std::random_device entropy;
  std::uniform_int_distribution<size_t> pick(0, store::crockford_alphabet.size() - 1);
  for (int attempt = 0; attempt < 1000; ++attempt) {
    std::string id;
    for (int i = 0; i < 6; ++i) id += store::crockford_alphabet[pick(entropy)];
    if (!taken.contains(id)) return id;
  }
  throw Error(Exit::environment, _("could not find a free entry ID"));
}

} // namespace pusterum::hours
