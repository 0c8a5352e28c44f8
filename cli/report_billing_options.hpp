#pragma once
// The options `report billing` and `report overview` share: the period,
// the format, the language and the CSV dialect.
#include "app.hpp"

#include "report/billing_period.hpp"
#include "report/billing_sheet.hpp"

#include <string>

namespace pusterum::cli {

struct SheetOptions {
  std::string month, period, from, to;
  std::string format, lang;
  bool excel = false;
};

void add_sheet_options(CLI::App* command, SheetOptions& o, const std::string& period_help);
// The period the flags name, or the month before today. Throws Error(usage).
report::BillingPeriod chosen_period(const SheetOptions& o, Date today);
// --lang, else pusterum.yaml's language. Throws Error(usage) on --excel without --format csv.
Language chosen_language(const SheetOptions& o, const Provider& provider);
// text (coloured only on a terminal), md or html.
std::string sheet_in_format(const report::Sheet& sheet, const std::string& format, bool to_terminal);
// The file name extension of a format: txt, md, csv, json or html.
std::string extension_of(const std::string& format);

} // namespace pusterum::cli
