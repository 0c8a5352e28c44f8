#include "store/odd_entries.hpp"

#include "rulebook/names.hpp"

#include <algorithm>
#include <filesystem>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::store {

namespace stdfs = std::filesystem;

namespace {

bool named_like_a_file(const std::string& name) {
  return std::ranges::any_of(std::initializer_list<std::string_view>{".yaml", ".yml", ".md", ".log"},
                             [&](std::string_view suffix) { return name.size() > suffix.size() && name.ends_with(suffix); });
}

} // namespace

void report_odd_entries(const Tree& tree, Diagnostics& out) {
  std::error_code ec;
  // A listing's file types come from the folder itself (d_type): the walk
  // costs no stat per file, which a 10,000-case tree would feel.
  auto walk = stdfs::recursive_directory_iterator(tree.root(), stdfs::directory_options::skip_permission_denied, ec);
  for (auto it = stdfs::begin(walk); !ec && it != stdfs::end(walk); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const stdfs::file_status status = it->symlink_status(ec);
    if (ec) break;
    // Lexically: Tree::relative resolves links, and a link is what is named here.
    const std::string where = it->path().lexically_relative(tree.root()).generic_string();
    if (stdfs::is_symlink(status) && where != ".pusterum/schemas") { // examples/ links the repository's schemas, which only editors read
      out.add(Problem{.where = {where, 0, 0, {}}, .rule = rule::symlink, .severity = Severity::block,
                      .message = _("a symbolic link, which pusterum neither reads nor writes through; it is skipped"),
                      .hint = _("replace it with the file or folder it points to, or remove it")});
      continue;
    }
    if (!stdfs::is_directory(status)) continue;
    if (it.depth() == 0 && name == ".git") {
      it.disable_recursion_pending();
      continue;
    }
    if (named_like_a_file(name)) {
      it.disable_recursion_pending();
      out.add(Problem{.where = {where, 0, 0, {}}, .rule = rule::not_a_file, .severity = Severity::block,
                      .message = _("a folder named like a file pusterum reads; it is skipped"),
                      .hint = _("move what it holds elsewhere and remove it")});
    }
  }
}

} // namespace pusterum::store
