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

// The one text policy for every string pusterum stores (flags, imported rows,
// the user's name): characters a YAML reader refuses raw or reads as
// something else, and characters that make text show other than it is
// stored, are refused where they come in. These are C0 controls (tab
// allowed; newline only where a field holds lines), DEL, C1 controls,
// noncharacters (U+FDD0-U+FDEF, U+xFFFE, U+xFFFF), bidirectional overrides
// and isolates (U+202A-U+202E, U+2066-U+2069), the line and paragraph
// separators U+2028/U+2029, U+FEFF, and bytes that are not UTF-8.
enum class Lines { one, many };
struct Unstorable {
  TextPosition at;          // 1-based line and column, in characters
  char32_t code_point = 0;  // the character, or the byte that is not UTF-8
  bool not_utf8 = false;
};
std::optional<Unstorable> unstorable_character(std::string_view s, Lines lines = Lines::one);
// Whether pusterum refuses the code point in stored text (newline aside).
bool is_unstorable_code_point(char32_t c);
// "U+007F (a control character)": what to say about one.
std::string describe(const Unstorable& u);

} // namespace pusterum::text
