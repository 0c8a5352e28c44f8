#pragma once
// The options `report billing` and `report overview` share: the period,
// the format, the language and the CSV dialect; and how every report
// command says what --out wrote.
#include "app.hpp"

#include "app/report.hpp"

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
// --lang, else pusterum.yaml's language.
Language chosen_language(const SheetOptions& o, const Provider& provider);
// --excel: the CSV for Excel, its words in `lang`.
render::CsvDialect chosen_dialect(const SheetOptions& o, Language lang);
// text (coloured only on a terminal), md or html.
std::string sheet_in_format(const report::Sheet& sheet, const std::string& format, bool to_terminal);
// --out of every report command: `write` writes the files; each is named
// on stderr ("wrote DIR/aarhus/…") as it is written, and with --format json
// the list of them follows on stdout, for scripts.
void write_reported(const std::string& format, const std::function<void(const app::Written&)>& write);

} // namespace pusterum::cli
