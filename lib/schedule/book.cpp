#include "schedule/book.hpp"

#include "schedule/plan_codec.hpp"
#include "store/binary.hpp"
#include "util/fs.hpp"

#include <set>

namespace pusterum::schedule {

namespace {

// The plan of a case whose plan file exists, from the cache when its bytes are unchanged.
store::Loaded<Plan> load_plan(const store::Tree& tree, const std::string& id, store::ReadCache& cache) {
  const std::string text = tree.read_text(plan_path(tree, id));
  const std::string key = "cases/" + id + "/schedule.yaml";
  const uint64_t hash = store::content_hash(text);
  if (auto bytes = cache.bytes(key, hash)) {
    try {
      return decode_plan(*bytes);
    } catch (const store::CodecError&) {
      // not what encode_plan writes: read the file again
    }
  }
  auto loaded = read_plan(text, tree.relative(plan_path(tree, id)));
  if (loaded.value && loaded.problems.empty())
    cache.keep(key, hash, encode_plan(loaded));
  else
    cache.forget(key);
  return loaded;
}

} // namespace

Book read_book(const store::Tree& tree, store::ReadCache& cache) {
  Book book;
  for (const auto& id : tree.case_ids()) {
    if (!fs::is_readable_file(plan_path(tree, id)) || !fs::is_readable_file(tree.case_file(id))) continue;
    std::optional<Case> c = cache.case_file(id, tree.read_text(tree.case_file(id)));
    if (!c) { // not cached: it has problems, which are reported as the file is read
      auto loaded = tree.load_case(id);
      book.problems.append(loaded.problems);
      if (loaded.ok()) c = std::move(*loaded.value);
    }
    auto plan = load_plan(tree, id, cache);
    book.problems.append(plan.problems);
    if (!c || !plan.ok()) continue;
    book.cases.push_back(std::move(*c));
    book.plans.push_back(std::move(plan));
  }
  return book;
}

Book read_book(const store::Tree& tree) {
  store::ReadCache cache(tree);
  Book book = read_book(tree, cache);
  cache.save();
  return book;
}

std::map<std::string, Staff, std::less<>> read_all_staff(const store::Tree& tree, Diagnostics& problems, store::ReadCache& cache) {
  std::map<std::string, Staff, std::less<>> staff;
  for (const auto& id : tree.staff_ids()) {
    if (auto s = cache.staff(id, tree.read_text(tree.staff_file(id)))) {
      staff.emplace(id, std::move(*s));
      continue;
    }
    auto s = tree.load_staff(id);
    problems.append(s.problems);
    if (s.value) staff.emplace(id, std::move(*s.value));
  }
  return staff;
}

std::map<std::string, Staff, std::less<>> read_all_staff(const store::Tree& tree, Diagnostics& problems) {
  store::ReadCache cache(tree);
  auto staff = read_all_staff(tree, problems, cache);
  cache.save();
  return staff;
}

std::vector<CasePlan> expand_book(const Book& book, const Zone& zone, Date first, Date last) {
  std::vector<CasePlan> out;
  out.reserve(book.cases.size());
  for (size_t i = 0; i < book.cases.size(); ++i) {
    const auto& loaded = book.plans[i];
    const auto [from, to] = days_to_expand(book.cases[i], first, last);
    out.push_back(CasePlan{&book.cases[i], &*loaded.value, loaded.file, &loaded.positions, expand(*loaded.value, book.cases[i], zone, from, to)});
  }
  return out;
}

Book with_plan(Book book, const store::Tree& tree, const Case& c, const Plan& plan) {
  // Read back as written, so findings point at the lines the file will have.
  auto loaded = read_plan(write_plan(plan, c.id), tree.relative(plan_path(tree, c.id)));
  for (size_t i = 0; i < book.cases.size(); ++i) {
    if (book.cases[i].id != c.id) continue;
    book.plans[i] = std::move(loaded);
    return book;
  }
  book.cases.push_back(c);
  book.plans.push_back(std::move(loaded));
  return book;
}

Diagnostics check_book(const Book& book, const std::map<std::string, Staff, std::less<>>& staff, const Provider& provider,
                       const Zone& zone, Date first, Date last, Date today) {
  Diagnostics findings;
  const auto plans = expand_book(book, zone, first, last);
  check_plans(plans, PlanCheck{provider, zone, staff, first, last, today}, findings);
  return findings;
}

Diagnostics new_findings(const Diagnostics& before, const Diagnostics& after) {
  std::set<std::string> known;
  for (const auto& p : before.problems()) known.insert(p.rule + "|" + p.message);
  Diagnostics added;
  for (const auto& p : after.problems())
    if (!known.contains(p.rule + "|" + p.message)) added.add(p);
  return added;
}

} // namespace pusterum::schedule
