#include "match/roster.hpp"

#include "util/parallel.hpp"

#include <algorithm>
#include <functional>
#include <optional>

namespace pusterum::match {

namespace {

bool holds_staff(CaseStatus s) { return s == CaseStatus::active || s == CaseStatus::paused; }

void load_staff(const store::Tree& tree, store::ReadCache& cache, Roster& roster) {
  for (const auto& id : tree.staff_ids()) {
    if (auto s = cache.staff(id, tree.read_text(tree.staff_file(id))))
      roster.staff.push_back(std::move(*s));
    else
      roster.unreadable.push_back(tree.relative(tree.staff_file(id)));
  }
}

// One case file read through the cache: the case, or a file with problems
// (skipped and named), or neither when it was passed over.
struct CaseRead {
  std::optional<Case> c;
  bool unreadable = false;
};

// The case files of `ids` on every core, in ID order; `wanted` sees each
// file's text first and may pass it over.
std::vector<CaseRead> read_cases(const store::Tree& tree, store::ReadCache& cache, const std::vector<std::string>& ids,
                                 const std::function<bool(const std::string&, std::string_view)>& wanted) {
  std::vector<CaseRead> read(ids.size());
  parallel_for(ids.size(), [&](size_t i) {
    const auto text = tree.read_text_if_present(tree.case_file(ids[i]));
    if (!text || !wanted(ids[i], *text)) return; // `check` reports the empty folder
    read[i].c = cache.case_file(ids[i], *text);
    read[i].unreadable = !read[i].c;
  });
  return read;
}

void add_case(const store::Tree& tree, const std::string& id, CaseRead&& read, Roster& roster) {
  if (read.c) roster.cases.push_back(std::move(*read.c));
  else if (read.unreadable) roster.unreadable.push_back(tree.relative(tree.case_file(id)));
}

} // namespace

const Case* Roster::find_case(std::string_view id) const {
  const auto it = std::lower_bound(cases.begin(), cases.end(), id, [](const Case& c, std::string_view i) { return c.id < i; });
  return it != cases.end() && it->id == id ? &*it : nullptr;
}

std::vector<const Case*> Roster::case_pointers() const {
  std::vector<const Case*> out;
  out.reserve(cases.size());
  for (const auto& c : cases) out.push_back(&c);
  return out;
}

std::vector<const Case*> Roster::siblings_of(const Case& c) const {
  std::vector<const Case*> out;
  for (const auto& id : c.siblings)
    if (const Case* s = find_case(id)) out.push_back(s);
  return out;
}

std::optional<CaseStatus> peek_status(std::string_view text) {
  constexpr std::string_view key = "\nstatus: ";
  const size_t at = text.find(key);
  if (at == std::string_view::npos || text.find(key, at + 1) != std::string_view::npos) return std::nullopt;
  const size_t from = at + key.size();
  const size_t end = text.find('\n', from);
  return parse_enum<CaseStatus>(text.substr(from, end == std::string_view::npos ? end : end - from));
}

Roster load_for_case(const store::Tree& tree, store::ReadCache& cache, const std::string& case_id) {
  Roster roster;
  load_staff(tree, cache, roster);
  const Case target = tree.require_case(case_id);
  const auto& siblings = target.siblings;
  const std::vector<std::string> ids = tree.case_ids();
  auto read = read_cases(tree, cache, ids, [&](const std::string& id, std::string_view text) {
    if (id == case_id) return false; // read above, problems and all
    const bool sibling = std::find(siblings.begin(), siblings.end(), id) != siblings.end();
    const auto status = peek_status(text);
    return sibling || !status || holds_staff(*status);
  });
  for (size_t i = 0; i < ids.size(); ++i) {
    if (ids[i] == case_id) roster.cases.push_back(target);
    else add_case(tree, ids[i], std::move(read[i]), roster);
  }
  return roster;
}

Roster load_all(const store::Tree& tree, store::ReadCache& cache) {
  Roster roster;
  load_staff(tree, cache, roster);
  const std::vector<std::string> ids = tree.case_ids();
  auto read = read_cases(tree, cache, ids, [](const std::string&, std::string_view) { return true; });
  for (size_t i = 0; i < ids.size(); ++i) add_case(tree, ids[i], std::move(read[i]), roster);
  return roster;
}

Context context_of(const store::Tree& tree, const Roster& roster, Date today) {
  Context ctx;
  ctx.today = today;
  ctx.provider = &tree.provider();
  ctx.weights = Weights::of(tree.provider());
  ctx.holdings = holdings_of(roster.case_pointers(), today);
  return ctx;
}

} // namespace pusterum::match
