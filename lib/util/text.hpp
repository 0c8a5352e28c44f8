#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::text {

std::string_view trim(std::string_view s);
std::vector<std::string> split(std::string_view s, char separator);
std::string join(const std::vector<std::string>& parts, std::string_view separator);
std::string to_lower_ascii(std::string_view s);
std::string to_upper_ascii(std::string_view s);
// Lowercase for comparing names: ASCII and the Latin-1 letters ("ÆRØ" ->
// "ærø", "É" -> "é"), which hold every letter of a Danish name. Other code
// points are kept as they are.
std::string fold_case(std::string_view s);
// Trimmed, every run of whitespace (a no-break space too) one space.
std::string fold_spaces(std::string_view s);
bool starts_with_ci(std::string_view s, std::string_view prefix);

// "Søren Ærø-Åberg" -> "soeren-aeroe-aaberg": a readable ASCII slug.
std::string slugify(std::string_view s);

// Levenshtein distance, for "did you mean ...?".
size_t edit_distance(std::string_view a, std::string_view b);
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

// Whether `s` could be a key of a file (ASCII letters, digits, '_' and '-',
// at most 40 characters). Messages quote an unknown key only then: a line of
// text that lost its indentation ("Bor i Viby: lejlighed") is not a key but
// what a case says about a family, and a message does not repeat it.
bool looks_like_key(std::string_view s);

// Width in terminal columns of UTF-8 text (one column per code point).
size_t display_width(std::string_view s);

// Where the first byte lies that is not part of valid UTF-8 (overlong forms,
// surrogates and code points past U+10FFFF included): 1-based line, and
// column in characters; nullopt when all of `s` is UTF-8.
struct TextPosition {
  int line = 1;
  int column = 1;
};
std::optional<TextPosition> invalid_utf8(std::string_view s);

} // namespace pusterum::text
