#include "match/roster.hpp"

#include "util/fs.hpp"

#include <algorithm>

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

// A case file already read; a file with problems is skipped and named.
void add_case(const store::Tree& tree, store::ReadCache& cache, const std::string& id, const std::string& text, Roster& roster) {
  if (auto c = cache.case_file(id, text))
    roster.cases.push_back(std::move(*c));
  else
    roster.unreadable.push_back(tree.relative(tree.case_file(id)));
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
  for (const auto& id : tree.case_ids()) {
    if (id == case_id) {
      roster.cases.push_back(target);
      continue;
    }
    if (!fs::is_readable_file(tree.case_file(id))) continue; // `check` reports the empty folder
    const std::string text = tree.read_text(tree.case_file(id));
    const bool sibling = std::find(siblings.begin(), siblings.end(), id) != siblings.end();
    const auto status = peek_status(text);
    if (!sibling && status && !holds_staff(*status)) continue;
    add_case(tree, cache, id, text, roster);
  }
  return roster;
}

Roster load_all(const store::Tree& tree, store::ReadCache& cache) {
  Roster roster;
  load_staff(tree, cache, roster);
  for (const auto& id : tree.case_ids()) {
    if (!fs::is_readable_file(tree.case_file(id))) continue;
    add_case(tree, cache, id, tree.read_text(tree.case_file(id)), roster);
  }
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
