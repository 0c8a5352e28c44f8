// pusterum report: the status report to the caseworker, per case and
// period; which reports are due; marking one as sent. `report billing` and
// `report overview` hang below it.
#include "app.hpp"
#include "git.hpp"

#include "hours/case_log.hpp"
#include "model/municipality.hpp"
#include "privacy/cpr.hpp"
#include "render/csv.hpp"
#include "report/case_files.hpp"
#include "report/document.hpp"
#include "report/machine.hpp"
#include "report/out_files.hpp"
#include "render/table.hpp"
#include "store/read_cache.hpp"
#include "util/error.hpp"
#include "util/parallel.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <iostream>

namespace pusterum::cli {

namespace {

namespace stdfs = std::filesystem;
using report::StatusReport;

struct Options {
  std::vector<std::string> cases;
  bool all = false, due = false;
  std::string mark_sent, period, from, to, date, format, lang, csv_dialect = "programs", out;
};

report::PeriodRequest period_request(const Options& o) {
  if (!o.period.empty() && (!o.from.empty() || !o.to.empty()))
    throw Error(Exit::usage, "--period and --from/--to go one at a time");
  if (!o.period.empty()) {
    if (auto request = report::parse_period(o.period)) return *request;
    throw Error(Exit::usage, fmt::format("--period '{}' is not a period", o.period),
                "write a quarter as 2026-Q3 or a month as 2026-10, or give --from and --to");
  }
  if (o.from.empty() != o.to.empty()) throw Error(Exit::usage, "--from and --to go together", "give both days");
  if (o.from.empty()) return {};
  const Date from = date_option(o.from, "--from"), to = date_option(o.to, "--to");
  if (to < from) throw Error(Exit::usage, fmt::format("--to {} is before --from {}", to.iso(), from.iso()));
  return report::range_request(from, to);
}

Language language(const Options& o, const store::Tree& tree) {
  return o.lang.empty() ? tree.provider().language : *parse_enum<Language>(o.lang);
}

// A case to report on; read already when choosing among all cases needed it.
struct Chosen {
  std::string id;
  std::optional<Case> c;
};

std::vector<Chosen> chosen_cases(const Options& o, const store::Tree& tree) {
  if (o.all && !o.cases.empty()) throw Error(Exit::usage, "name cases or give --all, not both");
  std::vector<Chosen> chosen;
  for (const auto& given : o.cases) chosen.push_back({tree.resolve_case(given), std::nullopt});
  if (!chosen.empty()) return chosen;
  if (!o.all && !o.due) throw Error(Exit::usage, "name a case, or give --all", "`pusterum case list` shows the cases");
  // A case file that cannot be read is kept, so the batch names it.
  const std::vector<std::string> ids = tree.case_ids();
  store::ReadCache cache(tree);
  std::vector<std::optional<Chosen>> picked(ids.size());
  parallel_for(ids.size(), [&](size_t i) {
    auto loaded = store::load_case(tree, cache, ids[i]); // a folder without case.yaml is named like any unreadable file
    if (!loaded.ok()) picked[i] = Chosen{ids[i], std::nullopt};
    else if (report::reported_on(*loaded.value)) picked[i] = Chosen{ids[i], std::move(loaded.value)};
  });
  cache.save();
  for (auto& p : picked)
    if (p) chosen.push_back(std::move(*p));
  return chosen;
}

report::CaseFiles read_chosen(const store::Tree& tree, const Chosen& chosen, bool with_hours = true) {
  return chosen.c ? report::read_case_files(tree, *chosen.c, with_hours) : report::read_case_files(tree, chosen.id);
}

report::StaffNames staff_names(const store::Tree& tree) {
  store::ReadCache cache(tree);
  report::StaffNames names;
  for (const auto& id : tree.staff_ids()) {
    const auto text = tree.read_text_if_present(tree.staff_file(id));
    if (auto s = text ? cache.staff(id, *text) : std::nullopt) names[id] = s->name;
    else if (auto loaded = tree.load_staff(id); loaded.value) names[id] = loaded.value->name;
  }
  cache.save();
  return names;
}

// A batch goes on past a case it cannot report on; it names the case and
// why, and the run ends non-zero.
struct Batch {
  std::vector<StatusReport> reports;
  std::vector<report::Failure> failures;
  std::vector<std::string> skipped; // --all: cases with no period to report on
  Exit worst = Exit::ok;
};

// What one case of a batch came to: a report, a skip or a failure.
struct Outcome {
  std::optional<StatusReport> report;
  bool skipped = false;
  std::optional<report::Failure> failure;
  Exit code = Exit::ok;
};

Outcome build_one(const Options& o, const store::Tree& tree, const Chosen& item, const report::PeriodRequest& request,
                  Date today, bool alone) {
  Outcome done;
  try {
    const report::CaseFiles files = read_chosen(tree, item);
    // In a batch, a case whose grant has no period to report on yet is not an error.
    const Contract contract = report::contract_for(tree.provider(), files.c.municipality);
    if (o.all && !report::report_span(files.c.grant, contract, request, today)) {
      done.skipped = true;
      return done;
    }
    const grant::Span span = report::span_for(files.c, contract, request, today);
    done.report = report::build_report(tree, files, span, request.label, today);
  } catch (const Error& e) {
    if (alone) throw;
    done.failure = report::Failure{item.id, privacy::redact_cpr(e.what() + (e.hint().empty() ? "" : "; " + e.hint()))};
    done.code = e.code();
  }
  return done;
}

// The cases are reported on every core; the batch keeps their order.
Batch build_reports(const Options& o, const store::Tree& tree, const std::vector<Chosen>& chosen, Date today) {
  const report::PeriodRequest request = period_request(o);
  (void)tree.provider(); // read once, before the threads share the tree
  std::vector<Outcome> outcomes(chosen.size());
  parallel_for(chosen.size(), [&](size_t i) { outcomes[i] = build_one(o, tree, chosen[i], request, today, chosen.size() == 1); });
  Batch batch;
  for (size_t i = 0; i < chosen.size(); ++i) {
    Outcome& done = outcomes[i];
    if (done.report) batch.reports.push_back(std::move(*done.report));
    if (done.skipped) batch.skipped.push_back(chosen[i].id);
    if (done.failure) {
      batch.failures.push_back(std::move(*done.failure));
      if (batch.worst == Exit::ok) batch.worst = done.code;
    }
  }
  return batch;
}

std::string extension(const std::string& format) { return format == "text" ? "txt" : format; }

render::CsvDialect dialect(const Options& o) {
  return o.csv_dialect == "danish" ? render::csv_for_danish_spreadsheets : render::csv_for_programs;
}

// One or more reports in one output.
std::string rendered(const Options& o, const std::vector<StatusReport>& reports, const std::vector<report::Failure>& failures,
                     const report::StaffNames& names, Language lang, Date today, bool colour) {
  if (o.format == "json") return render::dump(report::reports_json(reports, failures, today));
  if (o.format == "csv") return report::reports_csv(reports, dialect(o));
  std::vector<report::Document> docs;
  for (const auto& r : reports) docs.push_back(report::status_document(r, names, lang));
  if (o.format == "html") return report::render_html_pages(docs);
  std::string out;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (i) out += o.format == "md" ? "\n---\n\n" : "\n" + std::string(72, '=') + "\n\n";
    out += o.format == "md" ? report::render_markdown(docs[i]) : report::render_text(docs[i], colour);
  }
  return out;
}

std::string rendered_summary(const Options& o, const std::string& municipality, const std::vector<StatusReport>& reports,
                             Language lang, Date today) {
  if (o.format == "json") return render::dump(report::summary_json(municipality, reports, today));
  if (o.format == "csv") return report::reports_csv(reports, dialect(o));
  const report::Document doc = report::summary_document(municipality, reports, lang, today);
  if (o.format == "html") return report::render_html(doc);
  return o.format == "md" ? report::render_markdown(doc) : report::render_text(doc, false);
}

// --out DIR: a file per case and a summary per municipality, each holding
// one municipality's cases only, and no file written twice. Prints the
// files written.
void write_files(const Options& o, const Batch& batch, const report::StaffNames& names, Language lang, Date today) {
  const auto groups = split_by_municipality(batch.reports, [](const StatusReport& r) { return r.municipality; },
                                            [](const StatusReport& r) { return r.case_id; });
  const stdfs::path dir(o.out);
  const std::string ext = extension(o.format);
  std::vector<report::OutFile> files;
  for (const auto& group : groups) {
    const std::string prefix = report::municipality_file_part(group.name);
    for (const auto& r : group.items)
      files.push_back({dir / fmt::format("{}_{}.{}", prefix, r.case_id, ext), "the report on " + r.case_id,
                       [&] { return rendered(o, {r}, {}, names, lang, today, false); }});
    files.push_back({dir / fmt::format("{}_summary.{}", prefix, ext), "the summary of " + group.name,
                     [&] { return rendered_summary(o, group.name, group.items, lang, today); }});
  }
  report::write_out_files(dir, files, "write the municipality one way in its case files, or report on the cases one at a time",
                          [](const stdfs::path& file) { std::cout << file.string() << "\n"; });
}

void report_cases(const store::Tree& tree, const Options& o) {
  const Date today = tree.today();
  const Language lang = language(o, tree);
  const Batch batch = build_reports(o, tree, chosen_cases(o, tree), today);
  const report::StaffNames names = staff_names(tree);
  for (const auto& id : batch.skipped) say(fmt::format("{}: no status period has ended yet; not reported", id));
  // Problems of files already name the file, and so the case.
  for (const auto& f : batch.failures)
    say(f.message.find(": error: ") != std::string::npos ? f.message : fmt::format("pusterum: error: case {}: {}", f.case_id, f.message));
  if (!o.out.empty()) {
    warn_if_inside_tree(tree, o.out);
    write_files(o, batch, names, lang, today);
  } else
    std::cout << rendered(o, batch.reports, batch.failures, names, lang, today, stdout_painter().enabled());
  if (batch.failures.empty()) return;
  std::vector<std::string> ids;
  for (const auto& f : batch.failures) ids.push_back(f.case_id);
  throw Error(batch.worst, fmt::format("{} case{} not reported: {}", ids.size(), ids.size() == 1 ? "" : "s", text::join(ids, ", ")),
              "fix what is named above and run the report again");
}

void list_due(const store::Tree& tree, const Options& o) {
  const Date today = tree.today();
  std::vector<report::DueReport> due;
  for (const auto& chosen : chosen_cases(o, tree)) {
    const auto found = report::due_reports(tree, read_chosen(tree, chosen, false), today);
    due.insert(due.end(), found.begin(), found.end());
  }
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
    const render::CsvDialect d = dialect(o);
    std::string out = render::csv_start(d) + render::csv_row({"case", "municipality", "child_initials", "coordinator", "from", "to",
                                                              "days_since_end", "status_text"}, d);
    for (const auto& r : due)
      out += render::csv_row({r.case_id, r.municipality, r.child_initials, r.coordinator, r.period.first.iso(), r.period.last.iso(),
                              std::to_string(today - r.period.last), r.status_text ? "yes" : "no"}, d);
    std::cout << out;
    return;
  }
  if (due.empty()) {
    say("No status reports are due.");
    return;
  }
  render::Table table({"CASE", "MUNICIPALITY", "CHILD", "COORDINATOR", "PERIOD", "ENDED", "STATUS TEXT"});
  for (const auto& d : due)
    table.add({d.case_id, d.municipality, d.child_initials, d.coordinator, d.period.first.iso() + ".." + d.period.last.iso(),
               fmt::format("{} days ago", today - d.period.last), d.status_text ? "written" : "missing"});
  std::cout << table.str(stdout_painter());
}

void mark_sent(const app::Session& session, const Options& o) {
  const store::Tree& tree = session.tree();
  if (!o.cases.empty() || o.all || !o.out.empty()) throw Error(Exit::usage, "--mark-sent takes one case and no other cases, --all or --out");
  const Date today = tree.today();
  const Date sent = o.date.empty() ? today : date_option(o.date, "--date");
  if (sent > today) throw Error(Exit::usage, fmt::format("--date {} is in the future", sent.iso()), "give the day the report was sent");
  app::Change change(session);
  const std::string id = tree.resolve_case(o.mark_sent);
  change.about(id);
  const report::CaseFiles files = report::read_case_files(tree, id);
  const grant::Span span = report::span_for(files.c, report::contract_for(tree.provider(), files.c.municipality), period_request(o), today);
  if (sent < span.first)
    throw Error(Exit::usage, fmt::format("--date {} is before the period {} to {} begins", sent.iso(), span.first.iso(), span.last.iso()));
  const report::SentRecord record{span, sent, session.user()};
  if (!report::mark_sent(tree, id, record)) {
    say(fmt::format("The report on {} for {} to {} is already marked sent on {}.", id, span.first.iso(), span.last.iso(), sent.iso()));
    return;
  }
  say(fmt::format("Marked the report on {} for {} to {} as sent on {}.", id, span.first.iso(), span.last.iso(), sent.iso()));
}

void run(Globals& g, const Options& o) {
  if (o.due && !o.mark_sent.empty()) throw Error(Exit::usage, "--due and --mark-sent go one at a time");
  if (!o.date.empty() && o.mark_sent.empty()) throw Error(Exit::usage, "--date goes with --mark-sent");
  if (!o.out.empty() && o.due) throw Error(Exit::usage, "--out goes with reports, not with --due");
  if (o.due && (o.format == "md" || o.format == "html")) throw Error(Exit::usage, "--due prints text, csv or json");
  if (o.due && !(o.period.empty() && o.from.empty() && o.to.empty()))
    throw Error(Exit::usage, "--due lists every status period that has ended", "leave out --period, --from and --to");
  if (o.csv_dialect != "programs" && o.format != "csv") throw Error(Exit::usage, "--csv-dialect goes with --format csv");
  refuse_cpr(o.out, "--out", "folder name", "choose another folder: its name would be in every message about the files");
  const store::Tree& tree = open_tree(g);
  if (!o.mark_sent.empty()) return mark_sent(g.session(), o);
  if (o.due) return list_due(tree, o);
  report_cases(tree, o);
}

} // namespace

void refuse_report_options(const CLI::App& sub) {
  const CLI::App* report = sub.get_parent();
  for (const CLI::Option* opt : report->get_options()) {
    if (opt->count() == 0 || opt->get_name() == "--help") continue;
    const std::string name = opt->get_positional() ? opt->get_name() : "--" + opt->get_lnames().front();
    throw Error(Exit::usage, fmt::format("`report {}` takes no {}; it belongs to `pusterum report`", sub.get_name(), name),
                fmt::format("see `pusterum report {} --help`", sub.get_name()));
  }
}

void register_report(CLI::App& app, Globals& globals) {
  CLI::App* cmd = app.add_subcommand("report", "status reports to the caseworker; which are due; billing basis and the provider's overview");
  static Options o;
  cmd->add_option("CASE", o.cases, "case IDs or unique prefixes");
  cmd->add_flag("--all", o.all, "every case that has had help (active, paused, closed)");
  cmd->add_option("--period", o.period, "a calendar quarter (2026-Q3) or month (2026-10); default: the grant's latest ended status period");
  cmd->add_option("--from", o.from, "the first day of the period, YYYY-MM-DD (with --to)");
  cmd->add_option("--to", o.to, "the last day of the period, YYYY-MM-DD (with --from)");
  add_format_option(cmd, o.format, {"text", "md", "csv", "json", "html"});
  cmd->add_option("--lang", o.lang, "da or en (default: language in pusterum.yaml)")->check(CLI::IsMember({"da", "en"}));
  cmd->add_option("--csv-dialect", o.csv_dialect, "programs (',' and '.') or danish (';', decimal comma, BOM: opens in Danish spreadsheets)")
    ->check(CLI::IsMember({"programs", "danish"}))
    ->capture_default_str();
  cmd->add_option("--out", o.out, "write a file per case and a summary per municipality into this folder");
  cmd->add_flag("--due", o.due, "list the status reports whose period has ended and that are not marked sent");
  cmd->add_option("--mark-sent", o.mark_sent, "record that the report on this case (for --period, or the latest ended period) was sent");
  cmd->add_option("--date", o.date, "with --mark-sent: the day it was sent (default: today)");
  cmd->callback([cmd, &globals] {
    if (!cmd->get_subcommands().empty()) return; // `report billing` or `report overview` was run
    run(globals, o);
  });
  register_report_billing(*cmd, globals);
  register_report_overview(*cmd, globals);
}

} // namespace pusterum::cli
