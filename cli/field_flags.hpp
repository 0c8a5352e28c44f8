#pragma once
// Command-line flags that set fields of a file ("--grant-start" sets
// grant.start). The values are merged into a YAML node and read by the same
// reader as the files, so flags and files are checked by one set of rules,
// and a problem names the flag the value came from.
#include "util/date.hpp"

#include <CLI/CLI.hpp>
#include <yaml-cpp/yaml.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace pusterum::cli {

enum class FlagKind {
  text,         // --municipality Aarhus
  date,         // --grant-start 1-1-2027 or "i dag", written as 2027-01-01 (what parse_typed_date or parse_day_word reads)
  number,       // --max-hours 20,5, written as 20.5 (a decimal comma, as typed in Denmark)
  list,         // --need autism --need anxiety (or --need autism,anxiety)
  yes_no,       // --overnight / --no-overnight
  availability, // --available "tue 14:00-20:00" -> {day, from, to}
  absence,      // --absence "2026-07-06..2026-07-26 ferie", added to those there are
};

struct FieldFlag {
  const char* flag; // "--grant-start"
  const char* path; // "grant.start"
  FlagKind kind;
  const char* help;
};

class FieldFlags {
public:
  FieldFlags(CLI::App* command, std::vector<FieldFlag> flags);

  bool any_given() const { return !given_.empty(); }
  bool given(const std::string& path) const { return given_.contains(path); }
  // Writes every given value into `node` at its path (lists replace lists);
  // `today` for a date flag given as a day word ("i dag").
  void apply(YAML::Node& node, const std::function<Date()>& today) const;
  // The flag for a field path: for Source::flag_of. With `only_given`, paths
  // not set by a flag map to "" so their problems point into the file.
  std::function<std::string(const std::string&)> flag_of(bool only_given) const;

private:
  std::vector<FieldFlag> flags_;
  std::map<std::string, std::vector<std::string>> values_; // path -> raw values
  std::set<std::string> given_;
};

// Sets node[a][b][c] for the path "a.b.c", creating maps on the way.
void set_path(YAML::Node& node, const std::string& path, const YAML::Node& value);
YAML::Node get_path(const YAML::Node& node, const std::string& path);

} // namespace pusterum::cli
