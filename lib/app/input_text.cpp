#include "app/input_text.hpp"

#include "hours/entry_input.hpp"
#include "privacy/cpr.hpp"
#include "rulebook/names.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::app {

namespace {

// The flag of `path` or of the nearest field it is part of ("availability.day"
// is given by the flag of "availability").
std::string flag_of_field(const FieldsToScreen& what, std::string path) {
  if (!what.flag_of) return {};
  for (;;) {
    if (std::string flag = what.flag_of(path); !flag.empty()) return flag;
    const size_t dot = path.rfind('.');
    if (dot == std::string::npos) return {};
    path.resize(dot);
  }
}

// A value read from a file, at the character's own line and column: files
// hold lines (a block scalar), so newlines are allowed there.
void screen_file_value(const std::string& file, const YAML::Node& node, const std::string& path, Diagnostics& problems) {
  const auto bad = text::unstorable_character(node.Scalar(), text::Lines::many);
  if (!bad) return;
  const YAML::Mark mark = node.Mark();
  const bool quoted = node.Tag() == "!";
  Location where{.file = file, .line = mark.line + 1 + (bad->at.line - 1), .column = 0, .flag = {}};
  where.column = bad->at.line == 1 ? mark.column + 1 + (quoted ? 1 : 0) + bad->at.column - 1 : bad->at.column;
  problems.add(Problem{.where = std::move(where), .rule = rule::schema, .severity = Severity::block,
                       .message = fmt::format(fmt::runtime(_("{}: holds {}, which pusterum does not store")), path, text::describe(*bad)),
                       .hint = _("retype the text without it (it may be invisible)")});
}

void screen_node(const FieldsToScreen& what, const YAML::Node& node, const std::string& path, Diagnostics& problems) {
  if (node.IsMap()) {
    for (const auto& item : node) {
      const std::string key = item.first.IsScalar() ? item.first.Scalar() : std::string("?");
      screen_node(what, item.second, path.empty() ? key : path + "." + key, problems);
    }
  } else if (node.IsSequence()) {
    for (const auto& item : node) screen_node(what, item, path, problems);
  } else if (node.IsScalar()) {
    if (const std::string flag = flag_of_field(what, path); !flag.empty())
      hours::check_storable(path, node.Scalar(), Location{.file = {}, .line = 0, .column = 0, .flag = flag}, problems);
    else if (what.flags_only)
      return;
    else if (!what.file.empty() && node.Mark().line >= 0)
      screen_file_value(what.file, node, path, problems);
    else // typed at a prompt
      hours::check_storable(path, node.Scalar(), Location{.file = {}, .line = 0, .column = 0, .flag = path}, problems);
  }
}

} // namespace

void screen_flag_text(const std::string& flag, const std::string& value, Diagnostics& problems) {
  hours::check_storable(flag, value, Location{.file = {}, .line = 0, .column = 0, .flag = flag}, problems);
  if (privacy::contains_cpr(value))
    problems.add(Problem{.where = {.file = {}, .line = 0, .column = 0, .flag = flag}, .rule = rule::cpr_number,
                         .severity = Severity::block, .message = _("holds a value shaped like a CPR number"),
                         .hint = _("remove it: pusterum identifies people by internal ID and the municipality's case number")});
}

void screen_field_texts(const FieldsToScreen& what, Diagnostics& problems) { screen_node(what, what.fields, "", problems); }

} // namespace pusterum::app
