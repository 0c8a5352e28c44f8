// pusterum log-hours: record what was delivered, correct it, list it.
#include "app.hpp"

#include "app/log_hours.hpp"

#include "hours/ledger.hpp"
#include "hours/entry_input.hpp"
#include "store/tree.hpp"
#include "privacy/cpr.hpp"
#include "render/csv.hpp"
#include "render/json.hpp"
#include "render/table.hpp"
#include "util/error.hpp"

#include <fmt/format.h>

#include <iostream>
#include <tuple>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

namespace {

using hours::Entry;

struct Options {
  std::string case_id;
  hours::EntryInput input;
  std::string void_id, correct_id, reason;
  std::string import_file;
  bool list = false, all = false, planned = false, excel = false;
  std::string from, to, format;
};

const std::map<std::string, std::string> flag_of_field = {
  {"date", "--date"}, {"start", "--start"}, {"end", "--end"}, {"end_date", "--end-date"}, {"staff", "--staff"},
  {"kind", "--kind"}, {"cancelled_by", "--cancelled-by"}, {"km", "--km"}, {"route", "--route"}, {"note", "--note"},
  {"reason", "--reason"}, {"case", "CASE"}};

hours::Locate flag_locator() {
  return [](const std::string& field) {
    const auto it = flag_of_field.find(field);
    return Location{.file = {}, .line = 0, .column = 0, .flag = it == flag_of_field.end() ? field : it->second};
  };
}

// An entry's kind as a sentence says it ("Logged X: visit ...").
std::string kind_word(std::string_view code) {
  return translated_code(code, {N_("visit"), N_("overnight"), N_("meeting"), N_("cancelled"), N_("void")});
}

// The budget period's name (hours::GrantStatus::period_name) as people read it.
std::string period_word(std::string_view name) {
  return translated_code(name, {N_("week"), N_("month"), N_("quarter"), N_("year"), N_("grant"), N_("period")});
}

void print_status(const Case& c, const std::vector<Entry>& effective, Date day) {
  const auto status = hours::grant_status(c.grant, effective, day);
  auto line = [](const std::string& name, const hours::Usage& u) {
    return fmt::format(fmt::runtime(_("{} {}..{}: {} of {} h used, {} h left")), period_word(name), u.span.first.iso(), u.span.last.iso(),
                       u.used.to_decimal(2), u.granted.to_decimal(2), u.left().to_decimal(2));
  };
  const auto& period = status.budget_period;
  say(line(status.period_name, period));
  if (status.period_name != "grant") say(line("grant", status.whole_grant));
  if (const auto share = status.used_up())
    say(fmt::format(fmt::runtime(_("{} the {} h granted for {}..{} are used up ({}%)")), severity_label(Severity::warn), period.granted.to_decimal(2),
                    period.span.first.iso(), period.span.last.iso(), share->to_decimal(0)));
  else if (const auto nearly = status.nearly_used_up())
    say(fmt::format(fmt::runtime(_("{} {}% of the hours granted for {}..{} are used")), severity_label(Severity::warn), nearly->to_decimal(0),
                    period.span.first.iso(), period.span.last.iso()));
}

void say_logged(const Entry& written) {
  const bool same_day = written.end.local.date == written.start.local.date;
  say(fmt::format(fmt::runtime(_("Logged {}: {} {} {} to {}{} ({} h) by {}{}.")), written.id, kind_word(name_of(written.kind)), written.start.local.date.iso(),
                  format_clock(written.start.local.minute), same_day ? "" : written.end.local.date.iso() + " ",
                  format_clock(written.end.local.minute), written.hours().to_decimal(2), written.staff,
                  written.corrects.empty() ? "" : fmt::format(fmt::runtime(_(", replacing {}")), written.corrects)));
}

void say_written(const app::Logged& done) {
  for (const auto& p : done.warnings.problems()) print_problem(p);
  for (const auto& name : done.already_logged) say(fmt::format(fmt::runtime(_("{} is already logged.")), name));
  for (const auto& e : done.written) std::cout << e.id << "\n";
}

void log_one(const app::Session& session, const Options& o) {
  const auto done = app::log_entry(session,
                                   {.case_id = o.case_id, .input = o.input, .locate = flag_locator(), .correct_id = o.correct_id,
                                    .reason = o.reason});
  say_written(done);
  const Entry& written = done.written.back();
  say_logged(written);
  if (done.differs_from_plan) say(fmt::format(fmt::runtime(_("differs from the plan: {}")), *done.differs_from_plan));
  print_status(done.c, hours::effective(done.log), written.start.local.date);
}

// --planned: the day's planned visits, logged as delivered as planned.
void log_planned(const app::Session& session, const Options& o) {
  const Date day = o.input.date.empty() ? session.today() : date_option(session, o.input.date, "--date");
  const auto done = app::log_planned(session, o.case_id, day, flag_locator());
  for (const auto& name : done.already_logged) say(fmt::format(fmt::runtime(_("{} is already logged.")), name));
  if (done.written.empty())
    throw Error(Exit::findings, fmt::format(fmt::runtime(_("nothing planned on {} is left to log for case {}")), day.iso(), done.c.id),
                _("`pusterum schedule CASE --from DATE --to DATE` shows the plan; log other visits with --start and --end"));
  for (const auto& p : done.warnings.problems()) print_problem(p);
  for (const auto& e : done.written) {
    std::cout << e.id << "\n";
    say_logged(e);
  }
  print_status(done.c, hours::effective(done.log), day);
}

void void_entry(const app::Session& session, const Options& o) {
  const auto done = app::void_entry(session, o.case_id, o.void_id, o.reason);
  const Entry& it = done.target;
  std::cout << done.void_entry.id << "\n";
  say(fmt::format(fmt::runtime(_("Voided {} ({} {} h on {}).")), it.id, kind_word(name_of(it.kind)), it.hours().to_decimal(2), it.start.local.date.iso()));
  print_status(done.c, hours::effective(done.log), it.start.local.date);
}

void import_sheet(const app::Session& session, const Options& o) {
  const auto done = app::import_timesheet(session, o.case_id, o.import_file, flag_locator());
  say_written(done);
  say(fmt::format(fmt::runtime(P_("Logged {} entry from {}.", "Logged {} entries from {}.", done.written.size())), done.written.size(), o.import_file));
  print_status(done.c, hours::effective(done.log), done.written.back().start.local.date);
}

// After a list: lines that could not be read are not in it, so say so in the exit code.
void unreadable_lines(const Diagnostics& problems) {
  if (problems.blocking())
    throw Error(Exit::invalid, counted(P_("{} line of the log could not be read and is not listed", "{} lines of the log could not be read and are not listed",
                                   problems.count(Severity::block)), problems.count(Severity::block)),
                _("`pusterum check` shows where"));
}

// --excel: a table for a person, one column per thing in the order of a
// timesheet (date, start, end ...), the times as on a clock and the codes as words.
std::string entries_for_excel(const std::vector<Entry>& shown, const std::set<std::string>& in_effect, Language lang) {
  const render::CsvDialect d = render::csv_for_excel(lang);
  std::vector<std::vector<std::string>> rows;
  for (const auto& e : shown) {
    if (e.kind == hours::Kind::void_entry) continue;
    rows.push_back({e.start.local.date.iso(), format_clock(e.start.local.minute), format_clock(e.end.local.minute),
                    e.end.local.date == e.start.local.date ? "" : e.end.local.date.iso(), e.staff, render::csv_word(name_of(e.kind), d),
                    e.cancelled_by ? render::csv_word(name_of(*e.cancelled_by), d) : "", e.km ? std::to_string(*e.km) : "", e.route,
                    e.note, render::csv_number(e.hours(), 2, d), e.id, e.corrects, render::csv_yes_no(in_effect.contains(e.id), d)});
  }
  return render::csv_table({"date", "start", "end", "end_date", "staff", "kind", "cancelled_by", "km", "route", "note", "hours", "id",
                            "corrects", "in_effect"},
                           rows, d);
}

void list(const app::Session& session, const Options& o) {
  const auto l = app::list_entries(session, o.case_id, o.from.empty() ? std::nullopt : std::optional(date_option(session, o.from, "--from")),
                                   o.to.empty() ? std::nullopt : std::optional(date_option(session, o.to, "--to")), o.all);
  print_problems(l.problems);
  const auto& [c, from, to, shown, live_ids, total] = std::tie(l.c, l.from, l.to, l.shown, l.in_effect, l.total);
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
    unreadable_lines(l.problems);
    return;
  }
  if (o.excel) {
    std::cout << entries_for_excel(shown, live_ids, session.provider().language);
    unreadable_lines(l.problems);
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
    unreadable_lines(l.problems);
    return;
  }
  render::Table table({_("ID"), _("DATE"), _("FROM"), _("TO"), _("HOURS"), _("KIND"), _("STAFF"), _("KM"), _("NOTE")});
  for (const auto& e : shown) {
    if (e.kind == hours::Kind::void_entry) {
      table.add({e.id, "", "", "", "", "void", "", "", "voids " + e.voids + (e.reason.empty() ? "" : ": " + e.reason)});
      continue;
    }
    std::string note = e.note;
    if (e.cancelled_by) note = "by " + std::string(name_of(*e.cancelled_by)) + (note.empty() ? "" : "; " + note);
    if (const std::string s = l.status_of(e); !s.empty()) note = "(" + s + ") " + note;
    table.add({e.id, e.start.local.date.iso(), format_clock(e.start.local.minute),
               (e.end.local.date == e.start.local.date ? "" : e.end.local.date.iso() + " ") + format_clock(e.end.local.minute),
               e.hours().to_decimal(2), std::string(name_of(e.kind)), e.staff, e.km ? std::to_string(*e.km) : "", note});
  }
  std::cout << table.str(stdout_painter());
  std::cout << fmt::format("{} h used from {} to {}\n", total.to_decimal(2), from.iso(), to.iso());
  unreadable_lines(l.problems);
}

void run(Globals& g, const Options& o) {
  const app::Session& session = g.session();
  session.tree().resolve_case(o.case_id); // an unknown case is named before anything else
  const int modes = (o.list ? 1 : 0) + (!o.void_id.empty() ? 1 : 0) + (!o.import_file.empty() ? 1 : 0) + (!o.correct_id.empty() ? 1 : 0) +
                    (o.planned ? 1 : 0);
  if (modes > 1) throw Error(Exit::usage, _("--list, --void, --correct, --import and --planned go one at a time"));
  if (o.planned && (!o.input.start.empty() || !o.input.end.empty() || !o.input.end_date.empty()))
    throw Error(Exit::usage, _("--planned takes its times from the plan"), _("leave out --start and --end, or leave out --planned"));
  if ((!o.void_id.empty() || !o.correct_id.empty()) && o.reason.empty())
    throw Error(Exit::usage, _("a void or a correction needs --reason"), _("say why, for the audit trail"));
  if (!o.reason.empty() && o.void_id.empty() && o.correct_id.empty())
    throw Error(Exit::usage, _("--reason goes with --void or --correct"), _("use --note for a note on a visit"));
  if (privacy::contains_cpr(o.reason)) throw Error(Exit::usage, _("--reason holds a value shaped like a CPR number"), _("remove it"));
  Diagnostics typed;
  hours::check_storable("reason", o.reason, flag_locator()("reason"), typed);
  if (typed.blocking()) store::throw_problems(typed);
  if (o.excel && !o.list) throw Error(Exit::usage, _("--excel goes with --list"), _("it writes the list as CSV for Excel"));
  if (o.list) {
    list(session, o);
    return;
  }
  if (!o.void_id.empty()) void_entry(session, o);
  else if (!o.import_file.empty()) import_sheet(session, o);
  else if (o.planned) log_planned(session, o);
  else log_one(session, o);
}

} // namespace

void register_log_hours(CLI::App& app, Globals& globals) {
  auto* cmd = app.add_subcommand(
    "log-hours", _("Record delivered hours with real start and end times; void or correct entries; import a timesheet; list"));
  static Options o;
  cmd->add_option("CASE", o.case_id, _("case ID or a unique prefix"))->required();
  cmd->add_option("--date", o.input.date, _("the day the visit started, YYYY-MM-DD"));
  cmd->add_option("--start", o.input.start, _("real start: HH:MM, or 02:30+02:00 for the doubled autumn hour, or YYYY-MM-DDTHH:MM"));
  cmd->add_option("--end", o.input.end, _("real end, written like --start"));
  cmd->add_option("--end-date", o.input.end_date, _("the day it ended, for a visit past midnight or a stay"));
  cmd->add_option("--staff", o.input.staff, _("who delivered it (default: the case's fixed staff member)"));
  cmd->add_option("--kind", o.input.kind, _("visit (default), overnight, meeting or cancelled"));
  cmd->add_option("--cancelled-by", o.input.cancelled_by, _("for a cancelled visit: family, provider or illness"));
  cmd->add_option("--km", o.input.km, _("km driven, when driving is part of the grant"));
  cmd->add_option("--route", o.input.route, _("where the km were driven, and why"));
  cmd->add_option("--note", o.input.note, _("a note on the visit"));
  cmd->add_option("--void", o.void_id, _("void an entry (by ID or prefix); needs --reason"));
  cmd->add_option("--correct", o.correct_id, _("replace an entry: what the other options give changes, the rest is kept; needs --reason"));
  cmd->add_option("--reason", o.reason, _("why an entry is voided or corrected"));
  cmd->add_flag("--planned", o.planned, _("log the visits planned on --date (default: today) as delivered as planned"));
  cmd->add_option("--import", o.import_file, _("log every row of a CSV timesheet, or none if any row is wrong"));
  cmd->add_flag("--list", o.list, _("list entries instead of logging"));
  cmd->add_flag("--all", o.all, _("with --list: also voided and corrected entries and the voids"));
  cmd->add_option("--from", o.from, _("with --list: the first day (default: the grant's start)"));
  cmd->add_option("--to", o.to, _("with --list: the last day (default: the grant's end)"));
  add_format_option(cmd, o.format, {"text", "json", "csv"});
  add_excel_flag(cmd, o.excel);
  cmd->callback([cmd, &globals] {
    apply_excel_flag(*cmd, o.excel, o.format);
    run(globals, o);
  });
}

} // namespace pusterum::cli
