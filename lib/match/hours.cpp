#include "match/hours.hpp"

#include "grant/arithmetic.hpp"

#include <algorithm>

namespace pusterum::match {

Date start_date(const Grant& grant, Date today) { return std::max(today, grant.start); }

Rational weekly_hours(const Grant& g, Date day) {
  if (day < g.start || day > grant::end_of(g)) return Rational(0);
  const grant::Span period = grant::budget_period(g, day);
  return grant::granted_hours(g, period) / Rational(period.days()) * Rational(7);
}

int minutes_up(const Rational& hours) {
  const Rational minutes = hours * Rational(60);
  const int64_t n = minutes.numerator(), d = minutes.denominator(); // d > 0
  return static_cast<int>(n >= 0 ? (n + d - 1) / d : -(-n / d));
}

int minutes_down(const Rational& hours) {
  const Rational minutes = hours * Rational(60);
  const int64_t n = minutes.numerator(), d = minutes.denominator();
  return static_cast<int>(n >= 0 ? n / d : -((-n + d - 1) / d));
}

} // namespace pusterum::match
