#pragma once
// A case names its municipality in free text, and one municipality gets
// written "Aarhus", "aarhus" and "Aarhus Kommune". Whatever groups or
// compares municipalities (billing, the report batch, export, match's area
// rule) goes by the key, so one municipality is one group and one output
// file however its cases spell it.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pusterum {

// "  Aarhus  Kommune " -> "aarhus", "ÆRØ" -> "ærø": case folded (Danish
// letters too), trimmed, runs of whitespace one space, and a trailing
// " kommune" dropped. Hyphens stay: "Høje-Taastrup" is the name as written.
std::string municipality_key(std::string_view name);

// The one spelling to show for a municipality its cases spell in several
// ways: the spelling most of them use, and of equally common ones that of
// the first case by ID, so the choice never depends on the order the cases
// were read or named in.
class MunicipalitySpellings {
public:
  void add(std::string_view spelling, std::string_view case_id);
  // The spelling shown for the municipality `spelling` names; `spelling`
  // itself when it was never added.
  std::string shown(std::string_view spelling) const;

private:
  struct Uses {
    int cases = 0;
    std::string first_case;
  };
  std::map<std::string, std::map<std::string, Uses, std::less<>>, std::less<>> uses_; // key -> spelling -> its cases
};

template <class T>
struct MunicipalityGroup {
  std::string name;     // as most of its items spell it (MunicipalitySpellings)
  std::vector<T> items; // in the order given
};

// `items` grouped by the key of the municipality `name_of(item)` names,
// the groups in key order; `case_of(item)` is the ID of the item's case.
template <class T, class NameOf, class CaseOf>
std::vector<MunicipalityGroup<T>> split_by_municipality(std::vector<T> items, NameOf name_of, CaseOf case_of) {
  MunicipalitySpellings spellings;
  std::map<std::string, MunicipalityGroup<T>> by_key;
  for (T& item : items) {
    std::string name = name_of(item);
    spellings.add(name, case_of(item));
    MunicipalityGroup<T>& group = by_key[municipality_key(name)];
    group.name = std::move(name); // one of its spellings, until all are counted
    group.items.push_back(std::move(item));
  }
  std::vector<MunicipalityGroup<T>> groups;
  for (auto& [key, group] : by_key) {
    group.name = spellings.shown(group.name);
    groups.push_back(std::move(group));
  }
  return groups;
}

} // namespace pusterum
