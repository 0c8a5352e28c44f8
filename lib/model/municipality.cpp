#include "model/municipality.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace pusterum {

std::string municipality_key(std::string_view name) {
  std::string key = text::fold_case(text::fold_spaces(name));
  constexpr std::string_view suffix = " kommune";
  if (key.size() > suffix.size() && key.ends_with(suffix)) key.resize(key.size() - suffix.size());
  return key;
}

void MunicipalitySpellings::add(std::string_view spelling, std::string_view case_id) {
  Uses& uses = uses_[municipality_key(spelling)][std::string(spelling)];
  if (uses.cases++ == 0 || case_id < uses.first_case) uses.first_case = std::string(case_id);
}

std::string MunicipalitySpellings::shown(std::string_view spelling) const {
  const auto found = uses_.find(municipality_key(spelling));
  if (found == uses_.end()) return std::string(spelling);
  const auto less_preferred = [](const auto& a, const auto& b) {
    return a.second.cases != b.second.cases ? a.second.cases < b.second.cases : a.second.first_case > b.second.first_case;
  };
  return std::max_element(found->second.begin(), found->second.end(), less_preferred)->first;
}

} // namespace pusterum
