#include "grant/arithmetic.hpp"

#include <algorithm>

namespace pusterum::grant {

namespace {

// Amendments in the order they take effect: by date, then as recorded.
std::vector<const Amendment*> in_effect_order(const Grant& g) {
  std::vector<const Amendment*> out;
  for (const auto& a : g.amendments) out.push_back(&a);
  std::stable_sort(out.begin(), out.end(), [](const Amendment* a, const Amendment* b) { return a->from < b->from; });
  return out;
}

void apply(State& s, const Amendment& a) {
  if (a.end) s.end = *a.end;
  if (a.unit) s.unit = *a.unit;
  if (a.quantity) s.quantity = *a.quantity;
  if (a.terms) s.terms = *a.terms;
}

// The calendar container whose length a unit prorates by.
Span container(GrantUnit unit, Date day) {
  switch (unit) {
  case GrantUnit::hours_per_week: {
    const Date monday = monday_of_week(day);
    return {monday, monday + 6};
  }
  case GrantUnit::hours_per_month:
  case GrantUnit::dogn_per_month: {
    const Date first = first_of_month(day);
    return {first, add_months(first, 1) - 1};
  }
  case GrantUnit::hours_per_quarter: {
    const Date first = first_of_quarter(day);
    return {first, add_months(first, 3) - 1};
  }
  case GrantUnit::dogn_per_year: {
    const Date first = first_of_year(day);
    return {first, add_months(first, 12) - 1};
  }
  case GrantUnit::hours_per_period: break;
  }
  return {day, day};
}

Rational hours_of(GrantUnit unit, const Rational& quantity) {
  return counts_dogn(unit) ? quantity * Rational(24) : quantity;
}

// A stretch of days over which the grant's state does not change.
struct Segment {
  Span span;
  State state;
};

std::vector<Segment> segments(const Grant& g) {
  const Date end = end_of(g);
  std::vector<Segment> out;
  State state{g.unit, g.quantity, g.terms, g.end};
  Date from = g.start;
  for (const Amendment* a : in_effect_order(g)) {
    if (a->from > end) break;
    if (a->from > from) {
      out.push_back({{from, a->from - 1}, state});
      from = a->from;
    }
    apply(state, *a);
  }
  if (from <= end) out.push_back({{from, end}, state});
  return out;
}

// Hours a calendar-unit segment grants on `overlap` (which lies inside it).
Rational calendar_hours(const State& s, Span overlap) {
  Rational sum;
  for (Date day = overlap.first; day <= overlap.last;) {
    const Span box = container(s.unit, day);
    const Date last = std::min(box.last, overlap.last);
    sum += hours_of(s.unit, s.quantity) * Rational(last - day + 1, box.days());
    day = last + 1;
  }
  return sum;
}

} // namespace

bool counts_dogn(GrantUnit unit) { return unit == GrantUnit::dogn_per_month || unit == GrantUnit::dogn_per_year; }

State state_on(const Grant& g, Date day) {
  State s{g.unit, g.quantity, g.terms, g.end};
  for (const Amendment* a : in_effect_order(g))
    if (a->from <= day) apply(s, *a);
  return s;
}

Date end_of(const Grant& g) {
  Date end = g.end;
  for (const Amendment* a : in_effect_order(g))
    if (a->end) end = *a->end;
  return end;
}

Rational granted_hours(const Grant& g, Span span) {
  Rational sum;
  Rational granted_before; // over the whole grant up to the segment, for period units
  for (const Segment& seg : segments(g)) {
    const Span overlap{std::max(seg.span.first, span.first), std::min(seg.span.last, span.last)};
    Rational in_segment;
    if (seg.state.unit == GrantUnit::hours_per_period) {
      // A whole-period total: what is left of it is spread over the days left.
      const Rational per_day = (seg.state.quantity - granted_before) / Rational(seg.state.end - seg.span.first + 1);
      in_segment = per_day * Rational(seg.span.days());
      if (overlap.first <= overlap.last) sum += per_day * Rational(overlap.days());
    } else {
      in_segment = calendar_hours(seg.state, seg.span);
      if (overlap.first <= overlap.last) sum += calendar_hours(seg.state, overlap);
    }
    granted_before += in_segment;
  }
  return sum;
}

Rational granted_before(const Grant& g, Date day) { return granted_hours(g, {g.start, day - 1}); }

Rational total_hours(const Grant& g) { return granted_hours(g, {g.start, end_of(g)}); }

Span budget_period(const Grant& g, Date day) {
  const Span whole{g.start, end_of(g)};
  const State s = state_on(g, day);
  if (s.unit == GrantUnit::hours_per_period) return whole;
  const Span box = container(s.unit, day);
  return {std::max(box.first, whole.first), std::min(box.last, whole.last)};
}

} // namespace pusterum::grant
