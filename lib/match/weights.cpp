#include "match/weights.hpp"

#include "rulebook/registry.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::match {

namespace {

// The base is worth more than most differences in fit between two staff
// members, so a proposal that matches one more case beats one that fits
// fewer cases a little better. Continuity comes next: one person the child
// knows is the provider's core promise.
constexpr std::array<CriterionInfo, criterion_count> criteria{{
  {Criterion::base, "base", 100, "any staff member who meets every hard rule"},
  {Criterion::continuity, "continuity", 50,
   "the family knows the person: a substitute or earlier staff on this case, or staff on a sibling's case"},
  {Criterion::shared_interest, "shared_interest", 10, "per special interest of the child the person shares"},
  {Criterion::wanted_personality, "wanted_personality", 8, "per personality tag the family asked for that the person has"},
  {Criterion::covered_need, "covered_need", 6, "per need of the child the person has a competence for, beyond the required ones"},
  {Criterion::shared_language, "shared_language", 5, "per language of the child the person speaks"},
  {Criterion::preferred_gender, "preferred_gender", 10, "the person's gender is the one the family prefers"},
  {Criterion::same_postcode, "same_postcode", 15, "the person lives in the family's postcode"},
  {Criterion::nearby_postcode, "nearby_postcode", 8, "the person's postcode shares its first two digits with the family's"},
  {Criterion::workload, "workload", 10, "up to this many, by the share of the person's weekly hours still free"},
}};

} // namespace

std::span<const CriterionInfo> all_criteria() { return criteria; }

std::string_view name_of(Criterion criterion) { return criteria[static_cast<size_t>(criterion)].name; }

Weights::Weights() {
  for (const auto& c : criteria) points_[static_cast<size_t>(c.criterion)] = c.default_points;
}

Weights Weights::of(const Provider& provider) {
  Weights w;
  for (const auto& c : criteria)
    if (auto it = provider.match_weights.find(c.name); it != provider.match_weights.end()) w.set(c.criterion, it->second);
  return w;
}

std::vector<UnknownWeight> unknown_weights(const Provider& provider) {
  std::vector<std::string> names;
  for (const auto& c : criteria) names.emplace_back(c.name);
  std::vector<UnknownWeight> out;
  for (const auto& [name, points] : provider.match_weights) {
    if (std::find(names.begin(), names.end(), name) != names.end()) continue;
    const auto near = text::closest(name, names);
    out.push_back({name, near ? fmt::format(fmt::runtime(_("did you mean '{}'?")), *near) : "pusterum-match(1) lists the criteria"});
  }
  return out;
}

void check_weights(const Provider& provider, const std::string& file, const store::Positions& positions, Diagnostics& out) {
  // A typo in a weight is a warning by default: the weight is ignored and
  // matching still works. pusterum.yaml's `rules:` decides, as for every rule.
  const Severity severity = rules::severity_of(provider, rule::unknown_weight);
  if (severity == Severity::off) return;
  for (const auto& unknown : unknown_weights(provider)) {
    const std::string path = "match.weights." + unknown.name;
    const auto it = positions.find(path);
    out.add(Problem{.where = it != positions.end() ? it->second : Location{file, 0, 0, {}},
                    .rule = rule::unknown_weight, .severity = severity,
                    .message = fmt::format(fmt::runtime(_("there is no match criterion '{}'; its points are ignored")), unknown.name),
                    .hint = unknown.hint});
  }
}

} // namespace pusterum::match
