#include "store/yaml_style.hpp"

#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <regex>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::store {

namespace {

const std::regex& typed_scalar() {
  // The resolvers of PyYAML (YAML 1.1) plus YAML 1.2's 0o and exponent forms.
  static const std::regex pattern(
    "^(?:"
    "|~|null|Null|NULL"
    "|y|Y|n|N|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
    "|[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|0o[0-7]+"
    "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"
    "|[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?"
    "|[-+]?[0-9]+[eE][-+]?[0-9]+"
    "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
    "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
    "|<<|="
    ")$");
  return pattern;
}

const std::regex& timestamp() {
  static const std::regex pattern("^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+).*)?$");
  return pattern;
}

const std::regex& bare_date() {
  static const std::regex pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
  return pattern;
}

} // namespace

bool reads_as_non_text(std::string_view plain) {
  const std::string s(plain);
  return std::regex_match(s, typed_scalar()) || std::regex_match(s, timestamp());
}

bool reads_as_non_text_except_date(std::string_view plain) {
  const std::string s(plain);
  if (std::regex_match(s, bare_date())) return false;
  return reads_as_non_text(plain);
}

std::string double_quoted(std::string_view value) {
  if (text::invalid_utf8(value))
    throw Error(Exit::invalid, _("a text to be written is not UTF-8"), _("this is a bug in pusterum: nothing was written"));
  std::string out = "\"";
  for (size_t i = 0; i < value.size();) {
    const auto lead = static_cast<unsigned char>(value[i]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::string_view bytes = value.substr(i, length);
    i += length;
    char32_t c = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    for (char b : bytes.substr(1)) c = (c << 6) | (static_cast<unsigned char>(b) & 0x3F);
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) out += fmt::format("\\x{:02X}", static_cast<unsigned>(c));
    else if (text::is_unstorable_code_point(c) && c <= 0xFFFF) out += fmt::format("\\u{:04X}", static_cast<unsigned>(c));
    else if (text::is_unstorable_code_point(c)) out += fmt::format("\\U{:08X}", static_cast<unsigned>(c));
    else out += bytes;
  }
  return out + "\"";
}

bool EscapedScalars::needed(std::string_view value) { return text::unstorable_character(value, text::Lines::many).has_value(); }

std::string EscapedScalars::stand_in(const std::string& value) {
  values_.push_back(value);
  return fmt::format("pusterum-escaped-scalar-{}-x7q", values_.size() - 1);
}

std::string EscapedScalars::put_back(std::string emitted) const {
  for (size_t i = 0; i < values_.size(); ++i) {
    const std::string placeholder = fmt::format("pusterum-escaped-scalar-{}-x7q", i);
    const size_t at = emitted.find(placeholder);
    // A text that holds the placeholder itself: refuse rather than guess.
    if (at == std::string::npos || emitted.find(placeholder, at + 1) != std::string::npos)
      throw Error(Exit::invalid, _("a text to be written holds pusterum's placeholder for escaped text"), _("change that text"));
    emitted.replace(at, placeholder.size(), double_quoted(values_[i]));
  }
  return emitted;
}

} // namespace pusterum::store
