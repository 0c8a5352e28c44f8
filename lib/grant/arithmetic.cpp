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

// Exact unless the fraction has grown past 10^8 in its denominator, which
// only chains of whole-period amendments do; then to 1/100 second. The last
// segment of a grant still ends on the exact total: it spreads what is left.
Rational bounded(const Rational& value) {
  constexpr int64_t limit = 100'000'000, hundredth_second = 360'000;
  if (value.denominator() <= limit) return value;
  const Rational scaled = value * Rational(hundredth_second);
  const int64_t n = scaled.numerator(), d = scaled.denominator();
  const int64_t nearest = n >= 0 ? (2 * n + d) / (2 * d) : -((-2 * n + d) / (2 * d));
  return Rational(nearest, hundredth_second);
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

bool driving_granted_on(const Grant& g, Date day) { return state_on(g, day).terms.driving; }

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
  const auto all = segments(g);
  // A calendar segment's whole hours are only needed when it lies inside the
  // span or a period segment follows it: summing them container by container
  // over a long grant is what made a week's figure slow.
  size_t period_after = 0; // one past the last period segment
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i].state.unit == GrantUnit::hours_per_period) period_after = i + 1;
  for (size_t i = 0; i < all.size(); ++i) {
    const Segment& seg = all[i];
    const Span overlap{std::max(seg.span.first, span.first), std::min(seg.span.last, span.last)};
    const bool whole = overlap == seg.span, none = overlap.first > overlap.last;
    Rational in_segment, part;
    if (seg.state.unit == GrantUnit::hours_per_period) {
      // What is left of the total, spread over the days left.
      const int32_t days_left = std::max<int32_t>(1, seg.state.end - seg.span.first + 1);
      const Rational left = seg.state.quantity - granted_before;
      in_segment = seg.span.days() == days_left ? left : bounded(left * Rational(seg.span.days(), days_left));
      if (!none) part = whole ? in_segment : bounded(left * Rational(overlap.days(), days_left));
    } else {
      if (whole || i + 1 < period_after) in_segment = calendar_hours(seg.state, seg.span);
      if (!none) part = whole ? in_segment : calendar_hours(seg.state, overlap);
    }
    // Summed the same way, a span over the whole grant ends on its exact total.
    sum = bounded(sum + part);
    granted_before = bounded(granted_before + in_segment);
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
