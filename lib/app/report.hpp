#pragma once
// The use-cases of `pusterum report`: status reports on one case or a batch
// (--all), written to stdout or as files into a folder (--out); the reports
// that are due; marking one as sent; and `report billing` and `report
// overview`. Only --mark-sent changes the tree. The files --out writes are
// the user's, not the tree's: they are never part of a Change, so git
// autocommit never commits them (they may hold several municipalities'
// cases).
#include "app/session.hpp"
#include "render/csv.hpp"
#include "report/billing.hpp"
#include "report/billing_inputs.hpp"
#include "report/case_files.hpp"
#include "report/document.hpp"
#include "report/machine.hpp"
#include "report/out_files.hpp"
#include "report/overview.hpp"
#include "util/error.hpp"
#include "util/terminal.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pusterum::app {

// Called after each file --out wrote, to say so.
using Written = std::function<void(const report::OutFile&)>;

// Staff IDs to names, for the reports' tables.
report::StaffNames staff_names(const store::Tree& tree);

// --- status reports ---

struct StatusRequest {
  std::vector<std::string> cases; // as given: any unique prefix; none: every case that has had help
  bool all = false;               // a batch of every case: one without an ended period is skipped, not an error
  bool due = false;               // each period that has ended and is not marked sent, instead of `period`
  report::PeriodRequest period;
};

// A batch goes on past a case it cannot report on; it names the case and
// why. One named case alone that cannot be reported on throws instead.
struct StatusBatch {
  std::vector<report::StatusReport> reports;
  std::vector<report::Failure> failures;
  std::vector<std::string> skipped; // --all: cases with no period to report on
  Exit worst = Exit::ok;            // the exit code of the first failure
  report::StaffNames names;         // for the rendering
  Date today;
};

StatusBatch status_reports(const Session& session, const StatusRequest& request);

struct StatusFormat {
  std::string format = "text"; // text, md, csv, json, html or pdf
  Language lang = Language::da;
  render::CsvDialect dialect = render::csv_for_programs; // for csv
  bool draft = false; // the coordinator's view: the notes in the document, marked as a draft
};

// The batch in one output, with its failures (in JSON).
std::string rendered_reports(const StatusBatch& batch, const StatusFormat& format, bool colour);

// --out DIR: a file per case and period and a summary per municipality, in
// a folder per municipality (report/out_files.hpp); refused before anything
// is written when two files would share a path.
void write_status_files(const StatusBatch& batch, const StatusFormat& format, const std::filesystem::path& dir,
                        const Written& written);

// --due: the status periods that have ended and are not marked sent, of
// the cases named (any unique prefix) or of every case that has had help.
std::vector<report::DueReport> due_reports(const Session& session, const std::vector<std::string>& cases);

struct MarkSentRequest {
  std::string case_id; // as given: any unique prefix
  report::PeriodRequest period;
  std::optional<Date> sent; // default: today
};

struct MarkedSent {
  std::string case_id;
  grant::Span period;
  Date sent;
  bool already = false; // the period was already marked sent that day: nothing written
};

MarkedSent mark_sent(const Session& session, const MarkSentRequest& request);

// --template: writes the case's status text for the period with its four
// sections, so the coordinator learns them from the file, not from an error.
// Refuses (Error invalid) when the file exists: it holds their writing.
struct StatusTemplateRequest {
  std::string case_id; // as given: any unique prefix
  report::PeriodRequest period;
  Language lang = Language::da;
};

struct StatusTemplateWritten {
  std::string case_id;
  grant::Span period;
  std::string file; // relative to the tree
};

StatusTemplateWritten write_status_template(const Session& session, const StatusTemplateRequest& request);

// --- report billing and report overview ---

struct SheetFormat {
  std::string format = "text"; // text, md, csv, json or html
  Language lang = Language::da;
  render::CsvDialect dialect = render::csv_for_programs; // for csv
};

struct BillingRequest {
  report::BillingPeriod period;
  std::string municipality; // only this municipality's cases; empty: all
};

struct Billing {
  report::BillingBasis basis;
  std::vector<report::SetAside> set_aside; // cases left out: their files have problems
};

// Throws Error(usage) when no case belongs to the municipality asked for.
Billing billing_basis(const Session& session, const BillingRequest& request);

std::string rendered_billing(const report::BillingBasis& basis, const SheetFormat& format, const terminal::Painter& paint);

// --out DIR: one file per municipality, in its folder, so a file sent to one
// never holds another's cases.
void write_billing_files(const report::BillingBasis& basis, const SheetFormat& format, const std::filesystem::path& dir,
                         const Written& written);

struct ProviderOverview {
  report::Overview overview;
  std::vector<report::SetAside> set_aside; // cases left out: their files have problems
};

ProviderOverview provider_overview(const Session& session, report::BillingPeriod period);

} // namespace pusterum::app
