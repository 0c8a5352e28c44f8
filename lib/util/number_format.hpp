#pragma once
// Numbers as people in one language read them: Danish "1.234,50",
// English "1,234.50". The value stays exact until this point.
#include "util/rational.hpp"

#include <string>
#include <string_view>

namespace pusterum {

struct NumberStyle {
  char decimal_mark = '.';
  std::string_view thousands_separator; // empty: no grouping
};

inline constexpr NumberStyle plain_numbers{'.', ""};   // files, JSON, CSV for programs
inline constexpr NumberStyle danish_numbers{',', "."}; // 1.234,50
inline constexpr NumberStyle english_numbers{'.', ","}; // 1,234.50

// Rounded half away from zero to `decimals` places.
std::string format_number(const Rational& value, int decimals, NumberStyle style);

} // namespace pusterum
