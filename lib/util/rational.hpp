#pragma once
// Exact fractions for hours: 5 h/week over 3 days is 15/7 h, not 2.1428...
// Amounts stay exact until they are printed.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pusterum {

class Rational {
public:
  constexpr Rational() = default;
  Rational(int64_t numerator, int64_t denominator = 1);

  // "7", "3.5", "12.25" (no exponent, at most 6 decimals).
  static std::optional<Rational> parse_decimal(std::string_view s);

  int64_t numerator() const { return num_; }
  int64_t denominator() const { return den_; }
  double to_double() const { return static_cast<double>(num_) / static_cast<double>(den_); }
  // Rounded half away from zero to `decimals` places, '.' as separator.
  std::string to_decimal(int decimals) const;

  Rational operator+(const Rational& o) const;
  Rational operator-(const Rational& o) const;
  Rational operator*(const Rational& o) const;
  Rational operator/(const Rational& o) const;
  Rational& operator+=(const Rational& o) { return *this = *this + o; }
  Rational& operator-=(const Rational& o) { return *this = *this - o; }
  bool operator==(const Rational& o) const = default;
  std::strong_ordering operator<=>(const Rational& o) const;

private:
  int64_t num_ = 0;
  int64_t den_ = 1;
};

} // namespace pusterum
