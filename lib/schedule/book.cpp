#include "schedule/book.hpp"

#include "util/fs.hpp"

#include <fmt/format.h>

#include <cstring>

#include <set>

namespace pusterum::schedule {

namespace {

// A plan file read without problems, as the read cache keeps it: the plan
// and where each field was read, so findings still point at their lines.
// The tag holds the sizes of the structs, so a changed model drops old entries.
constexpr int plan_codec_version = 1;

std::string plan_tag() {
  return fmt::format("plan {} {} {} {} {}\n", plan_codec_version, sizeof(PlannedVisit), sizeof(Change), sizeof(Pattern), sizeof(Location));
}

struct Out {
  std::string bytes;
  void num(int64_t v) { bytes.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void text(const std::string& v) {
    num(static_cast<int64_t>(v.size()));
    bytes += v;
  }
  void opt(const std::optional<int>& v) {
    num(v ? 1 : 0);
    num(v.value_or(0));
  }
};

struct In {
  std::string_view bytes;
  bool bad = false;
  int64_t num() {
    int64_t v = 0;
    if (bytes.size() < sizeof v) {
      bad = true;
      return 0;
    }
    std::memcpy(&v, bytes.data(), sizeof v);
    bytes.remove_prefix(sizeof v);
    return v;
  }
  int count() {
    const int64_t n = num();
    if (n < 0 || static_cast<uint64_t>(n) > bytes.size()) bad = true;
    return bad ? 0 : static_cast<int>(n);
  }
  std::string text() {
    const int n = count();
    std::string v(bytes.substr(0, n));
    bytes.remove_prefix(n);
    return v;
  }
  std::optional<int> opt() {
    const bool set = num() != 0;
    const auto v = static_cast<int>(num());
    return set ? std::optional<int>(v) : std::nullopt;
  }
  Date date() { return Date::from_days(static_cast<int32_t>(num())); }
};

void put(Out& o, const Pattern& p) {
  for (int64_t v : {int64_t(p.repeat), int64_t(p.every_weeks), int64_t(p.nth), int64_t(p.day), int64_t(p.date.days()),
                    int64_t(p.start_minute), int64_t(p.end_days), int64_t(p.end_minute)})
    o.num(v);
  o.opt(p.start_offset);
  o.opt(p.end_offset);
}

Pattern get_pattern(In& in) {
  Pattern p;
  p.repeat = static_cast<Pattern::Repeat>(in.num());
  p.every_weeks = static_cast<int>(in.num());
  p.nth = static_cast<int>(in.num());
  p.day = static_cast<Weekday>(in.num());
  p.date = in.date();
  p.start_minute = static_cast<int>(in.num());
  p.end_days = static_cast<int>(in.num());
  p.end_minute = static_cast<int>(in.num());
  p.start_offset = in.opt();
  p.end_offset = in.opt();
  return p;
}

std::string encode_plan(const store::Loaded<Plan>& loaded) {
  Out o;
  o.bytes = plan_tag();
  o.text(loaded.file);
  const Plan& plan = *loaded.value;
  o.num(static_cast<int64_t>(plan.visits.size()));
  for (const auto& v : plan.visits) {
    o.text(v.id);
    put(o, v.when);
    o.num(v.from.days());
    o.opt(v.until ? std::optional<int>(v.until->days()) : std::nullopt);
    o.num(static_cast<int64_t>(v.kind));
    o.text(v.staff);
    o.text(v.note);
  }
  o.num(static_cast<int64_t>(plan.changes.size()));
  for (const auto& c : plan.changes) {
    o.text(c.visit);
    o.num(c.date.days());
    o.num(static_cast<int64_t>(c.kind));
    o.opt(c.by ? std::optional<int>(static_cast<int>(*c.by)) : std::nullopt);
    o.num(c.to ? 1 : 0);
    if (c.to) put(o, *c.to);
    o.text(c.staff);
    o.text(c.reason);
  }
  o.num(static_cast<int64_t>(loaded.positions.size()));
  for (const auto& [path, at] : loaded.positions) {
    o.text(path);
    o.text(at.file);
    o.num(at.line);
    o.num(at.column);
    o.text(at.flag);
  }
  return std::move(o.bytes);
}

std::optional<store::Loaded<Plan>> decode_plan(std::string_view bytes) {
  const std::string tag = plan_tag();
  if (!bytes.starts_with(tag)) return std::nullopt;
  In in{bytes.substr(tag.size())};
  store::Loaded<Plan> loaded;
  loaded.file = in.text();
  Plan plan;
  for (int i = 0, n = in.count(); i < n && !in.bad; ++i) {
    PlannedVisit v;
    v.id = in.text();
    v.when = get_pattern(in);
    v.from = in.date();
    if (auto until = in.opt()) v.until = Date::from_days(*until);
    v.kind = static_cast<hours::Kind>(in.num());
    v.staff = in.text();
    v.note = in.text();
    plan.visits.push_back(std::move(v));
  }
  for (int i = 0, n = in.count(); i < n && !in.bad; ++i) {
    Change c;
    c.visit = in.text();
    c.date = in.date();
    c.kind = static_cast<ChangeKind>(in.num());
    if (auto by = in.opt()) c.by = static_cast<hours::CancelledBy>(*by);
    if (in.num() != 0) c.to = get_pattern(in);
    c.staff = in.text();
    c.reason = in.text();
    plan.changes.push_back(std::move(c));
  }
  for (int i = 0, n = in.count(); i < n && !in.bad; ++i) {
    std::string path = in.text();
    Location at;
    at.file = in.text();
    at.line = static_cast<int>(in.num());
    at.column = static_cast<int>(in.num());
    at.flag = in.text();
    loaded.positions.emplace(std::move(path), std::move(at));
  }
  if (in.bad || !in.bytes.empty()) return std::nullopt;
  loaded.value = std::move(plan);
  return loaded;
}

// The plan of a case whose plan file exists, from the cache when its bytes are unchanged.
store::Loaded<Plan> load_plan(const store::Tree& tree, const std::string& id, store::ReadCache& cache) {
  const std::string text = tree.read_text(plan_path(tree, id));
  const std::string key = "cases/" + id + "/schedule.yaml";
  const uint64_t hash = store::content_hash(text);
  if (auto bytes = cache.bytes(key, hash))
    if (auto loaded = decode_plan(*bytes)) return std::move(*loaded);
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
