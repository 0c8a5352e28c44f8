#include "util/number_format.hpp"
#include "util/error.hpp"
#include "util/rational.hpp"

#include <cstdint>

#include <doctest/doctest.h>

using namespace pusterum;

TEST_CASE("rational: decimal text in and out, exactly") {
  CHECK(Rational::parse_decimal("3.5") == Rational(7, 2));
  CHECK(Rational::parse_decimal("12.25") == Rational(49, 4));
  CHECK(Rational::parse_decimal("7") == Rational(7));
  CHECK(Rational::parse_decimal("-1.5") == Rational(-3, 2));
  CHECK_FALSE(Rational::parse_decimal("1e3"));
  CHECK_FALSE(Rational::parse_decimal("3."));
  CHECK_FALSE(Rational::parse_decimal(".5"));
  CHECK_FALSE(Rational::parse_decimal("3,5"));
  CHECK_FALSE(Rational::parse_decimal("1.-5"));
  CHECK(Rational(15, 7).to_decimal(2) == "2.14");
  CHECK(Rational(1, 8).to_decimal(2) == "0.13"); // half away from zero
  CHECK(Rational(-1, 8).to_decimal(2) == "-0.13");
  CHECK(Rational(5).to_decimal(0) == "5");
}

TEST_CASE("rational: arithmetic stays exact") {
  Rational sum;
  for (int i = 0; i < 7; ++i) sum += Rational(5, 7);
  CHECK(sum == Rational(5));
  CHECK(Rational(1, 3) + Rational(1, 6) == Rational(1, 2));
  CHECK(Rational(2, 3) * Rational(3, 4) == Rational(1, 2));
  CHECK(Rational(1, 2) / Rational(1, 4) == Rational(2));
  CHECK(Rational(1, 3) < Rational(1, 2));
  CHECK_THROWS(Rational(1, 0));
}

TEST_CASE("number format: Danish and English grouping and decimal marks") {
  CHECK(format_number(Rational(123450, 100), 2, danish_numbers) == "1.234,50");
  CHECK(format_number(Rational(123450, 100), 2, english_numbers) == "1,234.50");
  CHECK(format_number(Rational(123450, 100), 2, plain_numbers) == "1234.50");
  CHECK(format_number(Rational(25, 2), 1, danish_numbers) == "12,5");
  CHECK(format_number(Rational(-1234567), 0, danish_numbers) == "-1.234.567");
  CHECK(format_number(Rational(999), 0, danish_numbers) == "999");
  CHECK(format_number(Rational(2, 3), 2, danish_numbers) == "0,67");
}

TEST_CASE("rational: what would overflow is refused with an error, never undefined behaviour") {
  // INT64_MIN has no int64_t magnitude: std::gcd and a change of sign on it are undefined.
  CHECK_THROWS_AS(Rational(INT64_MIN, 3), Error);
  CHECK_THROWS_AS(Rational(3, INT64_MIN), Error);
  CHECK_THROWS_AS(Rational(INT64_MIN), Error);
  CHECK(Rational(INT64_MAX, -1) == Rational(-INT64_MAX));
  CHECK(Rational(-INT64_MAX).to_decimal(2) == "-9223372036854775807.00");
  const Rational big(INT64_MAX);
  CHECK_THROWS_AS(big * Rational(2), Error);
  CHECK_THROWS_AS(big + Rational(1), Error);
  CHECK_THROWS_AS(Rational(-INT64_MAX) - Rational(1), Error); // would be INT64_MIN
  CHECK_THROWS_AS(Rational(1, INT64_MAX) * Rational(1, 2), Error);
  CHECK_THROWS_AS(big / Rational(1, 2), Error);
  CHECK((big * Rational(1, 2)) == Rational(INT64_MAX, 2));
  CHECK(Rational(1, 3) + Rational(INT64_MAX - 1, 3) == Rational(INT64_MAX, 3));
  CHECK(big.to_decimal(18).size() == 19 + 1 + 18);
  CHECK_THROWS_AS((void)big.to_decimal(40), Error); // 10^40 has no 128-bit product with it
}
