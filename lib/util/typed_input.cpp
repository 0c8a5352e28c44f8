#include "util/typed_input.hpp"

#include "util/clock.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// One to `most` digits at `at`, as a number; `at` moves past them.
std::optional<int> digits(std::string_view text, size_t& at, size_t least, size_t most) {
  int value = 0;
  size_t n = 0;
  while (at < text.size() && is_digit(text[at]) && n < most) {
    value = value * 10 + (text[at] - '0');
    ++at;
    ++n;
  }
  if (n < least || (at < text.size() && is_digit(text[at]))) return std::nullopt;
  return value;
}

} // namespace

std::optional<Date> parse_typed_date(std::string_view text) {
  if (auto iso = Date::parse(text)) return iso;
  size_t at = 0;
  const auto day = digits(text, at, 1, 2);
  if (!day || at >= text.size()) return std::nullopt;
  const char first = text[at++];
  if (first != '-' && first != '.' && first != '/') return std::nullopt;
  const auto month = digits(text, at, 1, 2);
  if (!month || at >= text.size()) return std::nullopt;
  const char second = text[at++];
  if (second != (first == '/' ? '-' : first)) return std::nullopt; // 24-12-2026, 24.12.2026, 24/12-2026
  const auto year = digits(text, at, 4, 4);
  if (!year || at != text.size()) return std::nullopt;
  return Date::from_ymd(*year, *month, *day);
}

std::optional<int> parse_day_word(std::string_view text) {
  std::string word = text::to_lower_ascii(text);
  std::erase(word, ' ');
  if (word == "idag" || word == "today") return 0;
  if (word == "igår" || word == "igÅr" || word == "yesterday") return -1;
  if (word == "imorgen" || word == "tomorrow") return 1;
  if (word == "iforgårs" || word == "iforgÅrs") return -2;
  if (word == "iovermorgen") return 2;
  return std::nullopt;
}

std::optional<Date> parse_typed_day(std::string_view text, const std::function<Date()>& today) {
  if (auto day = parse_typed_date(text)) return day;
  if (auto offset = parse_day_word(text)) return today() + *offset;
  return std::nullopt;
}

std::string date_hint(std::string_view typed) {
  std::vector<std::string_view> parts;
  size_t from = 0;
  for (size_t i = 0; i <= typed.size(); ++i)
    if (i == typed.size() || typed[i] == '-' || typed[i] == '.' || typed[i] == '/') {
      parts.push_back(typed.substr(from, i - from));
      from = i + 1;
    }
  const auto number = [](std::string_view part) -> std::optional<int> {
    size_t at = 0;
    return part.empty() ? std::nullopt : digits(part, at, part.size(), part.size());
  };
  std::optional<Date> likely;
  if (parts.size() == 3 && parts[0].size() <= 4 && parts[1].size() <= 2 && parts[2].size() <= 4) {
    const auto a = number(parts[0]), b = number(parts[1]), c = number(parts[2]);
    if (a && b && c) {
      if (parts[0].size() == 4) likely = Date::from_ymd(*a, *b, *c);                        // 2026.11.20, 2026/11/20
      else if (parts[2].size() == 4) likely = Date::from_ymd(*c, *b, *a);                   // 20/11/2026
      else if (parts[2].size() == 2) likely = Date::from_ymd(2000 + *c, *b, *a);            // 20.11.26
    }
  }
  if (likely) return fmt::format(fmt::runtime(_("write it as {} (YYYY-MM-DD or DD-MM-YYYY)")), likely->iso());
  return _("write a real date as YYYY-MM-DD or DD-MM-YYYY");
}

std::optional<int> parse_typed_clock(std::string_view text, bool allow_24) {
  if (text.size() == 8 && text[5] == ':') {
    if (text.substr(6) != "00") return std::nullopt;
    text = text.substr(0, 5);
  }
  std::string clock(text);
  if (const size_t dot = clock.find('.'); dot != std::string::npos) clock[dot] = ':';
  if (clock.size() == 4 && clock[1] == ':') clock.insert(0, "0");
  return parse_clock(clock, allow_24);
}

} // namespace pusterum
