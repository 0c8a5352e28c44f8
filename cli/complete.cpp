// `pusterum __complete WORD... CURRENT`: the candidates for the word being
// typed, one per line, for the bash, zsh and fish scripts in completions/.
// One source for all three shells, like cobra and clap: the commands and
// options come from the same CLI11 declarations as --help, and case and
// staff IDs from the tree's folder and file names (no file is parsed).
#include "complete.hpp"

#include "store/tree.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <optional>

namespace pusterum::cli {

namespace {

const CLI::Option* option_named(const CLI::App& level, const std::string& word) {
  for (const CLI::App* scope = &level; scope; scope = scope->get_parent())
    if (const CLI::Option* opt = scope->get_option_no_throw(word)) return opt;
  return nullptr;
}

CLI::App* subcommand_named(CLI::App& level, const std::string& word) {
  for (CLI::App* sub : level.get_subcommands([](CLI::App*) { return true; }))
    if (sub->get_name() == word) return sub;
  return nullptr;
}

std::optional<store::Tree> tree_for(const std::optional<std::string>& root) {
  try {
    return store::Tree(store::Tree::find_root(root));
  } catch (...) {
    return std::nullopt;
  }
}

// Case IDs match as on the command line: by prefix, or after the year, in any letter case.
bool case_matches(const std::string& id, const std::string& typed) {
  const std::string upper = text::to_upper_ascii(typed);
  return id.starts_with(upper) || (id.size() > 5 && std::string_view(id).substr(5).starts_with(upper));
}

// Values for an option, when pusterum knows them; none means files (the shells' default).
std::vector<std::string> option_values(const CLI::Option& opt, const std::optional<store::Tree>& tree) {
  const std::string name = opt.get_lnames().empty() ? "" : opt.get_lnames().front();
  if (name == "staff" || name == "assign" || name == "substitute") return tree ? tree->staff_ids() : std::vector<std::string>{};
  if (name == "kind") return {"visit", "overnight", "meeting", "cancelled"};
  if (name == "by" || name == "cancelled-by") return {"family", "provider", "illness"};
  if (name == "language") return {"da", "en"};
  if (name == "status") {
    std::vector<std::string> names;
    for (const auto& [value, text] : EnumNames<CaseStatus>::table) names.emplace_back(text);
    return names;
  }
  // An option with a fixed set of values (CLI::IsMember) names them in its type: "TEXT:{text,json}".
  const std::string type = opt.get_type_name();
  const size_t open = type.find(":{"), close = type.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return {};
  return text::split(type.substr(open + 2, close - open - 2), ',');
}

} // namespace

int complete(CLI::App& app, const std::vector<std::string>& words) {
  const std::string current = words.empty() ? "" : words.back();
  CLI::App* level = &app;
  std::optional<std::string> root;
  const CLI::Option* wants_value = nullptr; // the option the current word is the value of
  size_t filled = 0;                         // positional words given at this level
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string& word = words[i];
    wants_value = nullptr;
    if (word.starts_with("-") && word.find('=') == std::string::npos) {
      const CLI::Option* opt = option_named(*level, word);
      if (opt && opt->get_expected_min() > 0) {
        if (i + 2 == words.size()) {
          wants_value = opt;
          break;
        }
        if (word == "-C" || word == "--root") root = words[i + 1];
        ++i;
      }
      continue;
    }
    if (CLI::App* sub = subcommand_named(*level, word)) {
      level = sub;
      filled = 0;
    } else {
      ++filled;
    }
  }
  if (!root)
    if (const char* env = std::getenv("PUSTERUM_ROOT"); env && *env) root = env;
  const auto tree = tree_for(root);
  std::vector<std::string> out;
  auto offer = [&](const std::string& candidate) {
    const std::string c(text::trim(candidate));
    if (!c.empty() && c.starts_with(current) && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  };
  if (wants_value) {
    for (const auto& v : option_values(*wants_value, tree)) offer(v);
  } else if (current.starts_with("-")) {
    for (const CLI::App* scope = level; scope; scope = scope->get_parent()) {
      for (const CLI::Option* opt : scope->get_options())
        for (const auto& long_name : opt->get_lnames()) offer("--" + long_name);
      if (scope == &app) offer("-C");
      if (scope != &app) break; // the parent's options other than -C belong before the command
    }
  } else {
    for (CLI::App* sub : level->get_subcommands([](CLI::App*) { return true; }))
      if (!sub->get_group().empty()) offer(sub->get_name());
    size_t position = 0;
    for (const CLI::Option* opt : level->get_options()) {
      if (!opt->get_positional() || !tree) continue;
      const bool many = opt->get_expected_max() > 1;
      if (position++ < filled && !many) continue; // already given (`schedule CASE add`: not a second case)
      const std::string name = opt->get_name();
      if (name == "CASE" || name == "CASES") {
        for (const auto& id : tree->case_ids())
          if (case_matches(id, current) && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
      } else if (name == "ID" && level->get_parent() && level->get_parent()->get_name() == "staff") {
        for (const auto& id : tree->staff_ids()) offer(id);
      }
    }
  }
  for (const auto& c : out) std::cout << c << "\n";
  return 0;
}

} // namespace pusterum::cli
