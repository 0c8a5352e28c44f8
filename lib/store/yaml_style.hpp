#pragma once
// One rule for "would YAML read this plain scalar as something other than
// text?", used both when reading text fields (refuse `postcode: 8220`) and
// when writing them (quote "8220"), so what pusterum writes it reads back,
// and JSON Schema tools see the same types as pusterum does.
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::store {

// True for plain scalars that YAML 1.1 or 1.2 resolves to null, a boolean,
// an integer, a float or a timestamp.
bool reads_as_non_text(std::string_view plain);

// Same as reads_as_non_text but a bare date (YYYY-MM-DD) is treated as
// text: dates are text in pusterum's files and in YAML 1.2.
bool reads_as_non_text_except_date(std::string_view plain);

// `value` as a double-quoted YAML scalar that YAML 1.1 and 1.2 readers read
// back as it is: '"', '\\', and every character the text policy refuses
// (text::unstorable_character) escaped. Throws when `value` is not UTF-8.
std::string double_quoted(std::string_view value);

// yaml-cpp 0.7's emitter writes DEL and U+0085 raw, writes noncharacters raw
// when plain and as U+FFFD when quoted, and bidi overrides raw: what libyaml
// then refuses or reads as something else. A writer hands such a value to
// the emitter as a placeholder from `stand_in`, and `put_back` replaces each
// placeholder in the emitted text with double_quoted(value).
class EscapedScalars {
public:
  static bool needed(std::string_view value);
  std::string stand_in(const std::string& value);
  std::string put_back(std::string emitted) const;

private:
  std::vector<std::string> values_;
};

} // namespace pusterum::store
