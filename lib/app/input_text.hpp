#pragma once
// The one text policy (text::unstorable_character) on what a use-case brings
// in from a person, before anything is looked up or written: a flag's value
// is refused at the flag with the character's column, a file's value at its
// file:line:col. Hand edits already in the tree are not refused here (their
// readers take them, the writers escape them, the terminal shows them
// visibly); new text is held to the policy where it comes in.
#include "util/diagnostics.hpp"

#include <yaml-cpp/yaml.h>

#include <functional>
#include <string>

namespace pusterum::app {

// `value` given with `flag` ("--note", "NAME"): a problem for a character
// the policy refuses, and for a value shaped like a CPR number.
void screen_flag_text(const std::string& flag, const std::string& value, Diagnostics& problems);

// Every text of `fields` (a file's values with the flags' over them), by
// the field's path ("child.initials", "terms.days"): at the flag `flag_of`
// names for it (or for the field it is part of); else, unless `flags_only`,
// at its place in `file`, or at the field's path for an answer typed at a
// prompt. CPR numbers in fields are the reader's to refuse (store/fields).
struct FieldsToScreen {
  const YAML::Node& fields;
  std::function<std::string(const std::string& path)> flag_of;
  std::string file;        // where the values without a flag came from; "" for none
  bool flags_only = false; // the other values were read from the tree (an edit)
};
void screen_field_texts(const FieldsToScreen& what, Diagnostics& problems);

} // namespace pusterum::app
