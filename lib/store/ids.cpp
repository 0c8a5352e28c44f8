#include "store/ids.hpp"

#include "store/fields.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <random>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::store {

bool is_case_id(std::string_view id) {
  if (id.size() != 10 || id[4] != '-') return false;
  for (size_t i = 0; i < 4; ++i)
    if (id[i] < '0' || id[i] > '9') return false;
  for (size_t i = 5; i < 10; ++i)
    if (crockford_alphabet.find(id[i]) == std::string_view::npos) return false;
  return true;
}

bool is_staff_id(std::string_view id) {
  const auto allowed = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-'; };
  return !id.empty() && id.size() <= 40 && id.front() != '-' && std::all_of(id.begin(), id.end(), allowed);
}

std::string new_case_id(int year, const std::function<bool(const std::string&)>& taken) {
  std::random_device entropy; // getrandom(): no seed state to share between clones
  std::uniform_int_distribution<size_t> pick(0, crockford_alphabet.size() - 1);
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string id = fmt::format("{:04}-", year);
    for (int i = 0; i < 5; ++i) id += crockford_alphabet[pick(entropy)];
    if (!taken(id)) return id;
  }
  throw Error(Exit::environment, _("could not find a free case ID after 100 tries"));
}

std::string new_staff_id(std::string_view name, const std::function<bool(const std::string&)>& taken) {
  std::string base = text::slugify(name).substr(0, 36);
  while (!base.empty() && base.back() == '-') base.pop_back();
  if (base.empty()) base = "staff";
  if (!taken(base)) return base;
  for (int n = 2;; ++n) {
    const std::string id = fmt::format("{}-{}", base, n);
    if (!taken(id)) return id;
  }
}

} // namespace pusterum::store
