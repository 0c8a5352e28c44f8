// pusterum log-hours: record what was delivered, correct it, list it.
#include "app.hpp"

#include "grant/arithmetic.hpp"
#include "hours/case_log.hpp"
#include "hours/entry_input.hpp"
#include "hours/entry_rules.hpp"
#include "hours/ledger.hpp"
#include "hours/staff_index.hpp"
#include "hours/timesheet.hpp"
#include "privacy/cpr.hpp"
#include "render/csv.hpp"
#include "schedule/compare.hpp"
#include "schedule/plan_file.hpp"
#include "render/json.hpp"
#include "render/table.hpp"
#include "util/error.hpp"
#include "util/parallel.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <iostream>
#include <set>

namespace pusterum::cli {

namespace {

using hours::Entry;

struct Options {
  std::string case_id;
  hours::EntryInput input;
  std::string void_id, correct_id, reason;
  std::string import_file;
  bool list = false, all = false, planned = false;
  std::string from, to, format;
};

const std::map<std::string, std::string> flag_of_field = {
  {"date", "--date"}, {"start", "--start"}, {"end", "--end"}, {"end_date", "--end-date"}, {"staff", "--staff"},
  {"kind", "--kind"}, {"cancelled_by", "--cancelled-by"}, {"km", "--km"}, {"route", "--route"}, {"note", "--note"},
  {"case", "CASE"}};

hours::Locate flag_locator() {
  return [](const std::string& field) {
    const auto it = flag_of_field.find(field);
    return Location{.file = {}, .line = 0, .column = 0, .flag = it == flag_of_field.end() ? field : it->second};
  };
}

// Everything a new entry is checked against: the case and the person's
// other entries around that time, in every case.
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
  parallel_for(ids.size(), [&](size_t i) {
    // This case's log is already read; the others only for the months around.
    auto live = hours::effective(ids[i] == case_id ? case_log : hours::read_months(tree, ids[i], wanted).entries);
    std::erase_if(live, [&](const Entry& e) { return !staff.contains(e.staff); });
    found[i] = std::move(live);
  });
  Surroundings s;
  for (size_t i = 0; i < ids.size(); ++i)
    for (auto& e : found[i]) {
      s.staff_entries.push_back(std::move(e));
      s.staff_cases.push_back(ids[i]);
    }
  return s;
}

std::string period_name(GrantUnit unit) {
  switch (unit) {
  case GrantUnit::hours_per_week: return "week";
  case GrantUnit::hours_per_month:
  case GrantUnit::dogn_per_month: return "month";
  case GrantUnit::hours_per_quarter: return "quarter";
  case GrantUnit::dogn_per_year: return "year";
  case GrantUnit::hours_per_period: return "grant";
  }
  return "period";
}

void print_status(const Case& c, const std::vector<Entry>& effective, Date day) {
  const auto status = hours::grant_status(c.grant, effective, day);
  auto line = [](const std::string& label, const hours::Usage& u) {
    return fmt::format("{} {}..{}: {} of {} h used, {} h left", label, u.span.first.iso(), u.span.last.iso(),
                       u.used.to_decimal(2), u.granted.to_decimal(2), u.left().to_decimal(2));
  };
  const std::string label = period_name(grant::state_on(c.grant, day).unit);
  say(line(label, status.budget_period));
  if (label != "grant") say(line("grant", status.whole_grant));
  const auto& b = status.budget_period;
  if (b.granted > Rational(0)) {
    const Rational share = b.used / b.granted;
    if (share >= Rational(1))
      say(fmt::format("warning: the {}'s {} h are used up ({}%)", label, b.granted.to_decimal(2), (share * Rational(100)).to_decimal(0)));
    else if (share >= Rational(4, 5))
      say(fmt::format("warning: {}% of the {}'s hours are used", (share * Rational(100)).to_decimal(0), label));
  }
}

std::string resolve_entry(const std::string& given, const std::vector<Entry>& log) {
  const std::string wanted = text::to_upper_ascii(given);
  std::vector<std::string> hits;
  for (const auto& e : log) {
    if (e.id == wanted) return e.id;
    if (e.id.starts_with(wanted)) hits.push_back(e.id);
  }
  if (hits.size() == 1) return hits.front();
  if (hits.empty()) throw Error(Exit::usage, fmt::format("no entry '{}' in this case", given), "`pusterum log-hours CASE --list --all` lists them");
  throw Error(Exit::usage, fmt::format("'{}' matches {} entries", given, hits.size()), "type more of the entry ID");
}

// A correction that moves an entry to another month also voids the original
// in the original's month file, so each month file tells the whole story of
// the entries that start in it and a quarter's reports read only its months.
// Written after the correction: a crash in between loses nothing.
std::optional<Entry> void_moved_original(const store::Tree& tree, const Case& c, const Entry& correction,
                                        const std::vector<Entry>& log, std::set<std::string>& taken) {
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
  hours::append_entries(hours::month_file(tree, c.id, month), {v});
  return v;
}

// Checks `entries` (new ones) against everything, then appends them all or
// none. Returns the log as it is now, new entries last (after the voids of
// originals a correction moved to another month).
std::vector<Entry> check_and_append(const store::Tree& tree, const Case& c, std::vector<Entry> entries, std::vector<Entry> log,
                                    const hours::Locate& locate_of, const std::vector<hours::Locate>& row_locators) {
  const Provider& provider = tree.provider();
  const Instant now = hours::now(tree);
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
    const hours::EntryContext context{.c = c, .provider = provider, .staff = staff ? &*staff : nullptr, .now = now,
                                      .staff_entries = around.staff_entries, .staff_cases = around.staff_cases,
                                      .km_this_month = km};
    const hours::Locate& locate = row_locators.empty() ? locate_of : row_locators[i];
    store::Positions positions;
    for (const char* field : {"case", "staff", "start", "end", "km", "kind"}) positions[field] = locate(field);
    rules::Findings findings(provider, problems, "", &positions);
    hours::check_entry(e, context, findings);
    // Later rows of the same timesheet count as already logged.
    around.staff_entries.push_back(e);
    around.staff_cases.push_back(c.id);
    if (e.km) km += *e.km;
    log.push_back(e);
  }
  for (const auto& p : problems.problems())
    if (p.severity == Severity::warn) print_problem(p);
  if (problems.blocking()) store::throw_problems(problems);

  std::map<std::string, std::vector<Entry>> by_month;
  for (const auto& e : entries) by_month[hours::month_of(e.start.local.date)].push_back(e);
  for (const auto& [month, list] : by_month) hours::append_entries(hours::month_file(tree, c.id, month), list);
  for (const auto& e : entries)
    if (auto v = void_moved_original(tree, c, e, log, taken)) log.insert(log.end() - static_cast<long>(entries.size()), *v);
  return log;
}

Entry stamped(Entry e, const store::Tree& tree) {
  const Zone zone(tree.provider().time_zone);
  e.logged = zone.moment_at(hours::now(tree)).iso();
  e.by = hours::os_user();
  return e;
}

// Any unique part of a staff ID, as everywhere; an unknown one is left for
// the unknown-staff rule to name.
std::string staff_id(const store::Tree& tree, const std::string& given, const Case& c) {
  if (given.empty() && !c.fixed_staff.empty() && !tree.has_staff(c.fixed_staff)) { // the case file is wrong, not what was typed
    Diagnostics problems;
    problems.add({.where = tree.load_case(c.id).positions.at("fixed_staff"), .rule = "unknown-staff", .severity = Severity::block,
                  .message = fmt::format("no staff member '{}'", c.fixed_staff), .hint = "name who worked (--staff, or a staff column), or fix the case"});
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
  const auto new_day = in.date.empty() ? std::nullopt : Date::parse(in.date);
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

std::vector<schedule::Visit> plan_of_day(const store::Tree& tree, const Case& c, Date day) {
  const auto plan = schedule::load_plan(tree, c.id);
  const schedule::Plan& p = store::require(plan);
  return schedule::planned_on(schedule::expand(p, c, Zone(tree.provider().time_zone), day, day), day);
}

void say_logged(const Entry& written) {
  const bool same_day = written.end.local.date == written.start.local.date;
  say(fmt::format("Logged {}: {} {} {} to {}{} ({} h) by {}{}.", written.id, name_of(written.kind), written.start.local.date.iso(),
                  format_clock(written.start.local.minute), same_day ? "" : written.end.local.date.iso() + " ",
                  format_clock(written.end.local.minute), written.hours().to_decimal(2), written.staff,
                  written.corrects.empty() ? "" : ", replacing " + written.corrects));
}

void log_one(const store::Tree& tree, const Case& c, const Options& o) {
  Diagnostics problems;
  const auto log = hours::read_case_log(tree, c.id);
  if (log.problems.blocking()) store::throw_problems(log.problems);
  hours::EntryInput input = o.input;
  if (!input.staff.empty()) input.staff = tree.resolve_staff(input.staff); // an unknown --staff is a wrong command line, as everywhere
  std::string replaces;
  if (!o.correct_id.empty()) {
    const auto live = hours::effective(log.entries);
    replaces = resolve_entry(o.correct_id, log.entries);
    const auto it = std::find_if(live.begin(), live.end(), [&](const Entry& e) { return e.id == replaces; });
    if (it == live.end())
      throw Error(Exit::findings, fmt::format("entry {} is already voided or corrected", replaces), "correct the entry that replaced it");
    input = corrected(input, *it);
  }
  input.staff = staff_id(tree, input.staff, c);
  if (input.staff.empty())
    throw Error(Exit::usage, fmt::format("case {} has no fixed staff member", c.id), "give --staff ID");
  const Zone zone(tree.provider().time_zone);
  auto entry = hours::make_entry(input, zone, flag_locator(), problems);
  if (!entry) store::throw_problems(problems);
  Entry e = stamped(*entry, tree);
  if (!replaces.empty()) {
    e.corrects = replaces;
    e.reason = o.reason;
  }
  const auto appended = check_and_append(tree, c, {e}, log.entries, flag_locator(), {});
  const Entry& written = appended.back();
  std::cout << written.id << "\n";
  say_logged(written);
  if (auto difference = schedule::difference_from_plan(written, plan_of_day(tree, c, written.start.local.date)))
    say("differs from the plan: " + *difference);
  print_status(c, hours::effective(appended), written.start.local.date);
}

// --planned: the day's planned visits, logged as delivered as planned.
void log_planned(const store::Tree& tree, const Case& c, const Options& o) {
  const Date day = o.input.date.empty() ? tree.today() : date_option(o.input.date, "--date");
  const auto log = hours::read_case_log(tree, c.id);
  if (log.problems.blocking()) store::throw_problems(log.problems);
  const auto live = hours::effective(log.entries);
  std::vector<Entry> entries;
  for (const auto& v : plan_of_day(tree, c, day)) {
    if (schedule::already_logged(v, live)) {
      say(fmt::format("{} is already logged.", v.name()));
      continue;
    }
    entries.push_back(stamped(schedule::as_delivered(v), tree));
  }
  if (entries.empty())
    throw Error(Exit::findings, fmt::format("nothing planned on {} is left to log for case {}", day.iso(), c.id),
                "`pusterum schedule CASE --from DATE --to DATE` shows the plan; log other visits with --start and --end");
  const auto appended = check_and_append(tree, c, entries, log.entries, flag_locator(), {});
  for (size_t i = appended.size() - entries.size(); i < appended.size(); ++i) {
    std::cout << appended[i].id << "\n";
    say_logged(appended[i]);
  }
  print_status(c, hours::effective(appended), day);
}

void void_entry(const store::Tree& tree, const Case& c, const Options& o) {
  const auto log = hours::read_case_log(tree, c.id);
  if (log.problems.blocking()) store::throw_problems(log.problems);
  const auto live = hours::effective(log.entries);
  const std::string target = resolve_entry(o.void_id, log.entries);
  const auto it = std::find_if(live.begin(), live.end(), [&](const Entry& e) { return e.id == target; });
  if (it == live.end())
    throw Error(Exit::findings, fmt::format("entry {} is already voided or corrected", target), "void the entry that replaced it");
  Entry v;
  v.kind = hours::Kind::void_entry;
  v.voids = target;
  v.reason = o.reason;
  v = stamped(v, tree);
  std::set<std::string> taken;
  for (const auto& e : log.entries) taken.insert(e.id);
  v.id = hours::new_entry_id(taken);
  hours::append_entries(hours::month_file(tree, c.id, hours::month_of(it->start.local.date)), {v});
  std::cout << v.id << "\n";
  say(fmt::format("Voided {} ({} {} h on {}).", target, name_of(it->kind), it->hours().to_decimal(2), it->start.local.date.iso()));
  auto after = log.entries;
  after.push_back(v);
  print_status(c, hours::effective(after), it->start.local.date);
}

void import_sheet(const store::Tree& tree, const Case& c, const Options& o) {
  const hours::Timesheet sheet = hours::read_timesheet(fs::read_file(o.import_file), o.import_file);
  if (sheet.problems.blocking()) store::throw_problems(sheet.problems);
  const Zone zone(tree.provider().time_zone);
  Diagnostics problems;
  std::vector<Entry> entries;
  std::vector<hours::Locate> locators;
  for (const auto& row : sheet.rows) {
    hours::EntryInput input = row.input;
    input.staff = staff_id(tree, input.staff, c);
    const hours::Locate locate = [file = o.import_file, row](const std::string& field) {
      return Location{.file = file, .line = row.line, .column = row.column_of(field), .flag = field == "case" ? "CASE" : ""};
    };
    if (auto e = hours::make_entry(input, zone, locate, problems)) {
      entries.push_back(stamped(*e, tree));
      locators.push_back(locate);
    }
  }
  if (problems.blocking()) store::throw_problems(problems);
  if (entries.empty()) throw Error(Exit::invalid, fmt::format("{} has no rows", o.import_file), "nothing was logged");
  const auto log = hours::read_case_log(tree, c.id);
  if (log.problems.blocking()) store::throw_problems(log.problems);
  const auto appended = check_and_append(tree, c, entries, log.entries, flag_locator(), locators);
  for (size_t i = appended.size() - entries.size(); i < appended.size(); ++i) std::cout << appended[i].id << "\n";
  say(fmt::format("Logged {} entr{} from {}.", entries.size(), entries.size() == 1 ? "y" : "ies", o.import_file));
  print_status(c, hours::effective(appended), entries.back().start.local.date);
}

// After a list: lines that could not be read are not in it, so say so in the exit code.
void unreadable_lines(const Diagnostics& problems) {
  if (problems.blocking())
    throw Error(Exit::invalid, fmt::format("{} line{} of the log could not be read and {} not listed", problems.count(Severity::block),
                                           problems.count(Severity::block) == 1 ? "" : "s", problems.count(Severity::block) == 1 ? "is" : "are"),
                "`pusterum check` shows where");
}

void list(const store::Tree& tree, const Case& c, const Options& o) {
  const auto log = hours::read_case_log(tree, c.id);
  print_problems(log.problems);
  const Date from = o.from.empty() ? c.grant.start : date_option(o.from, "--from");
  const Date to = o.to.empty() ? grant::end_of(c.grant) : date_option(o.to, "--to");
  if (to < from) throw Error(Exit::usage, fmt::format("--to {} is before --from {}", to.iso(), from.iso()));
  const auto live = hours::effective(log.entries);
  std::set<std::string> live_ids;
  for (const auto& e : live) live_ids.insert(e.id);
  std::map<std::string, std::string> replaced_by;
  for (const auto& e : log.entries) {
    if (e.kind == hours::Kind::void_entry) replaced_by.try_emplace(e.voids, "voided by " + e.id); // a correction's own void says less
    if (!e.corrects.empty()) replaced_by[e.corrects] = "corrected by " + e.id;
  }
  std::vector<Entry> shown;
  for (const auto& e : o.all ? log.entries : live) {
    const Date day = e.kind == hours::Kind::void_entry ? from : e.start.local.date;
    if (e.kind == hours::Kind::void_entry ? o.all : (from <= day && day <= to)) shown.push_back(e);
  }
  auto status = [&](const Entry& e) -> std::string {
    if (e.kind == hours::Kind::void_entry) return "voids " + e.voids;
    if (auto it = replaced_by.find(e.id); it != replaced_by.end()) return it->second;
    return "";
  };
  Rational total;
  for (const auto& e : shown)
    if (live_ids.contains(e.id) && e.uses_grant()) total += e.hours();

  if (o.format == "json") {
    render::Json rows = render::Json::array();
    for (const auto& e : shown) {
      const bool is_void = e.kind == hours::Kind::void_entry;
      rows.push_back({{"id", e.id},
                      {"kind", std::string(name_of(e.kind))},
                      {"staff", is_void ? render::Json(nullptr) : render::Json(e.staff)},
                      {"start", is_void ? render::Json(nullptr) : render::Json(e.start.iso())},
                      {"end", is_void ? render::Json(nullptr) : render::Json(e.end.iso())},
                      {"hours", is_void ? render::Json(nullptr) : render::hours_json(e.hours())},
                      {"cancelled_by", e.cancelled_by ? render::Json(std::string(name_of(*e.cancelled_by))) : render::Json(nullptr)},
                      {"km", e.km ? render::Json(*e.km) : render::Json(nullptr)},
                      {"route", e.route},
                      {"note", e.note},
                      {"voids", e.voids.empty() ? render::Json(nullptr) : render::Json(e.voids)},
                      {"corrects", e.corrects.empty() ? render::Json(nullptr) : render::Json(e.corrects)},
                      {"reason", e.reason},
                      {"logged", e.logged},
                      {"by", e.by},
                      {"in_effect", live_ids.contains(e.id)}});
    }
    std::cout << render::dump({{"case", c.id}, {"from", from.iso()}, {"to", to.iso()}, {"hours_used", render::hours_json(total)}, {"entries", rows}});
    unreadable_lines(log.problems);
    return;
  }
  if (o.format == "csv") {
    std::cout << "id,kind,staff,start,end,hours,cancelled_by,km,route,note,corrects,in_effect\n";
    for (const auto& e : shown) {
      if (e.kind == hours::Kind::void_entry) continue;
      std::cout << fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\n", e.id, name_of(e.kind), e.staff, e.start.iso(), e.end.iso(),
                               e.hours().to_decimal(2), e.cancelled_by ? std::string(name_of(*e.cancelled_by)) : "",
                               e.km ? std::to_string(*e.km) : "", render::csv_field(e.route), render::csv_field(e.note), e.corrects,
                               live_ids.contains(e.id) ? "yes" : "no");
    }
    unreadable_lines(log.problems);
    return;
  }
  render::Table table({"ID", "DATE", "FROM", "TO", "HOURS", "KIND", "STAFF", "KM", "NOTE"});
  for (const auto& e : shown) {
    if (e.kind == hours::Kind::void_entry) {
      table.add({e.id, "", "", "", "", "void", "", "", "voids " + e.voids + (e.reason.empty() ? "" : ": " + e.reason)});
      continue;
    }
    std::string note = e.note;
    if (e.cancelled_by) note = "by " + std::string(name_of(*e.cancelled_by)) + (note.empty() ? "" : "; " + note);
    if (const std::string s = status(e); !s.empty()) note = "(" + s + ") " + note;
    table.add({e.id, e.start.local.date.iso(), format_clock(e.start.local.minute),
               (e.end.local.date == e.start.local.date ? "" : e.end.local.date.iso() + " ") + format_clock(e.end.local.minute),
               e.hours().to_decimal(2), std::string(name_of(e.kind)), e.staff, e.km ? std::to_string(*e.km) : "", note});
  }
  std::cout << table.str(stdout_painter());
  std::cout << fmt::format("{} h used from {} to {}\n", total.to_decimal(2), from.iso(), to.iso());
  unreadable_lines(log.problems);
}

void run(const Globals& g, const Options& o) {
  const store::Tree tree = open_tree(g);
  const std::string id = tree.resolve_case(o.case_id);
  const int modes = (o.list ? 1 : 0) + (!o.void_id.empty() ? 1 : 0) + (!o.import_file.empty() ? 1 : 0) + (!o.correct_id.empty() ? 1 : 0) +
                    (o.planned ? 1 : 0);
  if (modes > 1) throw Error(Exit::usage, "--list, --void, --correct, --import and --planned go one at a time");
  if (o.planned && (!o.input.start.empty() || !o.input.end.empty() || !o.input.end_date.empty()))
    throw Error(Exit::usage, "--planned takes its times from the plan", "leave out --start and --end, or leave out --planned");
  if ((!o.void_id.empty() || !o.correct_id.empty()) && o.reason.empty())
    throw Error(Exit::usage, "a void or a correction needs --reason", "say why, for the audit trail");
  if (!o.reason.empty() && o.void_id.empty() && o.correct_id.empty())
    throw Error(Exit::usage, "--reason goes with --void or --correct", "use --note for a note on a visit");
  if (privacy::contains_cpr(o.reason)) throw Error(Exit::usage, "--reason holds a value shaped like a CPR number", "remove it");
  if (o.list) {
    list(tree, tree.require_case(id), o);
    return;
  }
  const auto lock = tree.lock();
  const Case c = tree.require_case(id);
  if (!o.void_id.empty()) void_entry(tree, c, o);
  else if (!o.import_file.empty()) import_sheet(tree, c, o);
  else if (o.planned) log_planned(tree, c, o);
  else log_one(tree, c, o);
}

} // namespace

void register_log_hours(CLI::App& app, Globals& globals) {
  auto* cmd = app.add_subcommand(
    "log-hours", "Record delivered hours with real start and end times; void or correct entries; import a timesheet; list");
  static Options o;
  cmd->add_option("CASE", o.case_id, "case ID or a unique prefix")->required();
  cmd->add_option("--date", o.input.date, "the day the visit started, YYYY-MM-DD");
  cmd->add_option("--start", o.input.start, "real start: HH:MM, or 02:30+02:00 for the doubled autumn hour, or YYYY-MM-DDTHH:MM");
  cmd->add_option("--end", o.input.end, "real end, written like --start");
  cmd->add_option("--end-date", o.input.end_date, "the day it ended, for a visit past midnight or a stay");
  cmd->add_option("--staff", o.input.staff, "who delivered it (default: the case's fixed staff member)");
  cmd->add_option("--kind", o.input.kind, "visit (default), overnight, meeting or cancelled");
  cmd->add_option("--cancelled-by", o.input.cancelled_by, "for a cancelled visit: family, provider or illness");
  cmd->add_option("--km", o.input.km, "km driven, when driving is part of the grant");
  cmd->add_option("--route", o.input.route, "where the km were driven, and why");
  cmd->add_option("--note", o.input.note, "a note on the visit");
  cmd->add_option("--void", o.void_id, "void an entry (by ID or prefix); needs --reason");
  cmd->add_option("--correct", o.correct_id, "replace an entry: what the other options give changes, the rest is kept; needs --reason");
  cmd->add_option("--reason", o.reason, "why an entry is voided or corrected");
  cmd->add_flag("--planned", o.planned, "log the visits planned on --date (default: today) as delivered as planned");
  cmd->add_option("--import", o.import_file, "log every row of a CSV timesheet, or none if any row is wrong");
  cmd->add_flag("--list", o.list, "list entries instead of logging");
  cmd->add_flag("--all", o.all, "with --list: also voided and corrected entries and the voids");
  cmd->add_option("--from", o.from, "with --list: the first day (default: the grant's start)");
  cmd->add_option("--to", o.to, "with --list: the last day (default: the grant's end)");
  add_format_option(cmd, o.format, {"text", "json", "csv"});
  cmd->callback([&globals] { run(globals, o); });
}

} // namespace pusterum::cli
