#include "util/number_format.hpp"

namespace pusterum {

std::string format_number(const Rational& value, int decimals, NumberStyle style) {
  const std::string plain = value.to_decimal(decimals);
  const std::string_view text(plain);
  const bool negative = text.starts_with('-');
  const std::string_view unsigned_part = text.substr(negative ? 1 : 0);
  const size_t point = unsigned_part.find('.');
  const std::string_view whole = unsigned_part.substr(0, point);
  std::string out;
  if (negative) out.push_back('-');
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out.append(style.thousands_separator);
    out.push_back(whole[i]);
  }
  if (point != std::string_view::npos) {
    out.push_back(style.decimal_mark);
    out.append(unsigned_part.substr(point + 1));
  }
  return out;
}

} // namespace pusterum
