#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <numeric>

namespace pusterum::text {

std::string_view trim(std::string_view s) {
  const auto is_space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string> split(std::string_view s, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == separator) {
      parts.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

bool looks_like_key(std::string_view s) {
  if (s.empty() || s.size() > 40) return false;
  for (const char c : s) {
    const bool ascii_word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ascii_word) return false;
  }
  return true;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += separator;
    out += parts[i];
  }
  return out;
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string to_upper_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string fold_case(std::string_view s) {
  std::string out = to_lower_ascii(s);
  // U+00C0..U+00DE are the capitals of U+00E0..U+00FE, but for U+00D7 (the
  // multiplication sign); in UTF-8 both are 0xC3 and a second byte 0x20 apart.
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    const auto second = static_cast<unsigned char>(out[i + 1]);
    if (static_cast<unsigned char>(out[i]) == 0xC3 && second >= 0x80 && second <= 0x9E && second != 0x97)
      out[i + 1] = static_cast<char>(second + 0x20);
  }
  return out;
}

std::string fold_spaces(std::string_view s) {
  constexpr std::string_view no_break_space = "\u00A0";
  std::string out;
  bool pending_space = false;
  for (size_t i = 0; i < s.size();) {
    const bool ascii_space = std::isspace(static_cast<unsigned char>(s[i])) != 0;
    if (ascii_space || s.substr(i).starts_with(no_break_space)) {
      pending_space = true;
      i += ascii_space ? 1 : no_break_space.size();
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += s[i++];
  }
  return out;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && to_lower_ascii(s.substr(0, prefix.size())) == to_lower_ascii(prefix);
}

namespace {

// Danish and common Latin-1 letters in UTF-8, spelled the Danish way.
struct Transliteration {
  std::string_view utf8;
  std::string_view ascii;
};
constexpr Transliteration transliterations[] = {
  {"æ", "ae"}, {"Æ", "ae"}, {"ø", "oe"}, {"Ø", "oe"}, {"å", "aa"}, {"Å", "aa"},
  {"é", "e"},  {"É", "e"},  {"è", "e"},  {"ü", "u"},  {"Ü", "u"},  {"ö", "oe"},
  {"Ö", "oe"}, {"ä", "ae"}, {"Ä", "ae"}, {"ß", "ss"},
};

} // namespace

std::string slugify(std::string_view s) {
  std::string out;
  bool pending_dash = false;
  auto emit = [&](std::string_view piece) {
    if (pending_dash && !out.empty()) out += '-';
    pending_dash = false;
    out += piece;
  };
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isalnum(c)) {
      emit(std::string(1, static_cast<char>(std::tolower(c))));
      ++i;
      continue;
    }
    bool matched = false;
    for (const auto& t : transliterations) {
      if (s.substr(i).starts_with(t.utf8)) {
        emit(t.ascii);
        i += t.utf8.size();
        matched = true;
        break;
      }
    }
    if (matched) continue;
    pending_dash = true;
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i; // skip the rest of a code point
  }
  return out;
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  size_t best_distance = std::max<size_t>(2, word.size() / 3) + 1;
  for (const auto& candidate : candidates) {
    const size_t d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

size_t display_width(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::optional<TextPosition> invalid_utf8(std::string_view s) {
  TextPosition at;
  for (size_t i = 0; i < s.size();) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    size_t length = 0;
    unsigned char low = 0x80, high = 0xBF; // the range of the second byte
    if (c < 0x80) length = 1;
    else if (c >= 0xC2 && c <= 0xDF) length = 2;
    else if (c == 0xE0) length = 3, low = 0xA0;
    else if (c == 0xED) length = 3, high = 0x9F; // no UTF-16 surrogates
    else if (c >= 0xE1 && c <= 0xEF) length = 3;
    else if (c == 0xF0) length = 4, low = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) length = 4;
    else if (c == 0xF4) length = 4, high = 0x8F; // nothing past U+10FFFF
    else return at;
    if (i + length > s.size()) return at;
    for (size_t k = 1; k < length; ++k) {
      const unsigned char min = k == 1 ? low : 0x80, max = k == 1 ? high : 0xBF;
      if (byte(i + k) < min || byte(i + k) > max) return at;
    }
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else {
      ++at.column;
    }
    i += length;
  }
  return std::nullopt;
}

namespace {

// The code point of the valid UTF-8 sequence at s[i] (checked by invalid_utf8).
char32_t decode_at(std::string_view s, size_t i, size_t& length) {
  const auto byte = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
  const char32_t c = byte(0);
  if (c < 0x80) return length = 1, c;
  if (c < 0xE0) return length = 2, ((c & 0x1F) << 6) | (byte(1) & 0x3F);
  if (c < 0xF0) return length = 3, ((c & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
  return length = 4, ((c & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
}

} // namespace

bool is_unstorable_code_point(char32_t c) {
  if (c == '\t') return false;
  if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;           // C0, DEL, C1
  if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) return true; // noncharacters
  if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) return true; // bidi overrides, isolates
  return c == 0x2028 || c == 0x2029 || c == 0xFEFF;
}

std::optional<Unstorable> unstorable_character(std::string_view s, Lines lines) {
  if (const auto bad = invalid_utf8(s)) {
    // Everything before the bad byte is UTF-8: an earlier unstorable character comes first.
    size_t upto = 0;
    for (TextPosition at; upto < s.size() && (at.line < bad->line || at.column < bad->column);) {
      size_t length = 1;
      decode_at(s, upto, length);
      if (s[upto] == '\n') ++at.line, at.column = 1;
      else ++at.column;
      upto += length;
    }
    if (auto earlier = unstorable_character(s.substr(0, upto), lines)) return earlier;
    return Unstorable{*bad, static_cast<unsigned char>(s[upto]), true};
  }
  TextPosition at;
  for (size_t i = 0; i < s.size();) {
    size_t length = 1;
    const char32_t c = decode_at(s, i, length);
    if (c == '\n' && lines == Lines::many) {
      ++at.line;
      at.column = 1;
    } else if (is_unstorable_code_point(c)) {
      return Unstorable{at, c, false};
    } else {
      ++at.column;
    }
    i += length;
  }
  return std::nullopt;
}

std::string describe(const Unstorable& u) {
  if (u.not_utf8) return fmt::format("the byte 0x{:02X}, which is not UTF-8", static_cast<unsigned>(u.code_point));
  const char32_t c = u.code_point;
  const char* what = c == '\n'                                        ? "a line break, which this field cannot hold"
                     : c < 0x20 || (c >= 0x7F && c <= 0x9F)           ? "a control character"
                     : (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE ? "a noncharacter"
                     : c == 0x2028 || c == 0x2029                     ? "a line separator"
                     : c == 0xFEFF                                    ? "an invisible byte order mark"
                                                                      : "a bidirectional override, which shows text in another order";
  return fmt::format("U+{:04X} ({})", static_cast<uint32_t>(c), what);
}

} // namespace pusterum::text
