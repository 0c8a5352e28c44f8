#include "render/lang.hpp"

#include <fmt/format.h>

#include <array>

namespace pusterum::render {

namespace {
constexpr std::array<std::string_view, 12> danish_months{"januar", "februar", "marts",     "april",   "maj",      "juni",
                                                         "juli",   "august",  "september", "oktober", "november", "december"};
constexpr std::array<std::string_view, 12> english_months{"January", "February", "March",     "April",   "May",      "June",
                                                          "July",    "August",   "September", "October", "November", "December"};

// 12.5 -> "12,5"; 12 -> "12"; 2/3 -> "0,67": as few decimals as say it exactly, at most two.
std::string short_number(const Rational& value, Language lang) {
  std::string text = format_number(value, 2, number_style(lang));
  const char mark = number_style(lang).decimal_mark;
  if (text.find(mark) == std::string::npos) return text;
  while (text.back() == '0') text.pop_back();
  if (text.back() == mark) text.pop_back();
  return text;
}
} // namespace

std::string long_date(Date date, Language lang) {
  if (lang == Language::da) return fmt::format("{}. {} {}", date.day(), danish_months[date.month() - 1], date.year());
  return fmt::format("{} {} {}", date.day(), english_months[date.month() - 1], date.year());
}

std::string short_date(Date date, Language lang) {
  if (lang == Language::da) return fmt::format("{:02}.{:02}.{}", date.day(), date.month(), date.year());
  return date.iso();
}

std::string hours_phrase(const Rational& hours, Language lang) {
  const bool one = hours == Rational(1);
  return short_number(hours, lang) + (lang == Language::da ? (one ? " time" : " timer") : (one ? " hour" : " hours"));
}

std::string money_phrase(const Rational& kroner, Language lang) {
  if (lang == Language::da) return format_number(kroner, 2, danish_numbers) + " kr.";
  return "DKK " + format_number(kroner, 2, english_numbers);
}

} // namespace pusterum::render
