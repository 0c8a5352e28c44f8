#pragma once
// Where a case's hours log lives and how much of it a command reads: the
// months it needs, never the whole tree's logs.
#include "hours/log_file.hpp"
#include "store/tree.hpp"

#include <set>
#include <string>
#include <vector>

namespace pusterum::hours {

std::filesystem::path month_file(const store::Tree& tree, const std::string& case_id, const std::string& month);
// "YYYY-MM" of every month from `first` to `last`: the files a span of days touches.
std::vector<std::string> months_touched(Date first, Date last);
std::vector<std::string> months_of(const store::Tree& tree, const std::string& case_id); // sorted "YYYY-MM"
// The entries of the given months (missing files are empty), problems and all.
LogRead read_months(const store::Tree& tree, const std::string& case_id, const std::vector<std::string>& months);
LogRead read_case_log(const store::Tree& tree, const std::string& case_id);

// "Now" for the future-entry rule: the real clock, or the end of
// $PUSTERUM_TODAY when it is set.
Instant now(const store::Tree& tree);
std::string new_entry_id(const std::set<std::string>& taken);

} // namespace pusterum::hours
