#pragma once
// When in the week a staff member could visit a family: their weekly slots
// inside the days and time windows the grant allows, each long enough for
// the contract's shortest visit.
#include "model/grant.hpp"
#include "model/staff.hpp"

#include <string>
#include <vector>

namespace pusterum::match {

struct Slot {
  Weekday day = Weekday::mon;
  TimeWindow window;
  int minutes() const { return window.end - window.start; }
  bool operator==(const Slot&) const = default;
};

// The staff member's slots (overlapping ones merged) cut to the grant's days
// and windows (none given: any day, any time), keeping only pieces of at
// least `minimum_minutes`. In weekday and time order.
std::vector<Slot> usable_slots(const std::vector<Availability>& availability, const GrantTerms& terms, int minimum_minutes);

int total_minutes(const std::vector<Slot>& slots);

// "Tue 15–19, Thu 15:30–19": for reasons shown to people.
std::string slots_text(const std::vector<Slot>& slots);

} // namespace pusterum::match
