#pragma once
// One table per enum gives both directions of the enum <-> text mapping,
// so a new value is added in one place.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pusterum {

template <class E>
struct EnumNames; // specialise: static constexpr std::array<std::pair<E, std::string_view>, N> table

template <class E>
std::string_view name_of(E value) {
  for (const auto& [v, name] : EnumNames<E>::table)
    if (v == value) return name;
  return "?";
}

template <class E>
std::optional<E> parse_enum(std::string_view name) {
  for (const auto& [v, n] : EnumNames<E>::table)
    if (n == name) return v;
  return std::nullopt;
}

template <class E>
std::vector<std::string> enum_names() {
  std::vector<std::string> names;
  for (const auto& entry : EnumNames<E>::table) names.emplace_back(entry.second);
  return names;
}

} // namespace pusterum
