#pragma once
// The renderings for programs: JSON (schemas/output/report*.schema.json)
// and CSV rows, one per report, from the same StatusReport as the others.
#include "render/csv.hpp"
#include "render/json.hpp"
#include "report/status.hpp"

#include <string>
#include <vector>

namespace pusterum::report {

// A case the batch could not report on, and why.
struct Failure {
  std::string case_id;
  std::string message;
};

render::Json status_json(const StatusReport& r);
// `report` on stdout, and each file of `--all --out` (then with one report).
render::Json reports_json(const std::vector<StatusReport>& reports, const std::vector<Failure>& failures, Date as_of);
render::Json summary_json(const std::string& municipality, const std::vector<StatusReport>& reports, Date as_of);

std::vector<std::string> csv_header();
std::vector<std::string> csv_fields(const StatusReport& r, const render::CsvDialect& dialect);
// The header and one row per report.
std::string reports_csv(const std::vector<StatusReport>& reports, const render::CsvDialect& dialect);

std::string_view pace_name(Pace pace); // "on_track", "over", "well_under", "no_pace"

} // namespace pusterum::report
