#pragma once
// The soft criteria of `pusterum match` and the points each is worth.
// pusterum.yaml may set any of them under `match: weights:`; the others keep
// the defaults of the one table in weights.cpp, which pusterum-match(1) shows.
#include "model/provider.hpp"
#include "store/fields.hpp"
#include "util/diagnostics.hpp"

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum::match {

enum class Criterion {
  base,               // any staff member who meets every hard rule
  continuity,         // the family already knows the person
  shared_interest,    // per special interest the person shares
  wanted_personality, // per personality tag the family asked for
  covered_need,       // per need the person has a competence for, beyond the required ones
  shared_language,    // per language both speak
  preferred_gender,   // the gender the family prefers
  same_postcode,
  nearby_postcode,    // same first two digits, a neighbouring area
  workload,           // scaled by the share of the person's weekly hours still free
};
constexpr size_t criterion_count = 10;

struct CriterionInfo {
  Criterion criterion;
  std::string_view name; // the key in pusterum.yaml and in JSON output
  int default_points;
  std::string_view meaning;
};

std::span<const CriterionInfo> all_criteria();
std::string_view name_of(Criterion criterion);

// The points in force: pusterum.yaml's, else the defaults.
class Weights {
public:
  Weights(); // the defaults
  static Weights of(const Provider& provider);
  int operator[](Criterion c) const { return points_[static_cast<size_t>(c)]; }
  void set(Criterion c, int points) { points_[static_cast<size_t>(c)] = points; }

private:
  std::array<int, criterion_count> points_{};
};

// A weight pusterum.yaml names that is no criterion: ignored by match and
// reported by check, with the nearest name when one is close.
struct UnknownWeight {
  std::string name;
  std::string hint;
};
std::vector<UnknownWeight> unknown_weights(const Provider& provider);

// `pusterum check`: one problem per unknown weight, at its place in the file.
// The rule is unknown-weight, a warning unless pusterum.yaml says otherwise.
void check_weights(const Provider& provider, const std::string& file, const store::Positions& positions,
                   Diagnostics& out);

} // namespace pusterum::match
