#pragma once
// How many hours a grant gives over a span of days. Municipalities grant in
// different units (hours per week, month, quarter or period; døgn per month
// or year); everything is prorated by calendar day and kept exact.
#include "model/grant.hpp"

#include <vector>

namespace pusterum::grant {

// The grant as it stands on one day: the base with every amendment whose
// `from` is on or before that day applied, in order.
struct State {
  GrantUnit unit;
  Rational quantity;
  GrantTerms terms;
  Date end; // the end as amended so far: a later extension does not rewrite earlier days
};

State state_on(const Grant& g, Date day);
Date end_of(const Grant& g); // the latest amended end, else the base end

bool counts_dogn(GrantUnit unit); // døgn units: 1 døgn = 24 hours

// Whether the grant pays for driving on `day`: km logged on other days are
// neither billed nor reported as part of the grant.
bool driving_granted_on(const Grant& g, Date day);

struct Span {
  Date first;
  Date last; // inclusive
  int32_t days() const { return last - first + 1; }
  bool operator==(const Span&) const = default;
};

// Hours granted on the days of `span` that lie inside the grant period.
Rational granted_hours(const Grant& g, Span span);
// Hours granted before `day` (from the grant's start to the day before).
Rational granted_before(const Grant& g, Date day);
// Hours granted over the whole (amended) grant period.
Rational total_hours(const Grant& g);

// The budget period the unit in force on `day` counts in (ISO week, calendar
// month, quarter or year, or the whole grant), clipped to the grant period.
Span budget_period(const Grant& g, Date day);

} // namespace pusterum::grant
