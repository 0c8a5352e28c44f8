#pragma once
// Hours counted in døgn, for the grants a municipality gives in døgn. The
// rule: a døgn is one block of the wall clock, from noon to noon the next
// day (the block respite stays are granted in). A block is 24 real hours,
// or 23 and 25 on the days the clocks change, and is one døgn all the same;
// time in a block counts as its share of that block's real hours. So Friday
// 16:00 to Sunday 16:00 is 2 døgn in every week of the year, though it is
// 47 or 49 real hours on the clock-change weekends.
#include "grant/arithmetic.hpp"
#include "hours/entry.hpp"
#include "util/clock.hpp"

#include <vector>

namespace pusterum::hours {

inline constexpr int dogn_block_start = 12 * 60; // minutes after midnight: noon

// The døgn an entry takes, by the blocks of `zone`'s wall clock.
Rational dogn_of(const Entry& e, const Zone& zone);
// The døgn of the entries that use the grant and start on a day of `span`.
Rational used_dogn(const std::vector<Entry>& effective_entries, grant::Span span, const Zone& zone);
// Stays (overnight entries) that start on a day of `span`.
int stays_in(const std::vector<Entry>& effective_entries, grant::Span span);

} // namespace pusterum::hours
