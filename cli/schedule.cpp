// pusterum schedule: the shift plan. Recurring and single visits, changes
// to single dates, the concrete visits of a case or a person, and the check
// against the grant, the staff's other cases and the working-time rules.
#include "app.hpp"

#include "app/schedule.hpp"

#include "grant/arithmetic.hpp"
#include "schedule/book.hpp"
#include "schedule/edit.hpp"
#include "schedule/views.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <iostream>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

namespace {

using namespace schedule;

struct Options {
  std::string case_id;
  std::string staff; // --staff for a roster; the visit's or cover's staff in subcommands
  std::string from, to;
  bool plan = false;
  std::string format;
  // subcommands
  std::string when, visit, date, until, kind, by, reason, note, move_to;
  std::vector<std::string> cases;
  std::string check_format;
};

// The days shown or checked: --from/--to, else four weeks from today's Monday.
std::pair<Date, Date> days(const store::Tree& tree, const Options& o, int default_weeks) {
  const Date first = o.from.empty() ? monday_of_week(tree.today()) : date_option(tree, o.from, "--from");
  const Date last = o.to.empty() ? first + (7 * default_weeks - 1) : date_option(tree, o.to, "--to");
  if (last < first) throw Error(Exit::usage, fmt::format(fmt::runtime(_("--to {} is before --from {}")), last.iso(), first.iso()), _("give --to on or after --from"));
  return {first, last};
}

Instant stamp_of(const store::Tree& tree, const Zone& zone) { return *zone.to_instant({tree.today(), 0}, Fold::earlier); }

void print_list(const VisitList& list, const store::Tree& tree, const Zone& zone, const std::string& format) {
  const auto& special = tree.provider().special_days;
  if (format == "json") std::cout << render::dump(visits_json(list, special));
  else if (format == "ics") std::cout << visits_ics(list, zone, stamp_of(tree, zone), tree.provider().language);
  else std::cout << visits_text(list, special, stdout_painter());
}

void show_case(const store::Tree& tree, const Options& o) {
  const Case c = tree.require_case(tree.resolve_case(o.case_id));
  const auto plan = load_plan(tree, c.id);
  const Plan& p = store::require(plan);
  if (o.plan) {
    if (o.format == "json") std::cout << render::dump(plan_json(p, c.id));
    else std::cout << plan_text(p, c.id);
    return;
  }
  const Zone zone(tree.provider().time_zone);
  const auto [first, last] = days(tree, o, 4);
  VisitList list{.title = "case " + c.id, .first = first, .last = last, .visits = {}};
  for (auto& v : expand(p, c, zone, first, last)) list.visits.push_back({c.id, c.child.initials, std::move(v)});
  print_list(list, tree, zone, o.format);
}

void show_staff(const store::Tree& tree, const Options& o) {
  const std::string person = tree.resolve_staff(o.staff);
  const Zone zone(tree.provider().time_zone);
  const auto [first, last] = days(tree, o, 4);
  const Book book = read_book(tree);
  print_problems(book.problems);
  VisitList list{.title = "staff " + person, .first = first, .last = last, .visits = {}};
  for (size_t i = 0; i < book.cases.size(); ++i)
    for (auto& v : expand(*book.plans[i].value, book.cases[i], zone, first, last))
      if (v.staff == person) list.visits.push_back({book.cases[i].id, book.cases[i].child.initials, std::move(v)});
  std::stable_sort(list.visits.begin(), list.visits.end(),
                   [](const ListedVisit& a, const ListedVisit& b) { return a.visit.start.instant() < b.visit.start.instant(); });
  print_list(list, tree, zone, o.format);
}

void show(Globals& globals, const Options& o) {
  const auto& tree = open_tree(globals);
  if (!o.staff.empty() && !o.case_id.empty())
    throw Error(Exit::usage, _("give a CASE or --staff, not both"), _("`pusterum schedule CASE` or `pusterum schedule --staff ID`"));
  if (o.format == "ics" && o.plan) throw Error(Exit::usage, _("--plan has no ics format"), _("use --format text or json"));
  if (!o.staff.empty()) return show_staff(tree, o);
  if (o.case_id.empty()) throw Error(Exit::usage, _("which case?"), _("`pusterum schedule CASE`, `--staff ID`, or `pusterum schedule check`"));
  show_case(tree, o);
}

Pattern pattern_option(const std::string& text, const std::string& flag) {
  auto parsed = parse_pattern(text);
  if (!parsed.pattern) throw Error(Exit::usage, fmt::format(fmt::runtime(_("{}: {}")), flag, parsed.error.message));
  return *parsed.pattern;
}

// `schedule add 6G "every tue ..."`: CLI11 takes the case for the WHEN (or
// the visit) and the WHEN for the case; say which order was meant.
void refuse_case_after_command(const store::Tree& tree, const Options& o, const char* command, const std::string& first_word) {
  const auto names_a_case = [&](const std::string& word) {
    try {
      return !word.empty() && !tree.resolve_case(word).empty();
    } catch (const Error&) {
      return false;
    }
  };
  if (!names_a_case(first_word) || names_a_case(o.case_id)) return;
  const std::string rest = o.case_id.find(' ') == std::string::npos ? o.case_id : "\"" + o.case_id + "\"";
  throw Error(Exit::usage, fmt::format(fmt::runtime(_("'{}' is a case, and the case comes before the command")), first_word),
              fmt::format(fmt::runtime(_("`pusterum schedule {} {} {} ...`")), first_word, command, rest));
}

void add(Globals& globals, const Options& o) {
  refuse_cpr(o.note, "--note", _("note"));
  const app::Session& session = globals.session();
  refuse_case_after_command(session.tree(), o, "add", o.when);
  app::NewVisit r{.case_id = o.case_id, .visit = {}, .from_given = !o.from.empty()};
  PlannedVisit& visit = r.visit;
  visit.when = pattern_option(o.when, "WHEN");
  if (visit.when.repeat == Pattern::Repeat::once) require_real_times(visit.when, session.zone());
  if (r.from_given) visit.from = date_option(session, o.from, "--from");
  if (!o.until.empty()) visit.until = date_option(session, o.until, "--until");
  if (!o.kind.empty()) {
    const auto kind = parse_enum<hours::Kind>(o.kind);
    if (!kind || !plannable(*kind)) throw Error(Exit::usage, fmt::format(fmt::runtime(_("--kind '{}'")), o.kind), _("use visit, overnight or meeting"));
    visit.kind = *kind;
  }
  visit.staff = o.staff;
  visit.note = o.note;
  const auto done = app::add_visit(session, r);
  print_problems(done.warnings);
  const PlannedVisit& added = done.plan.visits.back();
  std::cout << added.id << "\n";
  if (added.when.repeat == Pattern::Repeat::once) say(fmt::format(fmt::runtime(_("Planned {}: {}.")), added.id, format_pattern(added.when)));
  else if (!added.until) say(fmt::format(fmt::runtime(_("Planned {}: {} from {}.")), added.id, format_pattern(added.when), added.from.iso()));
  else say(fmt::format(fmt::runtime(_("Planned {}: {} from {} until {}.")), added.id, format_pattern(added.when), added.from.iso(), added.until->iso()));
}

void change(Globals& globals, const Options& o, ChangeKind kind) {
  refuse_cpr(o.reason, "--reason", _("reason"));
  const app::Session& session = globals.session();
  refuse_case_after_command(session.tree(), o, kind == ChangeKind::cancel ? "cancel" : kind == ChangeKind::move ? "move" : "cover", o.visit);
  Change c{.visit = o.visit, .date = date_option(session, o.date, "--date"), .kind = kind, .by = {}, .to = {}, .staff = o.staff, .reason = o.reason};
  if (!o.by.empty()) {
    c.by = parse_enum<hours::CancelledBy>(o.by);
    if (!c.by) throw Error(Exit::usage, fmt::format(fmt::runtime(_("--by '{}'")), o.by), _("use family, provider or illness"));
  }
  if (kind == ChangeKind::move) {
    c.to = pattern_option(o.move_to, "--to");
    if (c.to->repeat != Pattern::Repeat::once) throw Error(Exit::usage, _("--to is one date and time"), _("write e.g. --to '2026-03-12 15:00-18:00'"));
    require_real_times(*c.to, session.zone());
  }
  const auto done = app::change_date(session, o.case_id, c);
  print_problems(done.warnings);
  const Change& made = done.plan.changes.back();
  if (kind == ChangeKind::cancel) say(fmt::format(fmt::runtime(_("Cancelled {} on {}.")), made.visit, made.date.iso()));
  else if (kind == ChangeKind::move)
    say(fmt::format(fmt::runtime(_("Moved {} on {} to {}.")), made.visit, made.date.iso(), format_pattern(*c.to)));
  else say(fmt::format(fmt::runtime(_("Covered {} on {} by {}.")), made.visit, made.date.iso(), made.staff));
}

void stop(Globals& globals, const Options& o) {
  const app::Session& session = globals.session();
  refuse_case_after_command(session.tree(), o, "stop", o.visit);
  const Date from = date_option(session, o.from, "--from");
  const auto done = app::stop_visit(session, o.case_id, o.visit, from);
  say(fmt::format(fmt::runtime(_("Visit {} stops: the last day it may fall on is {}.")), find_visit(done.plan, o.visit).id, (from - 1).iso()));
}

void check(Globals& globals, const Options& o) {
  const app::Session& session = globals.session();
  const auto [first, last] = days(session.tree(), o, 13);
  const auto [plans, problems] = app::check_plans(session, o.cases, first, last);
  if (o.check_format == "json") {
    render::Json list = render::Json::array();
    for (const auto& p : problems.problems()) list.push_back(render::to_json(p));
    std::cout << render::dump({{"from", first.iso()}, {"to", last.iso()}, {"plans", plans},
                               {"errors", problems.count(Severity::block)}, {"warnings", problems.count(Severity::warn)}, {"findings", list}});
  } else {
    print_problems(problems);
    const size_t errors = problems.count(Severity::block), warnings = problems.count(Severity::warn);
    say(fmt::format(fmt::runtime(_("{} checked from {} to {}: {}, {}")), counted(P_("{} plan", "{} plans", plans), plans), first.iso(),
                    last.iso(), counted(P_("{} error", "{} errors", errors), errors), counted(P_("{} warning", "{} warnings", warnings), warnings)));
  }
  if (problems.blocking() || problems.count(Severity::warn) > 0) throw Error(Exit::findings, "");
}

} // namespace

void register_schedule(CLI::App& app, Globals& globals) {
  auto* cmd = app.add_subcommand("schedule", _("The shift plan: recurring and single visits, changes to dates, rosters, calendar export and checks"));
  static Options o;
  cmd->add_option("CASE", o.case_id, _("case ID or a unique prefix: show its visits"));
  cmd->add_option("--staff", o.staff, _("show one staff member's visits across all cases instead"));
  cmd->add_option("--from", o.from, _("the first day shown (default: this week's Monday)"));
  cmd->add_option("--to", o.to, _("the last day shown (default: four weeks on)"));
  cmd->add_flag("--plan", o.plan, _("show the plan itself (the agreed visits and changes) instead of the dates"));
  add_format_option(cmd, o.format, {"text", "json", "ics"});
  cmd->callback([&globals, cmd] {
    if (cmd->get_subcommands().empty()) show(globals, o);
  });

  auto* add_cmd = cmd->add_subcommand("add", _("Plan a visit: recurring ('every tue 15:00-18:00') or on one date"));
  add_cmd->add_option("WHEN", o.when, _("when, e.g. 'every tue 15:00-18:00', 'every other fri 16:00 - sun 16:00', 'first sat of the month 10:00-16:00', '2026-12-05 10:00-14:00'"))->required();
  add_cmd->add_option("--from", o.from, _("the first day it may fall on (default: today or the grant's start)"));
  add_cmd->add_option("--until", o.until, _("the last day it may fall on (default: the grant's end)"));
  add_cmd->add_option("--kind", o.kind, _("visit (default), overnight or meeting"));
  add_cmd->add_option("--staff", o.staff, _("who comes (default: the case's fixed staff member on each day)"));
  add_cmd->add_option("--note", o.note, _("a note shown with every date"));
  add_cmd->callback([&globals] { add(globals, o); });

  auto* cancel_cmd = cmd->add_subcommand("cancel", _("Cancel one date of a visit"));
  auto* move_cmd = cmd->add_subcommand("move", _("Move one date of a visit to another date or time"));
  auto* cover_cmd = cmd->add_subcommand("cover", _("Let a substitute cover one date of a visit"));
  auto* stop_cmd = cmd->add_subcommand("stop", _("End a recurring visit: no dates from --from on"));
  for (auto* sub : {cancel_cmd, move_cmd, cover_cmd, stop_cmd}) sub->add_option("VISIT", o.visit, _("the planned visit's ID or a unique prefix"))->required();
  for (auto* sub : {cancel_cmd, move_cmd, cover_cmd}) {
    sub->add_option("--date", o.date, _("the day the visit is planned to start, YYYY-MM-DD"))->required();
    sub->add_option("--reason", o.reason, _("why"));
  }
  cancel_cmd->add_option("--by", o.by, _("who cancelled: family, provider or illness"));
  move_cmd->add_option("--to", o.move_to, _("the new date and time, e.g. '2026-03-12 15:00-18:00'"))->required();
  cover_cmd->add_option("--staff", o.staff, _("who covers"))->required();
  stop_cmd->add_option("--from", o.from, _("the first day without the visit"))->required();
  cancel_cmd->callback([&globals] { change(globals, o, ChangeKind::cancel); });
  move_cmd->callback([&globals] { change(globals, o, ChangeKind::move); });
  cover_cmd->callback([&globals] { change(globals, o, ChangeKind::cover); });
  stop_cmd->callback([&globals] { stop(globals, o); });

  auto* check_cmd = cmd->add_subcommand("check", _("Check plans against the grants, the staff and the working-time rules"));
  check_cmd->add_option("CASES", o.cases, _("only these cases (others still count for double bookings and rest)"));
  check_cmd->add_option("--from", o.from, _("the first day checked (default: this week's Monday)"));
  check_cmd->add_option("--to", o.to, _("the last day checked (default: 13 weeks on)"));
  add_format_option(check_cmd, o.check_format, {"text", "json"});
  check_cmd->callback([&globals] { check(globals, o); });
}

} // namespace pusterum::cli
