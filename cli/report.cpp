// pusterum report: the status report to the caseworker, per case and
// period; which reports are due; marking one as sent. `report billing` and
// `report overview` hang below it.
#include "app.hpp"
#include "git.hpp"
#include "report_billing_options.hpp"

#include "app/report.hpp"
#include "render/table.hpp"
#include "util/error.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <iostream>

#include <unistd.h>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::cli {

namespace {

struct Options {
  std::vector<std::string> cases;
  bool all = false, due = false, excel = false, status_template = false, draft = false;
  std::string mark_sent, period, from, to, date, format, lang, csv_dialect, out;
};

report::PeriodRequest period_request(const app::Session& session, const Options& o) {
  if (!o.period.empty() && (!o.from.empty() || !o.to.empty()))
    throw Error(Exit::usage, _("--period and --from/--to go one at a time"));
  if (!o.period.empty()) {
    if (auto request = report::parse_period(o.period)) return *request;
    throw Error(Exit::usage, fmt::format(fmt::runtime(_("--period '{}' is not a period")), o.period),
                _("write a quarter as 2026-Q3 or a month as 2026-10, or give --from and --to"));
  }
  if (o.from.empty() != o.to.empty()) throw Error(Exit::usage, _("--from and --to go together"), _("give both days"));
  if (o.from.empty()) return {};
  const Date from = date_option(session, o.from, "--from"), to = date_option(session, o.to, "--to");
  if (to < from) throw Error(Exit::usage, fmt::format(fmt::runtime(_("--to {} is before --from {}")), to.iso(), from.iso()));
  return report::range_request(from, to);
}

Language language(const Options& o, const Provider& provider) {
  return o.lang.empty() ? provider.language : *parse_enum<Language>(o.lang);
}

// --csv-dialect danish is the old spelling of --excel, kept for scripts.
bool excel(const Options& o) { return o.excel || o.csv_dialect == "danish"; }

render::CsvDialect dialect(const Options& o, const Provider& provider) { return render::csv_dialect(excel(o), language(o, provider)); }

// `report biling`: a word no case matches that is nearly a command under
// `report` was meant as the command.
void refuse_mistyped_command(const store::Tree& tree, const Options& o, const std::vector<std::string>& commands) {
  for (const auto& given : o.cases) {
    const auto near = text::closest(given, commands);
    if (!near) continue;
    try {
      tree.resolve_case(given);
    } catch (const Error&) {
      throw Error(Exit::usage, fmt::format(fmt::runtime(_("no case or report command matches '{}'")), given),
                  fmt::format(fmt::runtime(_("did you mean `pusterum report {}`?")), *near));
    }
  }
}

// Which cases: named, or every one that has had help.
void check_cases(const Options& o) {
  if (o.all && !o.cases.empty()) throw Error(Exit::usage, _("name cases or give --all, not both"));
  if (o.cases.empty() && !o.all && !o.due) throw Error(Exit::usage, _("name a case, or give --all"), _("`pusterum case list` shows the cases"));
}

void report_cases(const app::Session& session, const Options& o) {
  check_cases(o);
  const app::StatusFormat format{.format = o.format, .lang = language(o, session.provider()), .dialect = dialect(o, session.provider()),
                                 .draft = o.draft};
  const app::StatusBatch batch =
    app::status_reports(session, {.cases = o.cases, .all = o.all, .due = o.due, .period = o.due ? report::PeriodRequest{} : period_request(session, o)});
  for (const auto& id : batch.skipped) say(fmt::format(fmt::runtime(_("{}: no status period has ended yet; not reported")), id));
  // What the coordinator should see before sending, kept out of the caseworker's document (JSON has them as `notes`).
  if (!o.draft && o.format != "json")
    for (const auto& r : batch.reports)
      for (const auto& note : r.notes) say(fmt::format(fmt::runtime(_("note: {}: {}")), r.case_id, report::note_text(note, format.lang)));
  // Problems of files already name the file, and so the case.
  for (const auto& f : batch.failures)
    say(f.message.find(fmt::format(": {} ", severity_label(Severity::block))) != std::string::npos
          ? f.message
          : fmt::format(fmt::runtime(_("pusterum: {} case {}: {}")), severity_label(Severity::block), f.case_id, f.message));
  if (!o.out.empty()) {
    warn_if_inside_tree(session.tree(), o.out);
    write_reported(o.format, [&](const app::Written& written) { app::write_status_files(batch, format, o.out, written); });
    if (o.due && batch.reports.empty()) say(_("No status reports are due; no files written."));
  } else
    std::cout << app::rendered_reports(batch, format, stdout_painter().enabled());
  if (batch.failures.empty()) return;
  std::vector<std::string> ids;
  for (const auto& f : batch.failures) ids.push_back(f.case_id);
  throw Error(batch.worst, fmt::format(fmt::runtime(P_("{} case not reported: {}", "{} cases not reported: {}", ids.size())), ids.size(), text::join(ids, ", ")),
              _("fix what is named above and run the report again"));
}

void list_due(const app::Session& session, const Options& o) {
  check_cases(o);
  const Date today = session.today();
  const std::vector<report::DueReport> due = app::due_reports(session, o.cases);
  if (o.format == "json") {
    render::Json rows = render::Json::array();
    for (const auto& d : due)
      rows.push_back({{"case", d.case_id}, {"municipality", d.municipality}, {"child_initials", d.child_initials},
                      {"coordinator", d.coordinator}, {"period", {{"from", d.period.first.iso()}, {"to", d.period.last.iso()}}},
                      {"days_since_end", today - d.period.last}, {"status_text", d.status_text}});
    std::cout << render::dump({{"as_of", today.iso()}, {"due", rows}});
    return;
  }
  if (o.format == "csv") {
    const render::CsvDialect d = dialect(o, session.provider());
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : due)
      rows.push_back({r.case_id, r.municipality, r.child_initials, r.coordinator, r.period.first.iso(), r.period.last.iso(),
                      std::to_string(today - r.period.last), render::csv_yes_no(r.status_text, d)});
    std::cout << render::csv_table({"case", "municipality", "child_initials", "coordinator", "from", "to", "days_since_end", "status_text"},
                                   rows, d);
    return;
  }
  if (due.empty()) {
    say(_("No status reports are due."));
    return;
  }
  render::Table table({_("CASE"), _("MUNICIPALITY"), _("CHILD"), _("COORDINATOR"), _("PERIOD"), _("ENDED"), _("STATUS TEXT")});
  for (const auto& d : due)
    table.add({d.case_id, d.municipality, d.child_initials, d.coordinator, d.period.first.iso() + ".." + d.period.last.iso(),
               fmt::format("{} days ago", today - d.period.last), d.status_text ? "written" : "missing"});
  std::cout << table.str(stdout_painter());
}

void mark_sent(const app::Session& session, const Options& o) {
  if (!o.cases.empty() || o.all || !o.out.empty()) throw Error(Exit::usage, _("--mark-sent takes one case and no other cases, --all or --out"));
  app::MarkSentRequest request{.case_id = o.mark_sent, .period = period_request(session, o), .sent = std::nullopt};
  if (!o.date.empty()) request.sent = date_option(session, o.date, "--date");
  const app::MarkedSent done = app::mark_sent(session, request);
  const std::string period = fmt::format("{} for {} to {}", done.case_id, done.period.first.iso(), done.period.last.iso());
  if (done.already) say(fmt::format(fmt::runtime(_("The report on {} is already marked sent on {}.")), period, done.sent.iso()));
  else say(fmt::format(fmt::runtime(_("Marked the report on {} as sent on {}.")), period, done.sent.iso()));
}

// A PDF is bytes for a file or a program, not for a terminal to show.
void refuse_pdf_to_terminal(const Options& o) {
  if (o.format != "pdf" || !o.out.empty() || !terminal::is_terminal(STDOUT_FILENO)) return;
  throw Error(Exit::usage, _("--format pdf does not print to the terminal: a PDF is a file"),
              _("give --out DIR, or send it to a file: pusterum report CASE --format pdf > report.pdf"));
}

// --template: the status text's file for the period, with its four sections to fill in.
void write_template(const app::Session& session, const Options& o) {
  if (o.cases.size() != 1 || o.all || o.due || !o.out.empty() || !o.mark_sent.empty() || o.format != "text")
    throw Error(Exit::usage, _("--template takes one case and no --all, --due, --out, --mark-sent or --format"),
                _("`pusterum report CASE --template [--period P] [--lang L]`"));
  const app::StatusTemplateWritten done = app::write_status_template(
    session, {.case_id = o.cases.front(), .period = period_request(session, o), .lang = language(o, session.provider())});
  say(fmt::format(fmt::runtime(_("wrote {}: the status text of {} for {} to {}; fill in its sections")), done.file, done.case_id,
                  done.period.first.iso(), done.period.last.iso()));
}

void run(Globals& g, const Options& o, const std::vector<std::string>& commands) {
  refuse_pdf_to_terminal(o);
  if (o.due && !o.mark_sent.empty()) throw Error(Exit::usage, _("--due and --mark-sent go one at a time"));
  if (!o.date.empty() && o.mark_sent.empty()) throw Error(Exit::usage, _("--date goes with --mark-sent"));
  if (o.due && o.out.empty() && (o.format == "md" || o.format == "html" || o.format == "pdf"))
    throw Error(Exit::usage, _("--due lists the due reports in text, csv or json"), _("add --out DIR to write the due reports themselves"));
  if (o.due && !(o.period.empty() && o.from.empty() && o.to.empty()))
    throw Error(Exit::usage, _("--due lists every status period that has ended"), _("leave out --period, --from and --to"));
  if (!o.csv_dialect.empty()) say(fmt::format(fmt::runtime(_("pusterum: {} --csv-dialect is deprecated: use --excel for the Danish spreadsheet CSV")), severity_label(Severity::warn)));
  refuse_cpr(o.out, "--out", _("folder name"), _("choose another folder: its name would be in every message about the files"));
  open_tree(g);
  const app::Session& session = g.session();
  refuse_mistyped_command(session.tree(), o, commands);
  if (o.status_template) return write_template(session, o);
  if (!o.mark_sent.empty()) return mark_sent(session, o);
  if (o.due && o.out.empty()) return list_due(session, o);
  report_cases(session, o);
}

} // namespace

void refuse_report_options(const CLI::App& sub) {
  const CLI::App* report = sub.get_parent();
  for (const CLI::Option* opt : report->get_options()) {
    if (opt->count() == 0 || opt->get_name() == "--help") continue;
    const std::string name = opt->get_positional() ? opt->get_name() : "--" + opt->get_lnames().front();
    throw Error(Exit::usage, fmt::format(fmt::runtime(_("`report {}` takes no {}; it belongs to `pusterum report`")), sub.get_name(), name),
                fmt::format(fmt::runtime(_("see `pusterum report {} --help`")), sub.get_name()));
  }
}

void register_report(CLI::App& app, Globals& globals) {
  CLI::App* cmd = app.add_subcommand("report", _("status reports to the caseworker; which are due; billing basis and the provider's overview"));
  static Options o;
  cmd->add_option("CASE", o.cases, _("case IDs or unique prefixes"));
  cmd->add_flag("--all", o.all, _("every case that has had help (active, paused, closed)"));
  cmd->add_option("--period", o.period, _("a calendar quarter (2026-Q3) or month (2026-10); default: the grant's latest ended status period"));
  cmd->add_option("--from", o.from, _("the first day of the period, YYYY-MM-DD (with --to)"));
  cmd->add_option("--to", o.to, _("the last day of the period, YYYY-MM-DD (with --from)"));
  add_format_option(cmd, o.format, {"text", "md", "csv", "json", "html", "pdf"});
  cmd->add_option("--lang", o.lang, _("da or en (default: language in pusterum.yaml)"))->check(CLI::IsMember({"da", "en"}));
  add_excel_flag(cmd, o.excel);
  cmd->add_option("--csv-dialect", o.csv_dialect, _("deprecated: danish is --excel"))
    ->check(CLI::IsMember({"programs", "danish"}))
    ->group(""); // hidden from --help; still read, for scripts written before --excel
  cmd->add_option("--out", o.out, _("write a file per case and period and a summary per municipality, in a folder per municipality"));
  cmd->add_flag("--due", o.due, _("the status reports whose period has ended and that are not marked sent: listed, or with --out written"));
  cmd->add_flag("--draft", o.draft, _("the coordinator's view: the notes (missing status text, km left out) in the document, marked as a draft"));
  cmd->add_option("--mark-sent", o.mark_sent, _("record that the report on this case (for --period, or the latest ended period) was sent"));
  cmd->add_flag("--template", o.status_template,
                _("write the case's status text for the period (cases/ID/status/FIRST-DAY.md) with its four sections to fill in"));
  cmd->add_option("--date", o.date, _("with --mark-sent: the day it was sent (default: today)"));
  cmd->callback([cmd, &globals] {
    if (!cmd->get_subcommands().empty()) return; // `report billing` or `report overview` was run
    apply_excel_flag(*cmd, excel(o), o.format);
    std::vector<std::string> commands;
    for (const CLI::App* sub : cmd->get_subcommands([](CLI::App*) { return true; })) commands.push_back(sub->get_name());
    run(globals, o, commands);
  });
  register_report_billing(*cmd, globals);
  register_report_overview(*cmd, globals);
}

} // namespace pusterum::cli
