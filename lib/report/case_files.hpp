#pragma once
// What a status report reads from and writes to a case folder:
//   cases/<id>/case.yaml, hours/*.yaml   the grant and the hours log
//   cases/<id>/status/<YYYY-MM-DD>.md    the coordinator's text for the period starting that day
//   cases/<id>/status/sent.yaml          which reports were sent, and when
// Problems of any of them end the case's report with an Error that names
// file:line:col, so a report is never made from half a log.
#include "report/period.hpp"
#include "report/sent.hpp"
#include "report/status.hpp"
#include "store/tree.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace pusterum::report {

std::filesystem::path status_text_path(const store::Tree& tree, const std::string& case_id, Date period_first);
std::filesystem::path sent_path(const store::Tree& tree, const std::string& case_id);

// Cases that have had help (active, paused, closed): the ones status reports are for.
bool reported_on(const Case& c);

struct CaseFiles {
  Case c;
  std::vector<hours::Entry> effective;
  std::vector<SentRecord> sent;
};

CaseFiles read_case_files(const store::Tree& tree, const std::string& case_id);
// The same for a case already read; `with_hours` false leaves the log unread
// (what --due needs is the grant and the sent records).
CaseFiles read_case_files(const store::Tree& tree, Case c, bool with_hours = true);

// The span a report on `request` covers for this case; throws Error(usage)
// saying why there is none.
grant::Span span_for(const Case& c, const Contract& contract, const PeriodRequest& request, Date today);

StatusReport build_report(const store::Tree& tree, const CaseFiles& files, grant::Span span, const std::string& label, Date today);

// Appends a sent record (the caller holds the tree's lock). Returns false
// when the same period was already marked sent on that day: nothing to add.
bool mark_sent(const store::Tree& tree, const std::string& case_id, const SentRecord& record);

struct DueReport {
  std::string case_id;
  std::string municipality;
  std::string child_initials;
  std::string coordinator;
  grant::Span period;
  bool status_text = false;
};

// Status periods that have ended and are not marked sent, oldest first.
std::vector<DueReport> due_reports(const store::Tree& tree, const CaseFiles& files, Date today);

} // namespace pusterum::report
