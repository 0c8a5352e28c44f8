#include "store/yaml_style.hpp"

#include <regex>

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

} // namespace pusterum::store
