#pragma once
// How many hours a week a case takes, for comparing with what a staff
// member has free. Grants come in six units; a match compares them all as
// hours per week around the day the match would start.
#include "model/grant.hpp"

namespace pusterum::match {

// When a match made today would start: today, or the grant's first day when
// that is later.
Date start_date(const Grant& grant, Date today);

// The hours a week the grant gives around `day`: the hours of the budget
// period holding the day (ISO week, month, quarter, year or the whole
// period) spread evenly over its days, times 7. Døgn count 24 hours. Exact;
// 0 when the day lies outside the grant period.
Rational weekly_hours(const Grant& grant, Date day);

// Capacity is counted in whole minutes a week, rounded up for what a case
// takes, so that sums are exact integers in every comparison and in the
// integer program of `match --open`.
int minutes_up(const Rational& hours);
int minutes_down(const Rational& hours);

// A staff member without max_hours_per_week counts as 48: the legal average
// maximum of the working-time rules.
constexpr int default_max_minutes = 48 * 60;

} // namespace pusterum::match
