#include "grant/arithmetic.hpp"

#include <doctest/doctest.h>

using namespace pusterum;
using namespace pusterum::grant;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

Grant make(GrantUnit unit, Rational q, const char* start, const char* end) {
  Grant g;
  g.unit = unit;
  g.quantity = q;
  g.start = d(start);
  g.end = d(end);
  return g;
}

Amendment amend(const char* from, std::optional<Rational> q) {
  Amendment a;
  a.from = d(from);
  a.recorded = d(from);
  a.quantity = q;
  return a;
}

} // namespace

TEST_CASE("hours per week: a whole year is 52 1/7 weeks") {
  const Grant g = make(GrantUnit::hours_per_week, Rational(5), "2026-01-01", "2026-12-31");
  CHECK(total_hours(g) == Rational(5 * 365, 7));
  CHECK(granted_hours(g, {d("2026-01-05"), d("2026-01-11")}) == Rational(5)); // one ISO week
  CHECK(granted_hours(g, {d("2026-01-01"), d("2026-01-03")}) == Rational(15, 7));
  // Days outside the grant give nothing.
  CHECK(granted_hours(g, {d("2025-12-01"), d("2025-12-31")}) == Rational(0));
}

TEST_CASE("hours per month and quarter prorate by the days of that month or quarter") {
  const Grant m = make(GrantUnit::hours_per_month, Rational(16), "2026-04-01", "2027-03-31");
  CHECK(total_hours(m) == Rational(16 * 12));
  CHECK(granted_hours(m, {d("2026-04-01"), d("2026-04-15")}) == Rational(16 * 15, 30));
  CHECK(granted_hours(m, {d("2027-02-01"), d("2027-02-28")}) == Rational(16));

  const Grant q = make(GrantUnit::hours_per_quarter, Rational(36), "2025-10-01", "2027-03-31");
  CHECK(total_hours(q) == Rational(36 * 6));
  CHECK(granted_hours(q, {d("2026-01-01"), d("2026-01-31")}) == Rational(36 * 31, 90));
}

TEST_CASE("døgn grants count 24 hours a døgn") {
  const Grant y = make(GrantUnit::dogn_per_year, Rational(24), "2026-01-01", "2026-12-31");
  CHECK(counts_dogn(y.unit));
  CHECK(total_hours(y) == Rational(24 * 24));
  const Grant m = make(GrantUnit::dogn_per_month, Rational(2), "2026-11-01", "2026-11-30");
  CHECK(total_hours(m) == Rational(48));
}

TEST_CASE("an amendment changes the quantity from its date, and the base stays") {
  Grant g = make(GrantUnit::hours_per_week, Rational(5), "2026-01-01", "2026-12-31");
  g.amendments.push_back(amend("2026-06-01", Rational(7)));
  // 151 days at 5 h/week, then 214 days at 7 h/week.
  CHECK(total_hours(g) == Rational(5 * 151, 7) + Rational(7 * 214, 7));
  CHECK(state_on(g, d("2026-05-31")).quantity == Rational(5));
  CHECK(state_on(g, d("2026-06-01")).quantity == Rational(7));
  CHECK(g.quantity == Rational(5));
}

TEST_CASE("a whole-period grant amended to a new total still adds up to that total") {
  Grant g = make(GrantUnit::hours_per_period, Rational(120), "2026-01-01", "2026-12-31");
  CHECK(total_hours(g) == Rational(120));
  g.amendments.push_back(amend("2026-07-01", Rational(150)));
  CHECK(total_hours(g) == Rational(150));
  // Before the amendment the old total is spread evenly.
  CHECK(granted_hours(g, {d("2026-01-01"), d("2026-06-30")}) == Rational(120 * 181, 365));
}

TEST_CASE("an amendment may extend the period or change the unit") {
  Grant g = make(GrantUnit::hours_per_week, Rational(7), "2026-01-01", "2026-06-30");
  Amendment longer = amend("2026-06-01", std::nullopt);
  longer.end = d("2026-12-31");
  g.amendments.push_back(longer);
  CHECK(end_of(g) == d("2026-12-31"));
  CHECK(total_hours(g) == Rational(365));

  Grant u = make(GrantUnit::hours_per_week, Rational(7), "2026-01-01", "2026-12-31");
  Amendment monthly = amend("2026-07-01", Rational(20));
  monthly.unit = GrantUnit::hours_per_month;
  u.amendments.push_back(monthly);
  CHECK(total_hours(u) == Rational(181) + Rational(20 * 6));
}

TEST_CASE("budget periods follow the unit in force, clipped to the grant") {
  Grant g = make(GrantUnit::hours_per_week, Rational(5), "2026-01-01", "2026-12-31");
  CHECK(budget_period(g, d("2026-11-18")) == Span{d("2026-11-16"), d("2026-11-22")});
  CHECK(budget_period(g, d("2026-01-02")) == Span{d("2026-01-01"), d("2026-01-04")});
  Amendment monthly = amend("2026-07-01", Rational(20));
  monthly.unit = GrantUnit::hours_per_month;
  g.amendments.push_back(monthly);
  CHECK(budget_period(g, d("2026-08-10")) == Span{d("2026-08-01"), d("2026-08-31")});
  const Grant p = make(GrantUnit::hours_per_period, Rational(120), "2026-01-01", "2026-12-31");
  CHECK(budget_period(p, d("2026-05-05")) == Span{d("2026-01-01"), d("2026-12-31")});
}

TEST_CASE("extending a whole-period grant does not rewrite the days before the extension") {
  // 100 h from January to March; from 1 March the grant runs to June with 160 h in all.
  Grant g = make(GrantUnit::hours_per_period, Rational(100), "2026-01-01", "2026-03-31");
  const Rational january = granted_hours(g, {d("2026-01-01"), d("2026-01-31")});
  Amendment longer = amend("2026-03-01", Rational(160));
  longer.end = d("2026-06-30");
  g.amendments.push_back(longer);
  CHECK(granted_hours(g, {d("2026-01-01"), d("2026-01-31")}) == january);
  CHECK(january == Rational(100 * 31, 90));
  CHECK(total_hours(g) == Rational(160));
  CHECK(granted_before(g, d("2026-03-01")) == Rational(100 * 59, 90));
}

TEST_CASE("many amendments of a whole-period grant stay computable and add up to the last total") {
  Grant g = make(GrantUnit::hours_per_period, Rational(100), "2026-01-01", "2026-12-31");
  const char* froms[] = {"2026-01-17", "2026-02-03", "2026-02-27", "2026-03-13", "2026-04-01", "2026-04-29", "2026-05-07",
                         "2026-06-11", "2026-07-02", "2026-08-19", "2026-09-23", "2026-10-05", "2026-11-30"};
  int total = 100;
  for (const char* from : froms) g.amendments.push_back(amend(from, Rational(total += 7)));
  CHECK(total_hours(g) == Rational(total));
}
