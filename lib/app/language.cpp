#include "app/language.hpp"

#include "store/read.hpp"
#include "store/tree.hpp"
#include "util/fs.hpp"
#include "util/i18n.hpp"

namespace pusterum::app {

namespace {

std::optional<std::string> language_of_tree(const std::optional<std::string>& root) {
  try {
    const auto file = store::Tree::find_root(root) / "pusterum.yaml";
    const auto text = fs::read_file_if_present(file);
    if (!text) return std::nullopt;
    const auto provider = store::read_provider(*text, file.string());
    if (!provider.value || !provider.positions.contains("language")) return std::nullopt;
    return std::string(name_of(provider.value->language));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

} // namespace

std::string choose_language(const std::optional<std::string>& flag, const std::optional<std::string>& root) {
  if (flag == "da" || flag == "en") return *flag;
  if (auto of_tree = language_of_tree(root)) return *of_tree;
  return i18n::language_of_environment();
}

} // namespace pusterum::app
