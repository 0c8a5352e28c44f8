#include "report/case_files.hpp"

#include "schedule/plan_file.hpp"

#include "hours/case_log.hpp"
#include "hours/ledger.hpp"
#include "util/error.hpp"
#include "util/fs.hpp"

#include <fmt/format.h>

namespace pusterum::report {

namespace stdfs = std::filesystem;

stdfs::path status_text_path(const store::Tree& tree, const std::string& case_id, Date period_first) {
  return tree.case_dir(case_id) / "status" / (period_first.iso() + ".md");
}

stdfs::path sent_path(const store::Tree& tree, const std::string& case_id) { return tree.case_dir(case_id) / "status" / "sent.yaml"; }

bool reported_on(const Case& c) {
  return c.status == CaseStatus::active || c.status == CaseStatus::paused || c.status == CaseStatus::closed;
}

namespace {

std::vector<SentRecord> read_sent(const store::Tree& tree, const std::string& case_id) {
  const stdfs::path file = sent_path(tree, case_id);
  if (!fs::is_readable_file(file)) return {};
  SentRead read = parse_sent(tree.read_text(file), tree.relative(file));
  if (read.problems.blocking()) store::throw_problems(read.problems);
  return read.records;
}

std::optional<StatusText> read_status_text(const store::Tree& tree, const stdfs::path& file) {
  if (!fs::is_readable_file(file)) return std::nullopt;
  Diagnostics problems;
  StatusText text = parse_status_text(tree.read_text(file), tree.relative(file), problems);
  if (problems.blocking()) store::throw_problems(problems);
  return text;
}

} // namespace

CaseFiles read_case_files(const store::Tree& tree, const std::string& case_id) {
  return read_case_files(tree, tree.require_case(case_id));
}

CaseFiles read_case_files(const store::Tree& tree, Case c, bool with_hours) {
  CaseFiles files{std::move(c), {}, {}};
  if (with_hours) {
    const auto log = hours::read_case_log(tree, files.c.id);
    if (log.problems.blocking()) store::throw_problems(log.problems);
    files.effective = hours::effective(log.entries);
  }
  files.sent = read_sent(tree, files.c.id);
  return files;
}

grant::Span span_for(const Case& c, const Contract& contract, const PeriodRequest& request, Date today) {
  if (auto span = report_span(c.grant, contract, request, today)) return *span;
  if (request.kind != PeriodRequest::Kind::none)
    throw Error(Exit::usage, fmt::format("case {}: the period {} is outside the grant period {} to {}", c.id, request.label,
                                         c.grant.start.iso(), grant::end_of(c.grant).iso()),
                "give a period the grant covers");
  const auto periods = status_periods(c.grant, contract);
  const std::string first_end = periods.empty() ? c.grant.start.iso() : periods.front().last.iso();
  throw Error(Exit::usage, fmt::format("case {}: no status period has ended yet (the first ends {})", c.id, first_end),
              "give --period or --from and --to to report on the days so far");
}

StatusReport build_report(const store::Tree& tree, const CaseFiles& files, grant::Span span, const std::string& label, Date today) {
  const stdfs::path text_file = status_text_path(tree, files.c.id, span.first);
  const StatusInput input{.c = files.c,
                          .provider = tree.provider(),
                          .effective = files.effective,
                          .period = span,
                          .period_label = label,
                          .today = today,
                          .status_text = read_status_text(tree, text_file),
                          .status_text_file = tree.relative(text_file),
                          .sent = sent_on(files.sent, span),
                          .planned = schedule::planned_hours(tree, files.c, span),
                          .planned_in = [&](grant::Span ahead) { return schedule::planned_hours(tree, files.c, ahead); }};
  return compute_status(input);
}

bool mark_sent(const store::Tree& tree, const std::string& case_id, const SentRecord& record) {
  const stdfs::path file = sent_path(tree, case_id);
  std::string text = fs::is_readable_file(file) ? tree.read_text(file) : sent_header();
  const SentRead read = parse_sent(text, tree.relative(file));
  if (read.problems.blocking()) store::throw_problems(read.problems);
  for (const auto& r : read.records)
    if (r.period == record.period && r.sent == record.sent) return false;
  if (!text.empty() && text.back() != '\n') text += '\n';
  fs::create_private_dirs(file.parent_path());
  fs::write_file_atomic(file, text + format_sent(record));
  return true;
}

std::vector<DueReport> due_reports(const store::Tree& tree, const CaseFiles& files, Date today) {
  std::vector<DueReport> out;
  const Case& c = files.c;
  for (const auto& span : ended_periods(c.grant, contract_for(tree.provider(), c.municipality), today)) {
    if (sent_on(files.sent, span)) continue;
    out.push_back({c.id, c.municipality, c.child.initials, c.coordinator, span,
                   fs::is_readable_file(status_text_path(tree, c.id, span.first))});
  }
  return out;
}

} // namespace pusterum::report
