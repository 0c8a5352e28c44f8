#include "privacy/cpr.hpp"

#include <cctype>

namespace pusterum::privacy {

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

int two_digits(std::string_view s, size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

bool plausible_birth_date(std::string_view six) {
  const int day = two_digits(six, 0), month = two_digits(six, 2);
  static constexpr int longest[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 && day >= 1 && day <= longest[month - 1];
}

size_t digit_run(std::string_view s, size_t at) {
  size_t n = 0;
  while (at + n < s.size() && is_digit(s[at + n])) ++n;
  return n;
}

// The length of the CPR-shaped number that starts at s[i] (a run of digits), or 0.
size_t cpr_at(std::string_view s, size_t i, size_t run) {
  if (run == 10 && plausible_birth_date(s.substr(i, 6))) return 10;
  if (run == 6 && plausible_birth_date(s.substr(i, 6))) {
    const size_t sep = i + 6;
    if (sep < s.size() && (s[sep] == '-' || s[sep] == ' ') && digit_run(s, sep + 1) == 4) return 11;
  }
  return 0;
}

} // namespace

bool contains_cpr(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (!is_digit(s[i])) { ++i; continue; }
    const size_t run = digit_run(s, i);
    if (cpr_at(s, i, run)) return true;
    i += run;
  }
  return false;
}

std::string hide_cpr(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (!is_digit(s[i])) {
      out += s[i++];
      continue;
    }
    const size_t run = digit_run(s, i);
    if (const size_t length = cpr_at(s, i, run)) {
      out += "******-****";
      i += length;
    } else {
      out += s.substr(i, run);
      i += run;
    }
  }
  return out;
}

bool is_cpr(std::string_view s) {
  const bool dashed = s.size() == 11 && (s[6] == '-' || s[6] == ' ');
  if (!(s.size() == 10 || dashed)) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (!(dashed && i == 6) && !is_digit(s[i])) return false;
  return plausible_birth_date(s.substr(0, 6));
}

std::string mask_cpr(std::string_view cpr) {
  if (cpr.size() < 6) return "******-****";
  return std::string(cpr.substr(0, 6)) + "-****";
}

} // namespace pusterum::privacy
