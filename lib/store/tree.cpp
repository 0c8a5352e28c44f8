#include "store/tree.hpp"

#include "privacy/cpr.hpp"
#include "rulebook/names.hpp"
#include "store/access.hpp"
#include "store/ids.hpp"
#include "store/write.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

#include <algorithm>
#include <cstdlib>
#include <unistd.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::store {

namespace stdfs = std::filesystem;

namespace {

std::vector<std::string> list_names(const stdfs::path& dir, bool folders, std::string_view suffix) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : stdfs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with(".")) continue; // temporary files and folders of writers
    if (folders && entry.is_directory()) names.push_back(name);
    if (!folders && entry.is_regular_file() && name.ends_with(suffix))
      names.push_back(name.substr(0, name.size() - suffix.size()));
  }
  std::sort(names.begin(), names.end());
  return names;
}

// `folded`: the given text folded the way an ID was made from a name (a
// staff ID is a slug: "Søren" is typed for soeren-moelgaard). The text as
// given still counts: a hand-written ID may hold what no slug has ("a--b").
// A folded name also finds an ID by a later word of it, so a surname
// ("Mølgaard") is enough; every ID it could mean is a candidate.
bool starts_a_later_word(std::string_view id, std::string_view folded) {
  for (size_t dash = id.find('-'); dash != std::string_view::npos; dash = id.find('-', dash + 1))
    if (id.substr(dash + 1).starts_with(folded)) return true;
  return false;
}

// What resolve() says, worded for the kind of ID.
struct Wording {
  const char* none_given;
  const char* cpr_shaped;
  const char* no_match;  // '{}': what was given
  const char* many;      // '{}' matches {} ...: {}
  const char* type_more;
  std::string_view list_command;
};

std::string resolve(std::string_view given, const std::vector<std::string>& ids, const Wording& say, bool match_after_year,
                    const std::string& folded = {}) {
  const std::string wanted = match_after_year ? text::to_upper_ascii(given) : text::to_lower_ascii(given);
  if (wanted.empty()) throw Error(Exit::usage, say.none_given);
  std::vector<std::string> hits;
  for (const auto& id : ids) {
    if (id == wanted || (!folded.empty() && id == folded)) return id;
    const bool by_prefix = id.starts_with(wanted) || (!folded.empty() && (id.starts_with(folded) || starts_a_later_word(id, folded)));
    const bool by_tail = match_after_year && id.size() > 5 && std::string_view(id).substr(5).starts_with(wanted);
    if (by_prefix || by_tail) hits.push_back(id);
  }
  if (hits.size() == 1) return hits.front();
  if (hits.empty() && privacy::contains_cpr(given)) throw Error(Exit::usage, say.cpr_shaped, _("pusterum never uses CPR numbers as IDs"));
  if (hits.empty())
    throw Error(Exit::usage, fmt::format(fmt::runtime(say.no_match), given),
                fmt::format(fmt::runtime(_("`pusterum {}` lists them")), say.list_command));
  const std::vector<std::string> shown(hits.begin(), hits.begin() + std::min<size_t>(hits.size(), 8));
  throw Error(Exit::usage, fmt::format(fmt::runtime(say.many), given, hits.size(), text::join(shown, ", ")), say.type_more);
}

} // namespace

stdfs::path Tree::find_root(const std::optional<std::string>& explicit_root) {
  auto check = [](const stdfs::path& root, std::string_view from) {
    if (!stdfs::exists(root / "pusterum.yaml"))
      throw Error(Exit::environment, fmt::format(fmt::runtime(_("{} ({}) holds no pusterum.yaml")), root.string(), from),
                  _("give the provider folder, or create one with `pusterum init DIR`"));
    return root;
  };
  if (explicit_root) return check(stdfs::path(*explicit_root), "--root");
  if (const char* env = std::getenv("PUSTERUM_ROOT"); env && *env) return check(stdfs::path(env), "PUSTERUM_ROOT");
  std::error_code ec;
  for (stdfs::path dir = stdfs::current_path(ec); !dir.empty(); dir = dir.parent_path()) {
    if (stdfs::exists(dir / "pusterum.yaml", ec)) return dir;
    if (dir == dir.parent_path()) break;
  }
  throw Error(Exit::environment, _("not inside a pusterum provider folder (no pusterum.yaml here or above)"),
              _("cd into one, pass -C DIR, set PUSTERUM_ROOT, or create one with `pusterum init DIR`"));
}

// One spelling of the root for the whole run, however it was given (-C rel,
// PUSTERUM_ROOT=./x/.., a subfolder): every path is built from it, so the
// lock, the write journal and git all name the same files the same way.
Tree::Tree(const stdfs::path& root)
  : root_(fs::canonical_path(root)), confined_(std::make_unique<fs::Confinement>(root_)), reads_(std::make_unique<ReadJournal>()) {}

std::optional<std::string> Tree::read_text_if_present(const stdfs::path& path) const {
  try {
    auto text = fs::read_file_if_present(path);
    if (text) reads_->note_path(root_, path); // for the access log: which cases this command looked at
    return text;
  } catch (const Error& e) {
    // Name the file as the user knows it in the tree, not by an absolute path.
    const std::string message = e.what();
    const std::string full = path.string();
    const size_t at = message.find(full);
    throw Error(e.code(), at == std::string::npos ? message : message.substr(0, at) + relative(path) + message.substr(at + full.size()),
                e.hint().empty() ? "restore it from git (`git checkout -- FILE`) or run `pusterum check`" : e.hint());
  }
}

std::string Tree::read_text(const stdfs::path& path) const {
  if (auto text = read_text_if_present(path)) return std::move(*text);
  errno = ENOENT;
  throw Error(Exit::environment, fmt::format(fmt::runtime(_("{}: cannot read: {}")), relative(path), std::strerror(errno)),
              _("restore it from git (`git checkout -- FILE`) or run `pusterum check`"));
}

std::string Tree::relative(const stdfs::path& path) const {
  // Nearly every path is built as root_ / ...: cut the prefix, and leave
  // stdfs::relative (which asks the file system for each part) to the rest.
  const std::string& root = root_.native();
  const std::string& full = path.native();
  if (!root.empty() && full.size() > root.size() + 1 && full.starts_with(root) && full[root.size()] == '/' &&
      full.find("/.", root.size()) == std::string::npos)
    return full.substr(root.size() + 1);
  std::error_code ec;
  const auto rel = stdfs::relative(path, root_, ec);
  return ec || rel.empty() ? path.string() : rel.string();
}

Loaded<Provider> Tree::load_provider() const {
  return read_provider(read_text(provider_file()), relative(provider_file()));
}

const Provider& Tree::provider() const {
  if (!provider_) provider_ = std::make_unique<Provider>(require(load_provider()));
  return *provider_;
}

std::vector<std::string> Tree::case_ids() const { return list_names(root_ / "cases", true, ""); }
std::vector<std::string> Tree::staff_ids() const { return list_names(root_ / "staff", false, ".yaml"); }
// A reference reaches a file only when it is shaped like an ID: a path such
// as "../staff/kasper-holm" or "/tmp/x" names no entity, even where it
// happens to lead to one's file.
bool Tree::has_case(const std::string& id) const { return is_case_id(id) && stdfs::exists(case_dir(id)); }
bool Tree::has_staff(const std::string& id) const { return is_staff_id(id) && stdfs::exists(staff_file(id)); }

std::string Tree::resolve_case(std::string_view prefix) const {
  const Wording say{_("no case ID given"), _("no case matches what was given, which is shaped like a CPR number"),
                    _("no case matches '{}'"), _("'{}' matches {} cases: {}"), _("type more of the ID"), "case list"};
  return resolve(prefix, case_ids(), say, true);
}

std::string Tree::resolve_staff(std::string_view prefix) const {
  // Folded as a name is ("Søren" -> soeren), never a path: "./fatima-ali"
  // slugs to an ID, and a path must not pass for one.
  const bool path_like = prefix.starts_with('.') || prefix.find_first_of("/\\") != std::string_view::npos;
  const Wording say{_("no staff ID given"), _("no staff member matches what was given, which is shaped like a CPR number"),
                    _("no staff member matches '{}'"), _("'{}' matches {} staff members: {}"), _("type more of the name or the ID"),
                    "staff list"};
  return resolve(prefix, staff_ids(), say, false, path_like ? std::string() : text::slugify(prefix));
}

// Writers save to the path the id names: never let that be another entity's file.
// `message` is worded for the kind of path: '{}' the id found, '{}' the ID the path names.
template <class T>
Loaded<T> with_id_checked(Loaded<T> loaded, const std::string& id, const char* message, const char* hint) {
  if (!loaded.value || loaded.value->id.empty() || loaded.value->id == id) return loaded;
  const auto it = loaded.positions.find("id");
  loaded.problems.add(Problem{.where = it != loaded.positions.end() ? it->second : Location{loaded.file, 0, 0, {}},
                              .rule = rule::id_matches_path, .severity = Severity::block,
                              .message = fmt::format(fmt::runtime(message), loaded.value->id, id), .hint = hint});
  return loaded;
}

Loaded<Case> Tree::load_case(const std::string& id) const {
  return with_id_checked(read_case(read_text(case_file(id)), relative(case_file(id)), provider()), id,
                         _("the id '{}' differs from the folder name '{}'"), _("rename the folder or fix the id"));
}

Loaded<Staff> Tree::load_staff(const std::string& id) const {
  return with_id_checked(read_staff(read_text(staff_file(id)), relative(staff_file(id))), id,
                         _("the id '{}' differs from the file name '{}.yaml'"), _("rename the file or fix the id"));
}

Case Tree::require_case(const std::string& id) const { return require(load_case(id)); }
Staff Tree::require_staff(const std::string& id) const { return require(load_staff(id)); }

void Tree::save_case(const Case& c) const { fs::write_file_atomic(case_file(c.id), write_case(c)); }

void Tree::create_case(const Case& c) const {
  fs::remove_leftovers(root_ / "cases", ".new-"); // an intake killed halfway
  const stdfs::path staging = root_ / "cases" / fmt::format(".new-{}.{}", c.id, ::getpid());
  fs::create_private_dirs(staging);
  fs::write_file_atomic(staging / "case.yaml", write_case(c));
  fs::publish_dir(staging, case_dir(c.id));
}

void Tree::save_staff(const Staff& s) const {
  fs::create_private_dirs(root_ / "staff");
  fs::write_file_atomic(staff_file(s.id), write_staff(s));
}

fs::FileLock Tree::lock() const {
  fs::create_private_dirs(root_ / ".pusterum");
  return fs::FileLock(root_ / ".pusterum" / "lock", root_);
}

Date Tree::today() const { return today_in_zone(provider().time_zone); }

Date today_in_zone(std::string_view time_zone) {
  return fixed_today().value_or(Date::today_in(time_zone));
}

namespace {

// The exit status says what to fix. Input that is malformed or names an ID
// that does not exist is the command line's when a flag gave it and the
// file's when a file did; any other blocking problem is a rule's refusal.
Exit exit_for(const Problem& p) {
  const bool malformed = p.rule == rule::schema || p.rule == rule::yaml || p.rule == rule::merge_conflict || p.rule == rule::cpr_number ||
                         p.rule == rule::hours_log || p.rule == rule::unknown_staff || p.rule == rule::unknown_sibling;
  if (!malformed) return Exit::findings;
  return p.where.flag.empty() ? Exit::invalid : Exit::usage;
}

} // namespace

[[noreturn]] void throw_problems(const Diagnostics& found) {
  Diagnostics problems = found;
  problems.sort();
  std::vector<std::string> lines;
  Exit code = Exit::findings; // a broken file outweighs a wrong command line, which outweighs a rule
  for (const auto& p : problems.problems()) {
    if (p.severity != Severity::block) continue;
    lines.push_back(p.to_string());
    const Exit mine = exit_for(p);
    if (mine == Exit::invalid || (mine == Exit::usage && code == Exit::findings)) code = mine;
  }
  throw Error(code, text::join(lines, "\n"));
}

} // namespace pusterum::store
