#include "util/rational.hpp"

#include "util/error.hpp"

#include <fmt/format.h>

#include <charconv>
#include <numeric>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum {

namespace {

__extension__ using i128 = __int128; // products of two int64 values never overflow it

[[noreturn]] void too_large() { throw Error(Exit::invalid, _("number too large for exact arithmetic")); }

// INT64_MIN is refused with the rest: its magnitude, which std::gcd and a
// change of sign take, is no int64_t.
int64_t checked(i128 v) {
  if (v > INT64_MAX || v <= INT64_MIN) too_large();
  return static_cast<int64_t>(v);
}

i128 times(i128 a, i128 b) {
  i128 product = 0;
  if (__builtin_mul_overflow(a, b, &product)) too_large();
  return product;
}

Rational make(i128 num, i128 den) {
  if (den < 0) { num = -num; den = -den; }
  i128 a = num < 0 ? -num : num, b = den;
  while (b != 0) { const i128 t = a % b; a = b; b = t; }
  if (a > 1) { num /= a; den /= a; }
  return Rational(checked(num), checked(den));
}

} // namespace

// What would not fit in 64 bits throws Error(invalid), never undefined behaviour.
Rational::Rational(int64_t numerator, int64_t denominator) : num_(numerator), den_(denominator) {
  if (den_ == 0) throw Error(Exit::invalid, _("division by zero"));
  if (num_ == INT64_MIN || den_ == INT64_MIN) too_large();
  if (den_ < 0) { num_ = -num_; den_ = -den_; }
  const int64_t g = std::gcd(num_, den_);
  if (g > 1) { num_ /= g; den_ /= g; }
}

std::optional<Rational> Rational::parse_decimal(std::string_view s) {
  bool negative = false;
  if (!s.empty() && s.front() == '-') { negative = true; s.remove_prefix(1); }
  const size_t dot = s.find('.');
  const std::string_view whole = s.substr(0, dot);
  const std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
  // One sign at most: "--395" is not 395 (from_chars would read the second minus).
  if (whole.empty() || whole.front() < '0' || whole.front() > '9') return std::nullopt;
  if (fraction.size() > 6 || (dot != std::string_view::npos && fraction.empty())) return std::nullopt;
  int64_t w = 0, f = 0;
  auto digits = [](std::string_view part, int64_t& out) {
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
    return ec == std::errc() && end == part.data() + part.size();
  };
  if (!digits(whole, w) || w > 1'000'000'000) return std::nullopt;
  if (!fraction.empty() && (!digits(fraction, f) || fraction.front() == '-' || fraction.front() == '+')) return std::nullopt;
  int64_t scale = 1;
  for (size_t i = 0; i < fraction.size(); ++i) scale *= 10;
  const Rational value(w * scale + f, scale);
  return negative ? Rational(0) - value : value;
}

std::string Rational::to_decimal(int decimals) const {
  i128 scale = 1;
  for (int i = 0; i < decimals; ++i) scale = times(scale, 10);
  const bool negative = num_ < 0;
  const i128 magnitude = negative ? -static_cast<i128>(num_) : num_;
  const i128 scaled = (times(times(magnitude, scale), 2) + den_) / (2 * static_cast<i128>(den_)); // half away from zero
  const int64_t whole = static_cast<int64_t>(scaled / scale);
  const int64_t fraction = static_cast<int64_t>(scaled % scale);
  std::string out = (negative && scaled != 0) ? "-" : "";
  out += std::to_string(whole);
  if (decimals > 0) out += fmt::format(".{:0{}}", fraction, decimals);
  return out;
}

Rational Rational::operator+(const Rational& o) const {
  return make(static_cast<i128>(num_) * o.den_ + static_cast<i128>(o.num_) * den_, static_cast<i128>(den_) * o.den_);
}
Rational Rational::operator-(const Rational& o) const {
  return make(static_cast<i128>(num_) * o.den_ - static_cast<i128>(o.num_) * den_, static_cast<i128>(den_) * o.den_);
}
Rational Rational::operator*(const Rational& o) const {
  return make(static_cast<i128>(num_) * o.num_, static_cast<i128>(den_) * o.den_);
}
Rational Rational::operator/(const Rational& o) const {
  if (o.num_ == 0) throw Error(Exit::invalid, _("division by zero"));
  return make(static_cast<i128>(num_) * o.den_, static_cast<i128>(den_) * o.num_);
}
std::strong_ordering Rational::operator<=>(const Rational& o) const {
  return static_cast<i128>(num_) * o.den_ <=> static_cast<i128>(o.num_) * den_;
}

} // namespace pusterum
