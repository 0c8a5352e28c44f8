#include "app/log_hours.hpp"

#include "app/refuse.hpp"
#include "grant/arithmetic.hpp"
#include "hours/case_log.hpp"
#include "hours/entry_rules.hpp"
#include "hours/entry_input.hpp"
#include "hours/ledger.hpp"
#include "hours/staff_index.hpp"
#include "hours/timesheet.hpp"
#include "render/lang.hpp"
#include "schedule/compare.hpp"
#include "schedule/plan_file.hpp"
#include "store/intent.hpp"
#include "util/error.hpp"
#include "util/parallel.hpp"
#include "util/text.hpp"
#include "util/typed_input.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::app {

namespace {

using hours::Entry;

// Everything a new entry is checked against besides its own case: the
// person's other entries around that time, in every case.
struct Surroundings {
  std::vector<Entry> staff_entries;
  std::vector<std::string> staff_cases;
};

Surroundings surroundings(const store::Tree& tree, const std::string& case_id, const std::vector<Entry>& case_log,
                          const std::vector<Entry>& entries) {
  std::set<std::string> months, staff;
  for (const auto& e : entries) {
    months.insert(hours::month_of(e.start.local.date));
    months.insert(hours::month_of(add_months(first_of_month(e.start.local.date), -1))); // a stay begun last month
    months.insert(hours::month_of(e.end.local.date));
    staff.insert(e.staff);
  }
  const std::vector<std::string> wanted(months.begin(), months.end());
  // Only the cases whose files for those months name one of the people.
  std::set<std::string> near{case_id};
  const std::vector<std::string> all_ids = tree.case_ids();
  for (const auto& month : wanted)
    for (auto& id : hours::cases_with_staff(tree, all_ids, month, staff)) near.insert(std::move(id));
  const std::vector<std::string> ids(near.begin(), near.end());
  std::vector<std::vector<Entry>> found(ids.size());
  std::vector<Diagnostics> unreadable(ids.size());
  parallel_for(ids.size(), [&](size_t i) {
    // This case's log is already read; the others only for the months around.
    auto read = ids[i] == case_id ? hours::LogRead{} : hours::read_months(tree, ids[i], wanted);
    unreadable[i] = std::move(read.problems);
    auto live = hours::effective(ids[i] == case_id ? case_log : read.entries);
    std::erase_if(live, [&](const Entry& e) { return !staff.contains(e.staff); });
    found[i] = std::move(live);
  });
  // An overlap with a line nobody can read would go unseen: refuse instead.
  Diagnostics problems;
  for (auto& p : unreadable) problems.append(p);
  if (problems.blocking()) store::throw_problems(problems);
  Surroundings s;
  for (size_t i = 0; i < ids.size(); ++i)
    for (auto& e : found[i]) {
      s.staff_entries.push_back(std::move(e));
      s.staff_cases.push_back(ids[i]);
    }
  return s;
}

// A correction that moves an entry to another month also voids the original
// in the original's month file, so each month file tells the whole story of
// the entries that start in it and a quarter's reports read only its months.
// Written in the same change as the correction, so neither is ever alone.
std::optional<Entry> void_moved_original(const Entry& correction, const std::vector<Entry>& log, std::set<std::string>& taken) {
  if (correction.corrects.empty()) return std::nullopt;
  const auto original = std::find_if(log.begin(), log.end(), [&](const Entry& e) { return e.id == correction.corrects; });
  if (original == log.end()) return std::nullopt;
  const std::string month = hours::month_of(original->start.local.date);
  if (month == hours::month_of(correction.start.local.date)) return std::nullopt;
  Entry v;
  v.kind = hours::Kind::void_entry;
  v.voids = original->id;
  v.reason = fmt::format("moved to {} by the correction {}", correction.start.local.date.iso(), correction.id);
  v.logged = correction.logged;
  v.by = correction.by;
  v.id = hours::new_entry_id(taken);
  taken.insert(v.id);
  return v;
}

// Checks `entries` (new ones) against everything, then appends them all or
// none. `locate` says where a field of entry i came from.
// What a change to the log says in a commit: the entries' hours, dates and
// staff IDs ("3.50 h on 2026-11-17 by maja-kristensen"), never their notes.
// A commit message: English whatever the run's language, like every file pusterum writes.
void summarize(Change& change, const std::string& case_id, const std::vector<Entry>& appended) {
  auto one = [](const Entry& e) {
    if (e.kind == hours::Kind::void_entry) return fmt::format("void {}", e.voids);
    std::string what = e.kind == hours::Kind::cancelled
                           ? fmt::format("cancelled visit on {}", e.start.local.date.iso())
                           : fmt::format("{} h {}on {} by {}", e.hours().to_decimal(2),
                                         e.kind == hours::Kind::visit ? "" : std::string(name_of(e.kind)) + " ",
                                         e.start.local.date.iso(), e.staff);
    return e.corrects.empty() ? what : fmt::format("correct {}: {}", e.corrects, what);
  };
  change.about(case_id);
  if (appended.size() <= 2) {
    std::vector<std::string> parts;
    for (const auto& e : appended) parts.push_back(one(e));
    change.summarize(text::join(parts, "; "));
    return;
  }
  Rational total{0};
  Date first = appended.front().start.local.date, last = first;
  for (const auto& e : appended) {
    if (e.uses_grant()) total = total + e.hours();
    first = std::min(first, e.start.local.date);
    last = std::max(last, e.start.local.date);
  }
  constexpr size_t most_lines = 20;
  std::vector<std::string> details;
  for (size_t i = 0; i < appended.size() && i < most_lines; ++i) details.push_back(one(appended[i]));
  if (appended.size() > most_lines) details.push_back(fmt::format("and {} more", appended.size() - most_lines));
  change.summarize(fmt::format("{} entries, {} h from {} to {}", appended.size(), total.to_decimal(2), first.iso(), last.iso()),
                   std::move(details));
}

Logged check_and_append(const Session& session, Change& change, Case c, std::vector<Entry> entries, std::vector<Entry> log,
                        const std::vector<hours::Locate>& locate) {
  const store::Tree& tree = session.tree();
  const Provider& provider = session.provider();
  Surroundings around = surroundings(tree, c.id, log, entries);
  std::set<std::string> taken;
  for (const auto& e : log) taken.insert(e.id);
  std::map<std::string, int> km_by_month;
  std::set<std::string> replaced;
  for (const auto& e : entries) replaced.insert(e.corrects);
  for (const auto& other : hours::effective(log))
    if (other.km && !replaced.contains(other.id)) km_by_month[hours::month_of(other.start.local.date)] += *other.km;
  std::map<std::string, std::optional<Staff>> staff_files;
  Diagnostics problems;
  for (size_t i = 0; i < entries.size(); ++i) {
    Entry& e = entries[i];
    e.id = hours::new_entry_id(taken);
    taken.insert(e.id);
    if (!staff_files.contains(e.staff))
      staff_files[e.staff] = tree.has_staff(e.staff) ? tree.load_staff(e.staff).value : std::nullopt;
    const auto& staff = staff_files[e.staff];
    int& km = km_by_month[hours::month_of(e.start.local.date)];
    const hours::EntryContext context{.c = c, .provider = provider, .staff = staff ? &*staff : nullptr, .now = session.now(),
                                      .staff_entries = around.staff_entries, .staff_cases = around.staff_cases,
                                      .km_this_month = km};
    store::Positions positions;
    for (const char* field : {"case", "staff", "start", "end", "km", "kind"}) positions[field] = locate[i](field);
    rules::Findings findings(provider, problems, "", &positions);
    hours::check_entry(e, context, findings);
    // Later rows of the same timesheet count as already logged.
    around.staff_entries.push_back(e);
    around.staff_cases.push_back(c.id);
    if (e.km) km += *e.km;
    log.push_back(e);
  }
  if (problems.blocking()) refuse(problems);

  std::vector<Entry> voids;
  for (const auto& e : entries)
    if (auto v = void_moved_original(e, log, taken)) voids.push_back(std::move(*v));
  // Every month file the entries and voids go to, as one change.
  std::map<std::string, std::vector<Entry>> by_month;
  for (const auto& e : entries) by_month[hours::month_of(e.start.local.date)].push_back(e);
  for (const auto& v : voids) {
    const auto original = std::find_if(log.begin(), log.end(), [&](const Entry& e) { return e.id == v.voids; });
    by_month[hours::month_of(original->start.local.date)].push_back(v);
  }
  store::AllOrNothing files(tree.root());
  for (const auto& [month, list] : by_month) hours::append_entries(files, hours::month_file(tree, c.id, month), list);
  files.apply();
  std::vector<Entry> appended = entries;
  for (const auto& v : voids) {
    log.insert(log.end() - static_cast<long>(entries.size()), v);
    appended.push_back(v);
  }
  summarize(change, c.id, appended);
  Logged done{.c = std::move(c), .written = std::move(entries), .log = std::move(log), .warnings = {}, .already_logged = {},
              .differs_from_plan = {}};
  for (const auto& p : problems.problems())
    if (p.severity == Severity::warn) done.warnings.add(p);
  return done;
}

Entry stamped(Entry e, const Session& session) {
  e.logged = session.stamp();
  e.by = session.user();
  return e;
}

// Any unique part of a staff ID, as everywhere; an unknown one is left for
// the unknown-staff rule to name.
std::string staff_id(const store::Tree& tree, const std::string& given, const Case& c) {
  if (given.empty() && !c.fixed_staff.empty() && !tree.has_staff(c.fixed_staff)) { // the case file is wrong, not what was typed
    Diagnostics problems;
    problems.add({.where = tree.load_case(c.id).positions.at("fixed_staff"), .rule = "unknown-staff", .severity = Severity::block,
                  .message = fmt::format(fmt::runtime(_("no staff member '{}'")), c.fixed_staff),
                  .hint = _("name who worked (--staff, or a staff column), or fix the case")});
    store::throw_problems(problems);
  }
  if (given.empty()) return c.fixed_staff;
  try {
    return tree.resolve_staff(given);
  } catch (const Error&) {
    return given;
  }
}

// A correction starts from the entry it replaces: only what is given changes.
// A correction to another --date keeps the times of day (and a stay's
// length in days); without --date it keeps the original's exact moments.
hours::EntryInput corrected(hours::EntryInput in, const Entry& original) {
  const auto clock = [](const Moment& m) { return fmt::format("{:02}:{:02}", m.local.minute / 60, m.local.minute % 60); };
  const auto new_day = in.date.empty() ? std::nullopt : parse_typed_date(in.date);
  if (in.date.empty()) in.date = original.start.local.date.iso();
  if (in.start.empty()) in.start = new_day ? clock(original.start) : original.start.iso();
  if (in.end.empty() && in.end_date.empty()) {
    const int32_t days = original.end.local.date - original.start.local.date;
    if (new_day && days > 0) in.end_date = (*new_day + days).iso();
    in.end = new_day ? clock(original.end) : original.end.iso();
  }
  if (in.staff.empty()) in.staff = original.staff;
  if (in.kind.empty()) in.kind = std::string(name_of(original.kind));
  if (in.cancelled_by.empty() && original.cancelled_by && in.kind == "cancelled") in.cancelled_by = name_of(*original.cancelled_by);
  if (in.km.empty() && original.km) in.km = std::to_string(*original.km);
  if (in.route.empty()) in.route = original.route;
  if (in.note.empty()) in.note = original.note;
  return in;
}

std::vector<schedule::Visit> plan_of_day(const Session& session, const Case& c, Date day) {
  const auto plan = schedule::load_plan(session.tree(), c.id);
  const schedule::Plan& p = store::require(plan);
  return schedule::planned_on(schedule::expand(p, c, session.zone(), day, day), day);
}

hours::LogRead readable_log(const store::Tree& tree, const std::string& case_id) {
  auto log = hours::read_case_log(tree, case_id);
  if (log.problems.blocking()) store::throw_problems(log.problems);
  return log;
}

Case case_of(const Session& session, const std::string& given) {
  return session.tree().require_case(session.tree().resolve_case(given));
}

} // namespace

std::string resolve_entry(const std::string& given, const std::vector<Entry>& log) {
  const std::string wanted = text::to_upper_ascii(given);
  std::vector<std::string> hits;
  for (const auto& e : log) {
    if (e.id == wanted) return e.id;
    if (e.id.starts_with(wanted)) hits.push_back(e.id);
  }
  if (hits.size() == 1) return hits.front();
  if (hits.empty()) throw Error(Exit::usage, fmt::format(fmt::runtime(_("no entry '{}' in this case")), given), _("`pusterum log-hours CASE --list --all` lists them"));
  throw Error(Exit::usage, fmt::format(fmt::runtime(_("'{}' matches {} entries")), given, hits.size()), _("type more of the entry ID"));
}

std::string Listing::status_of(const Entry& e) const {
  if (e.kind == hours::Kind::void_entry) return "voids " + e.voids;
  if (auto it = replaced_by.find(e.id); it != replaced_by.end()) return it->second;
  return "";
}

Listing list_entries(const Session& session, const std::string& case_id, std::optional<Date> from, std::optional<Date> to,
                     bool all) {
  Listing l;
  l.c = case_of(session, case_id);
  auto log = hours::read_case_log(session.tree(), l.c.id);
  l.problems = std::move(log.problems);
  l.from = from.value_or(l.c.grant.start);
  l.to = to.value_or(grant::end_of(l.c.grant));
  if (l.to < l.from) throw Error(Exit::usage, fmt::format(fmt::runtime(_("--to {} is before --from {}")), l.to.iso(), l.from.iso()));
  const auto live = hours::effective(log.entries);
  for (const auto& e : live) l.in_effect.insert(e.id);
  for (const auto& e : log.entries) {
    if (e.kind == hours::Kind::void_entry) l.replaced_by.try_emplace(e.voids, "voided by " + e.id); // a correction's own void says less
    if (!e.corrects.empty()) l.replaced_by[e.corrects] = "corrected by " + e.id;
  }
  for (const auto& e : all ? log.entries : live) {
    const Date day = e.kind == hours::Kind::void_entry ? l.from : e.start.local.date;
    if (e.kind == hours::Kind::void_entry ? all : (l.from <= day && day <= l.to)) l.shown.push_back(e);
  }
  for (const auto& e : l.shown)
    if (l.in_effect.contains(e.id) && e.uses_grant()) l.total += e.hours();
  return l;
}

Logged log_entry(const Session& session, const LogRequest& r) {
  Change change(session);
  const store::Tree& tree = session.tree();
  Diagnostics typed;
  hours::check_storable(r.input, r.locate, typed);
  if (typed.blocking()) store::throw_problems(typed);
  const Case c = case_of(session, r.case_id);
  const auto log = readable_log(tree, c.id);
  hours::EntryInput input = r.input;
  for (std::string* day : {&input.date, &input.end_date}) // "i går", when the visit was
    if (const auto offset = parse_day_word(*day)) *day = (session.today() + *offset).iso();
  if (!input.staff.empty()) input.staff = tree.resolve_staff(input.staff); // an unknown --staff is a wrong command line, as everywhere
  std::string replaces;
  if (!r.correct_id.empty()) {
    const auto live = hours::effective(log.entries);
    replaces = resolve_entry(r.correct_id, log.entries);
    const auto it = std::find_if(live.begin(), live.end(), [&](const Entry& e) { return e.id == replaces; });
    if (it == live.end())
      throw Error(Exit::findings, fmt::format(fmt::runtime(_("entry {} is already voided or corrected")), replaces), _("correct the entry that replaced it"));
    input = corrected(input, *it);
  }
  input.staff = staff_id(tree, input.staff, c);
  if (input.staff.empty()) throw Error(Exit::usage, fmt::format(fmt::runtime(_("case {} has no fixed staff member")), c.id), _("give --staff ID"));
  Diagnostics problems;
  auto entry = hours::make_entry(input, session.zone(), r.locate, problems);
  if (!entry) store::throw_problems(problems);
  Entry e = stamped(*entry, session);
  if (!replaces.empty()) {
    e.corrects = replaces;
    e.reason = r.reason;
  }
  Logged done = check_and_append(session, change, c, {e}, log.entries, {r.locate});
  const Entry& written = done.written.back();
  done.differs_from_plan = schedule::difference_from_plan(written, plan_of_day(session, done.c, written.start.local.date));
  return done;
}

Logged log_planned(const Session& session, const std::string& case_id, Date day, const hours::Locate& locate) {
  Change change(session);
  const Case c = case_of(session, case_id);
  const auto log = readable_log(session.tree(), c.id);
  const auto live = hours::effective(log.entries);
  std::vector<Entry> entries;
  std::vector<std::string> already;
  for (const auto& v : plan_of_day(session, c, day)) {
    if (schedule::already_logged(v, live)) {
      already.push_back(v.name());
      continue;
    }
    entries.push_back(stamped(schedule::as_delivered(v), session));
  }
  if (entries.empty()) // nothing is written; the caller says so, after what was already there
    return {.c = c, .written = {}, .log = log.entries, .warnings = {}, .already_logged = std::move(already), .differs_from_plan = {}};
  const std::vector<hours::Locate> locators(entries.size(), locate);
  Logged done = check_and_append(session, change, c, std::move(entries), log.entries, locators);
  done.already_logged = std::move(already);
  return done;
}

Logged import_timesheet(const Session& session, const std::string& case_id, const std::string& file,
                        const hours::Locate& locate) {
  Change change(session);
  const Case c = case_of(session, case_id);
  const auto code_of_word = [](std::string_view word) -> std::optional<std::string> {
    const auto code = render::code_for_word(word);
    return code ? std::optional<std::string>(*code) : std::nullopt;
  };
  const hours::Timesheet sheet = hours::read_timesheet(fs::read_file(file), file, code_of_word);
  if (sheet.problems.blocking()) store::throw_problems(sheet.problems);
  Diagnostics problems;
  std::vector<Entry> entries;
  std::vector<hours::Locate> locators;
  for (const auto& row : sheet.rows) {
    hours::EntryInput input = row.input;
    input.staff = staff_id(session.tree(), input.staff, c);
    const hours::Locate at = [file, row, locate](const std::string& field) {
      return Location{.file = file, .line = row.line, .column = row.column_of(field), .flag = field == "case" ? locate(field).flag : ""};
    };
    if (auto e = hours::make_entry(input, session.zone(), at, problems)) {
      entries.push_back(stamped(*e, session));
      locators.push_back(at);
    }
  }
  if (problems.blocking()) store::throw_problems(problems);
  if (entries.empty()) throw Error(Exit::invalid, fmt::format(fmt::runtime(_("{} has no rows")), file), _("nothing was logged"));
  const auto log = readable_log(session.tree(), c.id);
  return check_and_append(session, change, c, std::move(entries), log.entries, locators);
}

Voided void_entry(const Session& session, const std::string& case_id, const std::string& entry_id,
                  const std::string& reason) {
  Change change(session);
  const Case c = case_of(session, case_id);
  const auto log = readable_log(session.tree(), c.id);
  const auto live = hours::effective(log.entries);
  const std::string target = resolve_entry(entry_id, log.entries);
  const auto it = std::find_if(live.begin(), live.end(), [&](const Entry& e) { return e.id == target; });
  if (it == live.end())
    throw Error(Exit::findings, fmt::format(fmt::runtime(_("entry {} is already voided or corrected")), target), _("void the entry that replaced it"));
  Entry v;
  v.kind = hours::Kind::void_entry;
  v.voids = target;
  v.reason = reason;
  v = stamped(v, session);
  std::set<std::string> taken;
  for (const auto& e : log.entries) taken.insert(e.id);
  v.id = hours::new_entry_id(taken);
  store::AllOrNothing files(session.tree().root());
  hours::append_entries(files, hours::month_file(session.tree(), c.id, hours::month_of(it->start.local.date)), {v});
  files.apply();
  summarize(change, c.id, {v});
  Voided done{.c = c, .target = *it, .void_entry = v, .log = log.entries};
  done.log.push_back(v);
  return done;
}

} // namespace pusterum::app
