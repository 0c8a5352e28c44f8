#pragma once
// The overview in every format: one Overview, several layouts.
#include "render/csv.hpp"
#include "render/json.hpp"
#include "report/billing_sheet.hpp"
#include "report/overview.hpp"

#include <string>

namespace pusterum::report {

Sheet overview_sheet(const Overview& overview, Language lang);
// See schemas/output/report-overview.schema.json.
render::Json overview_json(const Overview& overview);
// The payroll table (hours per staff member), the part a spreadsheet or a
// payroll program takes in; the other parts are in the other formats.
std::string overview_payroll_csv(const Overview& overview, const render::CsvDialect& dialect);

} // namespace pusterum::report
