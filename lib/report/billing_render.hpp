#pragma once
// The billing basis in every format: one BillingBasis, several layouts.
#include "render/csv.hpp"
#include "render/json.hpp"
#include "report/billing.hpp"
#include "report/billing_sheet.hpp"

#include <string>

namespace pusterum::report {

// Headings, paragraphs and tables for text, Markdown and HTML.
Sheet billing_sheet(const BillingBasis& basis, Language lang);
// Numbers as numbers; money rounded to øre; see schemas/output/report-billing.schema.json.
render::Json billing_json(const BillingBasis& basis);
// One row per line of the basis. For programs: English codes, '.' and ','.
// For Danish spreadsheets: words in `lang`, ';', decimal comma and a BOM.
std::string billing_csv(const BillingBasis& basis, const render::CsvDialect& dialect);

// "Besøg"/"Visits", "aften"/"evening": the words every format shares.
std::string item_name(Item item, Language lang);
std::string band_name(Band band, Language lang);
// 12.5 -> "12,5" in Danish; as few decimals as say it, at most two.
std::string short_number(const Rational& value, Language lang);
// Hours by kind and band as JSON, as schemas/output/report-billing.schema.json's hours_grid.
render::Json hours_grid_json(const HoursGrid& grid);
std::string kind_name(hours::Kind kind, Language lang); // "besøg"/"visits", lower case

} // namespace pusterum::report
