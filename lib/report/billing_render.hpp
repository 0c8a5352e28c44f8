#pragma once
// The billing basis in every format: one BillingBasis, several layouts.
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
std::string billing_csv(const BillingBasis& basis, Language lang, bool for_spreadsheets);

// "Besøg"/"Visits", "aften"/"evening": the words every format shares.
std::string item_name(Item item, Language lang);
std::string band_name(Band band, Language lang);
std::string kind_name(hours::Kind kind, Language lang); // "besøg"/"visits", lower case

} // namespace pusterum::report
