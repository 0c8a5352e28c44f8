#pragma once
// Typed, located reading of YAML maps. Every accessor reports a problem with
// file:line:col (or the command-line flag) instead of throwing, so that one
// pass over a file lists all of its problems; unknown keys are reported by
// finish(), so a hand-added key is never silently dropped on the next write.
#include "model/common.hpp"
#include "rulebook/names.hpp"
#include "util/clock.hpp"
#include "util/date.hpp"
#include "util/diagnostics.hpp"
#include "util/rational.hpp"

#include <yaml-cpp/yaml.h>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pusterum::store {

using pusterum::Positions;

struct Source {
  std::string file;                                   // as shown to the user
  Diagnostics* problems = nullptr;
  Positions* positions = nullptr;
  bool cpr_allowed_in_cpr_field = false;
  std::function<std::string(const std::string& path)> flag_of; // set when values came from flags
  Location locate(const YAML::Node& node, const std::string& path) const;
  void report(const YAML::Node& node, const std::string& path, std::string message, std::string hint,
              rules::RuleName rule = rule::schema) const;
};

// Parse YAML text; a syntax error becomes a located problem and nullopt.
// So does nesting deeper than max_yaml_depth and any anchor or alias:
// refused before yaml-cpp builds nodes (deep nesting and alias bombs).
inline constexpr int max_yaml_depth = 64;
std::optional<YAML::Node> parse_yaml(const std::string& text, const Source& source);

class Fields {
public:
  Fields(const Source& source, const YAML::Node& map, std::string path);

  bool valid() const { return valid_; }
  const std::string& path() const { return path_; }
  bool has(const std::string& key) const;

  std::string text(const std::string& key, bool required = false);
  std::optional<int64_t> integer(const std::string& key, bool required, int64_t min, int64_t max);
  std::optional<Rational> decimal(const std::string& key, bool required = false);
  // A decimal the schema bounds: `min` itself allowed unless `above_min`
  // (the schema's exclusiveMinimum), `max` when given.
  struct DecimalBounds {
    Rational min;
    bool above_min = false;
    std::optional<Rational> max;
  };
  std::optional<Rational> decimal(const std::string& key, bool required, const DecimalBounds& bounds);
  std::optional<bool> boolean(const std::string& key, bool required = false);
  std::optional<Date> date(const std::string& key, bool required = false);
  std::optional<int> clock(const std::string& key, bool required = false, bool allow_24 = false);
  std::optional<TimeWindow> window(const std::string& key, bool required = false);
  std::vector<std::string> texts(const std::string& key);
  std::vector<std::string> tags(const std::string& key);   // lowercase slugs
  std::string slug(const std::string& key, bool required = false);

  template <class E>
  std::optional<E> choice(const std::string& key, bool required = false);

  // Calls `each` with the fields of every map in a list of maps.
  void for_each_map(const std::string& key, const std::function<void(Fields&)>& each);
  // The fields of a nested map, or nullopt when absent (reported if required).
  std::optional<Fields> map(const std::string& key, bool required = false);
  // Calls `each` with every scalar of a list, with its path "key[i]".
  void for_each_scalar(const std::string& key,
                       const std::function<void(const YAML::Node&, const std::string& path)>& each);

  // Marks a key as read without reading it (it was reported otherwise).
  void skip(const std::string& key) { asked_.insert(key); }
  std::vector<std::string> keys() const;

  // Reports every key that no accessor asked for.
  void finish();

  const Source& source() const { return source_; }
  void report(const std::string& key, std::string message, std::string hint = {}, rules::RuleName rule = rule::schema) const;

private:
  std::optional<YAML::Node> scalar(const std::string& key, bool required);
  bool from_flags(const std::string& path) const;
  std::optional<YAML::Node> value(const std::string& key, bool required);
  std::string child_path(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }
  void choice_problem(const std::string& key, const std::string& given, const std::vector<std::string>& names);

  Source source_;
  YAML::Node node_;
  std::string path_;
  bool valid_ = true;
  std::set<std::string, std::less<>> asked_;
};

template <class E>
std::optional<E> Fields::choice(const std::string& key, bool required) {
  const auto node = scalar(key, required);
  if (!node) return std::nullopt;
  const std::string given = node->Scalar();
  if (auto value = parse_enum<E>(given)) return value;
  choice_problem(key, given, enum_names<E>());
  return std::nullopt;
}

bool is_slug(std::string_view s, size_t max_length = 64);

} // namespace pusterum::store
