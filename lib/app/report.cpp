#include "app/report.hpp"

#include "model/municipality.hpp"
#include "privacy/cpr.hpp"
#include "render/lang.hpp"
#include "report/billing_render.hpp"
#include "report/out_files.hpp"
#include "store/read_cache.hpp"
#include "util/parallel.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "util/i18n.hpp" // last: it defines _()

namespace pusterum::app {

namespace {

namespace stdfs = std::filesystem;
using report::StatusReport;

// A case to report on; read already when choosing among all cases needed it.
struct Chosen {
  std::string id;
  std::optional<Case> c;
};

std::vector<Chosen> chosen_cases(const store::Tree& tree, const std::vector<std::string>& given) {
  std::vector<Chosen> chosen;
  for (const auto& g : given) chosen.push_back({tree.resolve_case(g), std::nullopt});
  if (!chosen.empty()) return chosen;
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

// What one case of a batch came to: reports (one, or with --due each period
// due), a skip or a failure.
struct Outcome {
  std::vector<StatusReport> reports;
  bool skipped = false;
  std::optional<report::Failure> failure;
  Exit code = Exit::ok;
};

void build_due(const store::Tree& tree, const report::CaseFiles& files, Date today, Outcome& done) {
  for (const report::DueReport& due : report::due_reports(tree, files, today))
    done.reports.push_back(report::build_report(tree, files, due.period, "", today));
}

Outcome build_one(const store::Tree& tree, const Chosen& item, const StatusRequest& request, Date today, bool alone) {
  Outcome done;
  try {
    const report::CaseFiles files = read_chosen(tree, item);
    if (request.due) {
      build_due(tree, files, today, done);
      return done;
    }
    // In a batch, a case whose grant has no period to report on yet is not an error.
    const Contract contract = report::contract_for(tree.provider(), files.c.municipality);
    if (request.all && !report::report_span(files.c.grant, contract, request.period, today)) {
      done.skipped = true;
      return done;
    }
    const grant::Span span = report::span_for(files.c, contract, request.period, today);
    done.reports.push_back(report::build_report(tree, files, span, request.period.label, today));
  } catch (const Error& e) {
    if (alone) throw;
    done.failure = report::Failure{item.id, privacy::redact_cpr(e.what() + (e.hint().empty() ? "" : "; " + e.hint()))};
    done.code = e.code();
  }
  return done;
}

std::string rendered(const std::vector<StatusReport>& reports, const std::vector<report::Failure>& failures,
                     const StatusBatch& batch, const StatusFormat& f, bool colour) {
  if (f.format == "json") return render::dump(report::reports_json(reports, failures, batch.today));
  if (f.format == "csv") return report::reports_csv(reports, f.dialect);
  std::vector<report::Document> docs;
  for (const auto& r : reports) docs.push_back(report::status_document(r, batch.names, f.lang, f.draft));
  if (f.format == "html") return report::render_html_pages(docs);
  if (f.format == "pdf") return report::render_pdf(docs, batch.today);
  std::string out;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (i) out += f.format == "md" ? "\n---\n\n" : "\n" + std::string(72, '=') + "\n\n";
    out += f.format == "md" ? report::render_markdown(docs[i]) : report::render_text(docs[i], colour);
  }
  return out;
}

std::string rendered_summary(const std::string& municipality, const std::vector<StatusReport>& reports, const StatusBatch& batch,
                             const StatusFormat& f) {
  if (f.format == "json") return render::dump(report::summary_json(municipality, reports, batch.today));
  if (f.format == "csv") return report::reports_csv(reports, f.dialect);
  const report::Document doc = report::summary_document(municipality, reports, f.lang, batch.today);
  if (f.format == "html") return report::render_html(doc);
  if (f.format == "pdf") return report::render_pdf({doc}, batch.today);
  return f.format == "md" ? report::render_markdown(doc) : report::render_text(doc, false);
}

// From the first day of the earliest period to the last of the latest.
grant::Span reports_span(const std::vector<StatusReport>& reports) {
  grant::Span span = reports.front().period;
  for (const auto& r : reports) span = {std::min(span.first, r.period.first), std::max(span.last, r.period.last)};
  return span;
}

bool same_municipality(const std::string& a, const std::string& b) { return municipality_key(a) == municipality_key(b); }

// Only when no case matched: is the name one no case has?
void check_municipality(const store::Tree& tree, const std::string& given) {
  std::set<std::string> names;
  store::ReadCache cache(tree);
  for (const auto& loaded : store::load_cases(tree, cache))
    if (loaded.value) names.insert(loaded.value->municipality);
  if (std::any_of(names.begin(), names.end(), [&](const std::string& m) { return same_municipality(m, given); })) return;
  const std::vector<std::string> known(names.begin(), names.end());
  const auto close = text::closest(given, known);
  throw Error(Exit::usage, fmt::format(fmt::runtime(_("no case belongs to the municipality '{}'")), given),
              close ? fmt::format(fmt::runtime(_("did you mean '{}'?")), *close) : fmt::format(fmt::runtime(_("the cases name {}")), text::join(known, ", ")));
}

} // namespace

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

// The cases are reported on every core; the batch keeps their order.
StatusBatch status_reports(const Session& session, const StatusRequest& request) {
  const store::Tree& tree = session.tree();
  const Date today = session.today();
  const std::vector<Chosen> chosen = chosen_cases(tree, request.cases);
  (void)tree.provider(); // read once, before the threads share the tree
  std::vector<Outcome> outcomes(chosen.size());
  parallel_for(chosen.size(), [&](size_t i) { outcomes[i] = build_one(tree, chosen[i], request, today, chosen.size() == 1); });
  StatusBatch batch;
  batch.today = today;
  for (size_t i = 0; i < chosen.size(); ++i) {
    Outcome& done = outcomes[i];
    for (auto& r : done.reports) batch.reports.push_back(std::move(r));
    if (done.skipped) batch.skipped.push_back(chosen[i].id);
    if (done.failure) {
      batch.failures.push_back(std::move(*done.failure));
      if (batch.worst == Exit::ok) batch.worst = done.code;
    }
  }
  batch.names = staff_names(tree);
  return batch;
}

std::string rendered_reports(const StatusBatch& batch, const StatusFormat& format, bool colour) {
  return rendered(batch.reports, batch.failures, batch, format, colour);
}

void write_status_files(const StatusBatch& batch, const StatusFormat& format, const stdfs::path& dir, const Written& written) {
  const auto groups = split_by_municipality(batch.reports, [](const StatusReport& r) { return r.municipality; },
                                            [](const StatusReport& r) { return r.case_id; });
  const std::string ext = report::out_extension(format.format);
  std::vector<report::OutFile> files;
  for (const auto& group : groups) {
    for (const auto& r : group.items)
      files.push_back({dir / report::out_file_name(group.name, r.case_id, r.period, ext), group.name, r.case_id, r.period,
                       fmt::format(fmt::runtime(_("the report on {} for {} to {}")), r.case_id, r.period.first.iso(), r.period.last.iso()),
                       [&] { return rendered({r}, {}, batch, format, false); }});
    const grant::Span periods = reports_span(group.items);
    files.push_back({dir / report::out_file_name(group.name, "summary", periods, ext), group.name, "", periods,
                     fmt::format(fmt::runtime(_("the summary of {}")), group.name), [&] { return rendered_summary(group.name, group.items, batch, format); }});
  }
  report::write_out_files(dir, files, "write the municipality one way in its case files, or report on the cases one at a time", written);
}

std::vector<report::DueReport> due_reports(const Session& session, const std::vector<std::string>& cases) {
  const store::Tree& tree = session.tree();
  std::vector<report::DueReport> due;
  for (const auto& chosen : chosen_cases(tree, cases)) {
    const auto found = report::due_reports(tree, read_chosen(tree, chosen, false), session.today());
    due.insert(due.end(), found.begin(), found.end());
  }
  return due;
}

MarkedSent mark_sent(const Session& session, const MarkSentRequest& r) {
  Change change(session);
  const store::Tree& tree = session.tree();
  const Date today = session.today();
  const Date sent = r.sent.value_or(today);
  if (sent > today) throw Error(Exit::usage, fmt::format(fmt::runtime(_("--date {} is in the future")), sent.iso()), _("give the day the report was sent"));
  const std::string id = tree.resolve_case(r.case_id);
  change.about(id);
  const report::CaseFiles files = report::read_case_files(tree, id);
  const grant::Span span = report::span_for(files.c, report::contract_for(tree.provider(), files.c.municipality), r.period, today);
  if (sent < span.first)
    throw Error(Exit::usage, fmt::format(fmt::runtime(_("--date {} is before the period {} to {} begins")), sent.iso(), span.first.iso(), span.last.iso()));
  const bool added = report::mark_sent(tree, id, report::SentRecord{span, sent, session.user()});
  return {.case_id = id, .period = span, .sent = sent, .already = !added};
}

StatusTemplateWritten write_status_template(const Session& session, const StatusTemplateRequest& r) {
  Change change(session);
  const store::Tree& tree = session.tree();
  const std::string id = tree.resolve_case(r.case_id);
  change.about(id);
  const Case c = tree.require_case(id);
  const grant::Span span = report::span_for(c, report::contract_for(tree.provider(), c.municipality), r.period, session.today());
  const stdfs::path file = report::status_text_path(tree, id, span.first);
  if (stdfs::exists(file))
    throw Error(Exit::invalid, fmt::format(fmt::runtime(_("{} exists already: the status text for {} to {} is begun")), tree.relative(file), span.first.iso(),
                                           span.last.iso()),
                _("edit that file; pusterum never writes over a status text"));
  const std::string period = render::long_date(span.first, r.lang) + " – " + render::long_date(span.last, r.lang);
  fs::create_private_dirs(file.parent_path());
  fs::write_file_atomic(file, report::status_template(c.child.initials, period, r.lang));
  return {.case_id = id, .period = span, .file = tree.relative(file)};
}

// Each case is billed as it is read, so memory holds the bills, not the logs.
Billing billing_basis(const Session& session, const BillingRequest& r) {
  const store::Tree& tree = session.tree();
  const Provider& provider = session.provider();
  const report::BillingPeriod& period = r.period;
  const Zone& zone = session.zone(); // read once, before the threads share the session
  auto wanted_case = [&](const Case& c) { return r.municipality.empty() || same_municipality(c.municipality, r.municipality); };
  using Billed = std::pair<std::string, report::CaseBilling>;
  auto inputs = report::map_cases_with_hours<Billed>(
    tree, {.of_case = wanted_case, .days = grant::Span{period.first, period.last}}, [&](report::CaseWithHours&& input) {
      return Billed{input.c.municipality, report::bill_case(input.c, input.effective, period, provider, zone)};
    });
  if (!r.municipality.empty() && inputs.results.empty()) check_municipality(tree, r.municipality);
  return {.basis = report::group_by_municipality(provider.name, period, std::move(inputs.results)),
          .set_aside = std::move(inputs.set_aside)};
}

std::string rendered_billing(const report::BillingBasis& basis, const SheetFormat& f, const terminal::Painter& paint) {
  if (f.format == "json") return render::dump(report::billing_json(basis));
  if (f.format == "csv") return report::billing_csv(basis, f.dialect);
  return report::sheet_in_format(report::billing_sheet(basis, f.lang), f.format, paint);
}

// And no file written twice, so none loses the cases of the first.
void write_billing_files(const report::BillingBasis& basis, const SheetFormat& format, const stdfs::path& dir, const Written& written) {
  const grant::Span period{basis.period.first, basis.period.last};
  std::vector<report::OutFile> files;
  for (const auto& m : basis.municipalities)
    files.push_back({dir / report::out_file_name(m.name, "billing", period, report::out_extension(format.format)), m.name, "", period,
                     "the billing of " + m.name,
                     [&] { return rendered_billing(report::BillingBasis{basis.provider, basis.period, {m}}, format, terminal::Painter(false)); }});
  report::write_out_files(dir, files, "write the municipality one way in its case files, or bill one with --municipality", written);
}

ProviderOverview provider_overview(const Session& session, report::BillingPeriod period) {
  auto inputs = report::read_cases_with_hours(session.tree());
  const report::StaffNames names = staff_names(session.tree());
  const std::map<std::string, std::string> by_id(names.begin(), names.end());
  return {.overview = report::make_overview(session.provider(), inputs.cases, by_id, period, session.today(), session.zone()),
          .set_aside = std::move(inputs.set_aside)};
}

} // namespace pusterum::app
