#include "privacy/cpr.hpp"

#include <utf8proc.h>

#include <array>
#include <cctype>
#include <span>
#include <vector>

namespace pusterum::privacy {

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

int two_digits(std::string_view s, size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

bool plausible_birth_date(std::string_view six) {
  const int day = two_digits(six, 0), month = two_digits(six, 2);
  static constexpr int longest[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 && day >= 1 && day <= longest[month - 1];
}

// What one character of a text is to a CPR number: a digit, part of what
// separates groups of digits, or anything else. A number typed into a word
// processor or pasted from a PDF arrives with other dashes and spaces than
// '-' and ' ' and other digits than 0-9; all of them are read by meaning.
enum class Role { digit, separator, invisible, other };

struct Character {
  Role role = Role::other;
  char digit = 0;     // '0'-'9' for a digit
  size_t begin = 0;   // its bytes in the text
  size_t end = 0;
};

bool separates(char32_t c) {
  switch (c) {
    case ' ': case '\t': case '-': case '/': case '.': case '_':
    case 0x2212: // minus sign
    case 0x2043: // hyphen bullet
    case 0x02D7: // modifier letter minus sign
    case 0x2E3A: case 0x2E3B: // two- and three-em dashes
      return true;
    default: break;
  }
  const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return category == UTF8PROC_CATEGORY_PD || category == UTF8PROC_CATEGORY_ZS;
}

// Characters a word processor puts between digits that show as nothing
// (soft hyphen, zero-width space and joiners, word joiner): skipped.
bool shows_as_nothing(char32_t c) {
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060;
}

// The value of a decimal digit of any script. Unicode puts the digits of a
// script in a run of ten, 0 to 9, and runs only ever abut whole: the value
// is the distance from where the run of decimal digits starts, modulo ten.
char digit_value(char32_t c) {
  char32_t first = c;
  while (first > 0 && utf8proc_category(static_cast<utf8proc_int32_t>(first - 1)) == UTF8PROC_CATEGORY_ND) --first;
  return static_cast<char>('0' + (c - first) % 10);
}

// The character after NFKC (full-width digits and dashes, no-break and thin
// spaces, superscripts... become what they stand for), when that is one.
char32_t compatibility_form(char32_t c) {
  std::array<utf8proc_int32_t, 8> decomposed{};
  int boundclass = 0;
  const auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c), decomposed.data(), decomposed.size(),
                                         static_cast<utf8proc_option_t>(UTF8PROC_COMPAT), &boundclass);
  return n == 1 ? static_cast<char32_t>(decomposed[0]) : c;
}

Character classify(char32_t c) {
  if (c < 0x80) {
    if (c >= '0' && c <= '9') return {Role::digit, static_cast<char>(c)};
    return {separates(c) ? Role::separator : Role::other};
  }
  if (shows_as_nothing(c)) return {Role::invisible};
  const char32_t form = compatibility_form(c);
  if (form >= '0' && form <= '9') return {Role::digit, static_cast<char>(form)};
  if (utf8proc_category(static_cast<utf8proc_int32_t>(form)) == UTF8PROC_CATEGORY_ND) return {Role::digit, digit_value(form)};
  return {separates(form) ? Role::separator : Role::other};
}

std::vector<Character> characters(std::string_view s) {
  std::vector<Character> out;
  out.reserve(s.size());
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  for (size_t i = 0; i < s.size();) {
    utf8proc_int32_t c = 0;
    auto length = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(s.size() - i), &c);
    Character ch = length > 0 ? classify(static_cast<char32_t>(c)) : Character{};
    if (length <= 0) length = 1; // a byte that is not UTF-8 separates nothing
    ch.begin = i;
    ch.end = i + static_cast<size_t>(length);
    out.push_back(ch);
    i = ch.end;
  }
  return out;
}

// A run of digits and the separator before the next run, as indexes into
// the characters.
struct Group {
  std::string digits;
  size_t first = 0, last = 0; // the first and last digit's characters
  bool joined_to_next = false; // by at most three visible separators
};

std::vector<Group> digit_groups(std::span<const Character> chars) {
  std::vector<Group> groups;
  for (size_t i = 0; i < chars.size();) {
    if (chars[i].role != Role::digit) { ++i; continue; }
    Group g;
    g.first = i;
    for (; i < chars.size() && (chars[i].role == Role::digit || chars[i].role == Role::invisible); ++i)
      if (chars[i].role == Role::digit) g.digits += chars[i].digit, g.last = i;
    size_t visible = 0, j = g.last + 1;
    for (; j < chars.size() && (chars[j].role == Role::separator || chars[j].role == Role::invisible); ++j)
      visible += chars[j].role == Role::separator;
    g.joined_to_next = j < chars.size() && chars[j].role == Role::digit && visible <= 3;
    groups.push_back(std::move(g));
  }
  return groups;
}

// How people write the ten digits: as one run, DDMMYY and SSSS, the date in
// pairs (17.09.12-3915), and all of it in pairs as a phone number is.
constexpr std::array<std::array<size_t, 5>, 5> spellings = {{
  {10}, {6, 4}, {2, 2, 2, 4}, {6, 2, 2}, {2, 2, 2, 2, 2},
}};

// The characters [first, last] of each CPR number in `s`, in order.
std::vector<std::pair<size_t, size_t>> find_cprs(std::span<const Character> chars) {
  const auto groups = digit_groups(chars);
  std::vector<std::pair<size_t, size_t>> found;
  for (size_t g = 0; g < groups.size();) {
    size_t matched = 0;
    for (const auto& spelling : spellings) {
      std::string digits;
      size_t k = 0;
      for (; k < spelling.size() && spelling[k] != 0; ++k) {
        const size_t at = g + k;
        if (at >= groups.size() || groups[at].digits.size() != spelling[k]) break;
        if (k > 0 && !groups[at - 1].joined_to_next) break;
        digits += groups[at].digits;
      }
      if ((k == spelling.size() || spelling[k] == 0) && plausible_birth_date(digits)) {
        matched = k;
        break;
      }
    }
    if (matched == 0) { ++g; continue; }
    found.emplace_back(groups[g].first, groups[g + matched - 1].last);
    g += matched;
  }
  return found;
}

} // namespace

bool contains_cpr(std::string_view s) {
  bool has_digit = false;
  for (const char c : s) has_digit = has_digit || is_digit(c) || static_cast<unsigned char>(c) >= 0x80;
  if (!has_digit) return false; // most text: no need to look closer
  return !find_cprs(characters(s)).empty();
}

std::string redact_cpr(std::string_view s) {
  if (!contains_cpr(s)) return std::string(s);
  const auto chars = characters(s);
  std::string out;
  size_t copied = 0;
  for (const auto& [first, last] : find_cprs(chars)) {
    out += s.substr(copied, chars[first].begin - copied);
    out += "******-****";
    copied = chars[last].end;
  }
  out += s.substr(copied);
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
