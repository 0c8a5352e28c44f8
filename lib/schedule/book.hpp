#pragma once
// Every plan of the tree at once, for what crosses cases: one person's
// roster, double bookings and working time.
#include "store/read_cache.hpp"
#include "schedule/plan_file.hpp"
#include "schedule/plan_rules.hpp"
#include "store/tree.hpp"

#include <map>
#include <string>
#include <vector>

namespace pusterum::schedule {

struct Book {
  std::vector<Case> cases;               // cases that have a plan file
  std::vector<store::Loaded<Plan>> plans; // the plan of cases[i]
  Diagnostics problems;                  // files that could not be read (their cases are left out)
};

// Case and staff files come from the read cache when their bytes are
// unchanged (match/read_cache.hpp); a file with problems is read, and
// reported, every time. The overloads without a cache use one of their own.
Book read_book(const store::Tree& tree, store::ReadCache& cache);
Book read_book(const store::Tree& tree);
std::map<std::string, Staff, std::less<>> read_all_staff(const store::Tree& tree, Diagnostics& problems, store::ReadCache& cache);
std::map<std::string, Staff, std::less<>> read_all_staff(const store::Tree& tree, Diagnostics& problems);

// Each plan expanded over first..last, widened so that the budget periods and
// working-time windows those days touch are whole.
std::vector<CasePlan> expand_book(const Book& book, const Zone& zone, Date first, Date last);

// The book with `c`'s plan replaced by `plan` (as it would be written), or added.
Book with_plan(Book book, const store::Tree& tree, const Case& c, const Plan& plan);

// Every finding of the plans over first..last.
Diagnostics check_book(const Book& book, const std::map<std::string, Staff, std::less<>>& staff, const Provider& provider,
                       const Zone& zone, Date first, Date last, Date today);

// The findings `after` has and `before` has not: what one change to a plan brings in.
Diagnostics new_findings(const Diagnostics& before, const Diagnostics& after);

} // namespace pusterum::schedule
