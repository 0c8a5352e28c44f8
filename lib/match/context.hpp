#pragma once
// What matching looks at, prepared once: a case as it stands on the day the
// match would start (a Need), a staff member with the hours they already
// hold (a Worker), and what both share (the Context).
#include "match/weights.hpp"
#include "model/case.hpp"
#include "model/provider.hpp"
#include "model/staff.hpp"

#include <map>
#include <string>
#include <vector>

namespace pusterum::match {

// An open case a staff member is fixed staff on, and the minutes a week it takes.
struct Held {
  std::string case_id;
  int minutes = 0;
};
using Holdings = std::map<std::string, std::vector<Held>, std::less<>>; // staff id -> what they hold

struct Context {
  Date today;
  const Provider* provider = nullptr;
  Weights weights;
  Holdings holdings;
  int minimum_visit_minutes() const;
};

// The hours each staff member holds: the weekly hours of every active or
// paused case where they are fixed staff, each counted on its own start day
// (today, or its grant's first day when later).
Holdings holdings_of(const std::vector<const Case*>& cases, Date today);

// Who a family already knows, by staff ID, and how ("substitute on this
// case", "fixed staff on sibling case 2026-ZDSG3"): everyone named in the
// case's substitutes and staffing history, and in its siblings' staffing.
using Acquaintances = std::map<std::string, std::string, std::less<>>;
Acquaintances acquaintances(const Case& c, const std::vector<const Case*>& siblings);

// A case as matching sees it: its grant on the day the match would start.
struct Need {
  const Case* c = nullptr;
  Date start;
  Date grant_end;
  bool grant_over = false;    // the grant ended before today: there is nothing to match
  GrantTerms terms;           // in force on the start day
  Rational weekly_hours;
  int weekly_minutes = 0;     // rounded up
  std::string municipality;   // lowercase, for comparing
  std::vector<std::string> interests; // lowercase
  Acquaintances known;
};
Need need_of(const Case& c, const Context& context, Acquaintances known = {});

// A staff member as matching sees them.
struct Worker {
  const Staff* staff = nullptr;
  int max_minutes = 0;
  std::vector<Held> held;
  std::vector<std::string> areas;     // lowercase
  std::vector<std::string> interests; // lowercase
  // Minutes a week not yet held, leaving out `case_id` itself (the case
  // being matched again); never below 0.
  int free_minutes(std::string_view case_id = {}) const;
};
Worker worker_of(const Staff& staff, const Context& context);
std::vector<Worker> workers_of(const std::vector<Staff>& staff, const Context& context);

} // namespace pusterum::match
